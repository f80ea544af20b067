using System.Globalization;
using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>
/// The default view reads the marts (mart_customer_rfm, mart_loyalty_cohort) instead of the order lines; every table must be
/// the same either way. One world keeps its marts empty (the order-line path), the other builds them (the mart path). Both
/// paths apply the same rules (the macros of migration 0014): this is a guard on the plumbing, not what keeps them equal.
/// Every test only reads, so the class builds the two worlds once (<see cref="MartPathWorlds"/>).
/// </summary>
public sealed class MartPathTests(MartPathWorlds worlds) : IClassFixture<MartPathWorlds>
{
    readonly LoyaltyWorld _live = worlds.Live;
    readonly LoyaltyWorld _marts = worlds.Marts;

    public static TheoryData<string, string> Tables()
    {
        var data = new TheoryData<string, string>();
        foreach (var table in LoyaltyTable.Names.Where(n => n != "customers"))
            foreach (var period in LoyaltyFilter.Periods.Keys)
                data.Add(table, period);
        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Mart_path_gives_the_same_table_as_the_order_line_path(string table, string period)
    {
        Assert.False(_live.Query.UsesMart(_live.Scope(period: period)));
        Assert.True(_marts.Query.UsesMart(_marts.Scope(period: period)));

        Assert.Equal(Text(_live, table, period, new LoyaltySelection()), Text(_marts, table, period, new LoyaltySelection()));
    }

    [Fact]
    public void Mart_path_gives_the_same_drill_down_lists()
    {
        LoyaltySelection[] selections =
        [
            new(), new() { Segment = "Lost" }, new() { R = 2, F = 3 }, new() { FromSegment = "Loyal", Segment = "Lost" },
            new() { Cohort = new DateOnly(2024, 1, 1), MonthsSince = 2 }, new() { Repeat = true }, new() { PriceClass = "Mixed" },
            new() { ServiceGroup = "No return", Retained = true }, new() { ServiceGroup = "Resolved slowly" },
        ];
        foreach (var selection in selections)
            Assert.Equal(Text(_live, "customers", "month", selection), Text(_marts, "customers", "month", selection));
        Assert.Equal(7, Text(_marts, "customers", "month", new LoyaltySelection()).Split('\n').Length);
    }

    [Fact]
    public void A_filter_or_another_date_reads_the_order_lines()
    {
        Assert.False(_marts.Query.UsesMart(_marts.Scope(region: "North")));
        Assert.False(_marts.Query.UsesMart(_marts.Scope(asOf: new DateOnly(2024, 6, 1))));
    }

    static string Text(LoyaltyWorld world, string table, string period, LoyaltySelection selection)
    {
        var result = LoyaltyTable.Read(world.Query, table, world.Scope(period: period), selection, PersonalDataView.Full);
        return string.Join('\n', result.Rows.Select(row => string.Join(',', row.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)))));
    }
}

/// <summary>The loyalty world twice: with its marts empty (the order-line path) and with them built (the mart path).</summary>
public sealed class MartPathWorlds : IDisposable
{
    public MartPathWorlds() => Marts.BuildMarts();

    public LoyaltyWorld Live { get; } = new();

    public LoyaltyWorld Marts { get; } = new();

    public void Dispose()
    {
        Live.Dispose();
        Marts.Dispose();
    }
}
