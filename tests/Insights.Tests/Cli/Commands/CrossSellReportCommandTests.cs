using System.Text.Json;
using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Reports.Pages.CrossSell.Sequences;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights report cross-sell sequences|white-space|offers|opportunities` as their own processes on the hand-solved
/// CrossSellWorld: the numbers its query tests solve by hand, through the CLI (rules: see Reports/CrossSell/CrossSellCliTests).
/// </summary>
public sealed class CrossSellReportCommandTests(CrossSellWorldFile world) : IClassFixture<CrossSellWorldFile>
{
    CliProcess.Result Run(params string[] args) => CliProcess.Run(["report", "cross-sell", .. args, "--warehouse", world.Path]);

    static JsonElement Rows(CliProcess.Result run, out JsonElement parameters)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        parameters = root.GetProperty("parameters");
        return root.GetProperty("rows");
    }

    [Fact]
    public void Sequences_count_who_bought_b_within_n_days_of_a_against_b_s_baseline()
    {
        var rows = Rows(Run("sequences", "--days", "30", "--min-customers", "1"), out var parameters);

        // Bakery => Dairy: 2 anchors without Dairy yet (c2 c3), c2 followed -> 1/2 against a baseline of 1/3: lift 1.5
        var bakeryDairy = rows.EnumerateArray().Single(r => r.GetProperty("item_a").GetString() == "Bakery" && r.GetProperty("item_b").GetString() == "Dairy");
        Assert.Equal(2, bakeryDairy.GetProperty("customers").GetInt64());
        Assert.Equal(1, bakeryDairy.GetProperty("followed").GetInt64());
        Assert.Equal(1.5, bakeryDairy.GetProperty("lift").GetDouble(), 12);
        Assert.Equal(new SequencesFilter().Level, parameters.GetProperty("level").GetString());   // the record's default, as on the page
        Assert.Equal(30, parameters.GetProperty("days").GetInt32());
    }

    [Fact]
    public void White_space_values_each_segment_s_gap_at_the_category_s_spend_per_buyer()
    {
        var rows = Rows(Run("white-space"), out _);

        var cells = rows.EnumerateArray().ToDictionary(c => (c.GetProperty("segment").GetString(), c.GetProperty("category").GetString()));
        Assert.Equal(6, cells.Count);
        // Lost buy Bakery 1 in 3 against 3 in 3 elsewhere: 2 missing buyers at 52 / 4 = 13 each
        Assert.Equal(26.0, cells[("Lost", "Bakery")].GetProperty("gap_amount").GetDouble(), 9);
        Assert.Equal(7.0, cells[("Champions", "Drinks")].GetProperty("gap_amount").GetDouble(), 9);
        Assert.Equal(0.0, cells[("Champions", "Dairy")].GetProperty("gap_amount").GetDouble(), 12);
    }

    [Fact]
    public void White_space_as_csv_has_a_header_and_a_row_per_cell()
    {
        var run = Run("white-space", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("segment,category,", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Single(lines, l => l.StartsWith("Lost,Bakery,3,1,", StringComparison.Ordinal));   // 3 Lost customers, 1 buys Bakery
    }

    [Fact]
    public void Offers_give_each_customer_the_items_not_bought_with_the_evidence_as_reason()
    {
        var rows = Rows(Run("offers", "--min-support", "0"), out var parameters);

        // c3 (Champions) bought Bakery on his one day: Bakery again first ((1 + 2 × min(1, 4/10 × 1.5)) / 3 = 0.73 of his days,
        // the segment's lift 1 / (4/6) = 1.5), then Dairy by the rule Bakery => Dairy (lift 0.75 / (4/6) = 1.125: 0.375), Drinks by
        // the segment (Champions 1/3 against everyone 3/6: 0.7x)
        var c3 = rows.EnumerateArray().Where(o => o.GetProperty("customer_id").GetInt32() == 3).ToList();
        Assert.Equal(["Bakery", "Dairy", "Drinks"], c3.Select(o => o.GetProperty("item").GetString()));
        Assert.Equal(("repeat", "bought Bakery on 1 of 1 purchase days; 67% of customers buy Bakery"),
            (c3[0].GetProperty("basis").GetString(), c3[0].GetProperty("reason").GetString()));
        Assert.Equal("bought Bakery on 1 day; Bakery buyers take Dairy 1.1× as often as others", c3[1].GetProperty("reason").GetString());
        Assert.Equal("Champions customers take Drinks 0.7× as often as others", c3[2].GetProperty("reason").GetString());
        Assert.Equal("C3", c3[0].GetProperty("preferred_name").GetString());
        // c2 bought every category on one day each: offered them again, nothing new
        var c2 = rows.EnumerateArray().Where(o => o.GetProperty("customer_id").GetInt32() == 2).ToList();
        Assert.Equal(3, c2.Count);
        Assert.All(c2, o => Assert.Equal("repeat", o.GetProperty("basis").GetString()));
        Assert.Equal(2, parameters.GetProperty("pairRules").GetInt32());
        Assert.Equal(new OffersFilter().Top, parameters.GetProperty("top").GetInt32());   // the record's default, as on the page
        Assert.Equal("2024-05-01", parameters.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Offers_for_one_segment_list_only_its_customers()
    {
        var rows = Rows(Run("offers", "--min-support", "0", "--segment", "Lost"), out _);

        Assert.Equal([4, 5, 6], rows.EnumerateArray().Select(o => o.GetProperty("customer_id").GetInt32()).Distinct().Order());
    }

    [Fact]
    public void Offers_for_a_saved_segment_are_exactly_its_members_rows_of_the_whole_list()
    {
        var all = Rows(Run("offers", "--min-support", "0"), out _).EnumerateArray().Select(o => o.GetRawText()).ToList();
        var rows = Rows(Run("offers", "--min-support", "0", "--segment-id", "26"), out var parameters).EnumerateArray().ToList();

        // members c2 (bought every category once: offered them again) and c6
        Assert.Equal([2, 6], rows.Select(o => o.GetProperty("customer_id").GetInt32()).Distinct().Order());
        Assert.Equal(all.Where(o => JsonDocument.Parse(o).RootElement.GetProperty("customer_id").GetInt32() is 2 or 6), rows.Select(o => o.GetRawText()));
        Assert.True(all.Count > rows.Count);
        Assert.Equal("Segment: Customers 2 and 6 (2 customers)", parameters.GetProperty("savedSegment").GetString());
        Assert.Equal(6, parameters.GetProperty("customers").GetInt32());   // the model is fitted on everyone
    }

    [Fact]
    public void Opportunities_list_unbundled_pairs_complaint_signals_and_rising_pairs()
    {
        var pairs = Rows(Run("opportunities", "--min-orders", "1"), out _);
        var signals = Rows(Run("opportunities", "--kind", "complaints"), out _);
        var rising = Rows(Run("opportunities", "--kind", "rising", "--min-orders", "1", "--to", "2024-01-20"), out var risingParameters);

        // Milk+Cheese is the one co-bought pair with lift above 1 (1 * 10 / (4 * 2) = 1.25) and no bundle
        var pair = Assert.Single(pairs.EnumerateArray());
        Assert.Equal(("Milk", "Cheese"), (pair.GetProperty("product_a").GetString(), pair.GetProperty("product_b").GetString()));
        Assert.Equal(1.25, pair.GetProperty("lift").GetDouble(), 9);
        // Dairy: complaints of c1 and c6 on Milk and c6's returned Cheese; Drinks: c5's late delivery
        Assert.Equal(["Dairy", "Drinks"], signals.EnumerateArray().Select(s => s.GetProperty("category").GetString()));
        Assert.Equal(26.0, signals[0].GetProperty("net_amount").GetDouble(), 9);
        // up to 01-20 the later half (after 01-10) holds o4 alone: Dairy+Drinks, never seen in the earlier half
        var risen = Assert.Single(rising.EnumerateArray());
        Assert.Equal(("Dairy", "Drinks"), (risen.GetProperty("category_a").GetString(), risen.GetProperty("category_b").GetString()));
        Assert.Equal("2024-01-20", risingParameters.GetProperty("to").GetString());
    }

    [Fact]
    public void White_space_opportunities_and_offers_take_a_saved_segment_and_refuse_an_unknown_one()
    {
        var cells = Rows(Run("white-space", "--segment-id", "26"), out var parameters).EnumerateArray()
            .ToDictionary(c => (c.GetProperty("segment").GetString(), c.GetProperty("category").GetString()));
        // members c2 (Champions) and c6 (Lost): Lost misses the one Bakery buyer (c2, 10.00), the only gap
        Assert.Equal(10.0, cells[("Lost", "Bakery")].GetProperty("gap_amount").GetDouble(), 9);
        Assert.Equal(0.0, cells[("Champions", "Drinks")].GetProperty("gap_amount").GetDouble(), 12);
        Assert.Equal("Segment: Customers 2 and 6 (2 customers)", parameters.GetProperty("segment").GetString());
        // c6's Milk+Cheese among the members' 4 orders: lift 1 * 4 / (2 * 1) = 2
        var pair = Assert.Single(Rows(Run("opportunities", "--min-orders", "1", "--segment-id", "26"), out _).EnumerateArray());
        Assert.Equal(2.0, pair.GetProperty("lift").GetDouble(), 9);

        foreach (var view in new[] { "white-space", "opportunities", "offers" })
        {
            var unknown = Run(view, "--segment-id", "987654");
            Assert.Equal(2, unknown.ExitCode);
            Assert.Contains("There is no saved segment 987654", unknown.Stderr, StringComparison.Ordinal);
        }
    }
}
