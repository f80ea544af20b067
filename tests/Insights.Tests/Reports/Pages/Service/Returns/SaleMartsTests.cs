using System.Globalization;
using Insights.Etl;
using Insights.Etl.Sources;
using Insights.Reports.Pages.Service.Returns;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Returns;

/// <summary>
/// The returns view from the load's marts (returns_marts.sql over mart_sale_day and mart_sale_return) against the view from
/// the facts (returns.sql), on the tiny world after a second, incremental load that cancels a sale, adds two, moves a
/// customer to another region and returns an old line: the same rows for every filter the marts serve.
/// After the loads the completed lines are order 100 (customer 1, North, 2024-01-10: 2 coffee for 25.00 and 3 croissants for
/// 3.00), 103 (customer 4, no master row, 2024-03-05: 1 of product 30 for 4.00), 104 (customer 3, East, 2024-03-07: 2 coffee
/// for 25.00 and 4 croissants for 4.40) and 105 (customer 1, West from 2024-03-01, 2024-03-10: 1 croissant for 1.20); returned
/// of them: a coffee of 100 (12.50, landed first), a croissant of 100 (1.00) and a coffee of 104 (12.50), landed second.
/// </summary>
public sealed class SaleMartsTests : IDisposable
{
    static readonly string LiveSql = SqlResource.Load<ReturnsQuery>("returns.sql");
    static readonly string MartsSql = SqlResource.Load<ReturnsQuery>("returns_marts.sql");

    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public SaleMartsTests()
    {
        _host = new WarehouseHost(_folder);
        TinyWorld.CopyTo(_host.SourcesFolder);
        var runner = _host.Get<EtlRunner>();
        runner.RunAll("test", CancellationToken.None);

        string Source(string relative) => Path.Combine(_host.SourcesFolder, "operational", relative);
        File.WriteAllText(Source("orders.csv"), File.ReadAllText(Source("orders.csv"))
            .Replace("101,1,2024-02-15 18:30:00,store,completed,2024-02-15 18:30:00", "101,1,2024-02-15 18:30:00,store,cancelled,2024-02-16 09:00:00"));
        File.AppendAllText(Source("orders.csv"),
            "104,3,2024-03-07 09:00:00,web,completed,2024-03-07 09:00:00\n105,1,2024-03-10 10:00:00,web,completed,2024-03-10 10:00:00\n");
        File.AppendAllText(Source("order_lines.csv"), "104,1,10,2,12.50,0.00\n104,2,20,4,1.20,0.40\n105,1,20,1,1.20,0.00\n");
        File.AppendAllText(Source("returns.csv"),
            "501,104,1,2024-03-09 10:00:00,1,12.50,damaged\n502,100,2,2024-03-11 10:00:00,1,1.00,stale\n");
        File.WriteAllText(Source("customers.csv"), File.ReadAllText(Source("customers.csv"))
            .Replace("1,Ann Smith,Annie,ann@example.com,North,web,2024-01-05 10:00:00,2024-01-05 10:00:00",
                     "1,Ann Smith,Annie,ann@example.com,West,web,2024-01-05 10:00:00,2024-03-01 00:00:00"));
        runner.Run(SourceNames.Operational, "test", CancellationToken.None);
    }

    public static TheoryData<string?, string?, string?> Filters => new()
    {
        { null, null, null },
        { "North", null, null },
        { "West", null, null },
        { "East", "2024-03-01", "2024-03-31" },
        { null, "2024-03-07", "2024-03-10" },
        { null, "2024-01-10", "2024-01-10" },
        { "Nowhere", null, null },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_marts_give_the_rows_the_facts_give_after_an_incremental_load(string? region, string? from, string? to)
    {
        var filter = new ReturnsFilter
        {
            Region = region,
            From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
        };

        Assert.Equal(Rows(LiveSql, filter), Rows(MartsSql, filter));
        Assert.Equal(MartsSql, ReturnsQuery.SqlFor(filter));
    }

    [Fact]
    public void The_marts_hold_the_sales_and_returns_worked_out_by_hand()
    {
        // 13 items for 62.60 in four orders; 3 returned for 26.00
        var all = _host.Get<ReturnsQuery>().Run(new ReturnsFilter());
        Assert.Equal((13L, 62.60m, 3L, 26.00m), (all.Total.SoldQuantity, all.Total.NetAmount, all.Total.ReturnedQuantity, all.Total.RefundAmount));
        // customer 1 in the North: order 100 (5 items for 28.00, 2 back for 13.50); in the West: order 105 only, nothing back
        var north = _host.Get<ReturnsQuery>().Run(new ReturnsFilter { Region = "North" });
        Assert.Equal((5L, 28.00m, 2L, 13.50m), (north.Total.SoldQuantity, north.Total.NetAmount, north.Total.ReturnedQuantity, north.Total.RefundAmount));
        Assert.Equal([(1L, 5L, 2L)], north.Customers.Select(c => (c.CustomerId, c.Numbers.SoldQuantity ?? 0, c.Numbers.ReturnedQuantity)));
        var west = _host.Get<ReturnsQuery>().Run(new ReturnsFilter { Region = "West" });
        Assert.Equal((1L, 1.20m, 0L), (west.Total.SoldQuantity, west.Total.NetAmount, west.Total.ReturnedQuantity));
        Assert.Empty(west.Customers);
        Assert.Equal(["damaged|2|25.00", "stale|1|1.00"], all.Reasons.Select(r => $"{r.Label}|{r.ReturnedQuantity}|{r.RefundAmount.ToString(CultureInfo.InvariantCulture)}"));
    }

    [Fact]
    public void A_segment_filter_reads_the_facts()
    {
        Assert.Equal(LiveSql, ReturnsQuery.SqlFor(new ReturnsFilter { Segment = "At Risk" }));
        Assert.Equal(MartsSql, ReturnsQuery.SqlFor(new ReturnsFilter { Segment = " " }));
    }

    List<string> Rows(string sql, ReturnsFilter filter)
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand(sql, [.. filter.SharedParameters(), ("top_customers", filter.TopCustomers)]);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount)
                .Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
