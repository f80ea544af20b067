using System.Globalization;
using Insights.Etl;
using Insights.Etl.Sources;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Reports.Pages.Service.Returns;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Returns;

/// <summary>
/// The returns view from the load's marts (returns_marts.sql over mart_sale_day and mart_sale_return) against the view from
/// the facts (returns.sql), on the tiny world after a second, incremental load that cancels a sale, adds two, moves a
/// customer to another region and returns an old line: the same rows for every filter the marts serve, RFM segments included
/// (mart_sale_segment_day), also after a scoring that moves customers between segments.
/// After the loads the completed lines are order 100 (customer 1, North, 2024-01-10: 2 coffee for 25.00 and 3 croissants for
/// 3.00), 103 (customer 4, no master row, 2024-03-05: 1 of product 30 for 4.00), 104 (customer 3, East, 2024-03-07: 2 coffee
/// for 25.00 and 4 croissants for 4.40) and 105 (customer 1, West from 2024-03-01, 2024-03-10: 1 croissant for 1.20); returned
/// of them: a coffee of 100 (12.50, landed first), a croissant of 100 (1.00) and a coffee of 104 (12.50), landed second.
/// </summary>
public sealed class SaleMartsTests(SaleMartsWorld world) : IClassFixture<SaleMartsWorld>
{
    static readonly string LiveSql = SqlResource.Load<ReturnsQuery>("returns.sql");
    static readonly string MartsSql = SqlResource.Load<ReturnsQuery>("returns_marts.sql");

    readonly WarehouseHost _host = world.Host;

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
    public void An_rfm_segment_reads_its_mart_and_a_saved_segment_the_facts()
    {
        Assert.Equal(MartsSql, ReturnsQuery.SqlFor(new ReturnsFilter { Segment = "At Risk" }));
        static ReturnsFilter Saved(string? rfm)
        {
            var filter = new ReturnsFilter { Segment = rfm, SegmentId = 3 };
            filter.ApplySegment(new SegmentScope(3, "Lapsed VIPs", 2, new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc), IsCurrent: true));
            return filter;
        }
        Assert.Equal(LiveSql, ReturnsQuery.SqlFor(Saved(null)));
        Assert.Equal(LiveSql, ReturnsQuery.SqlFor(Saved("At Risk")));
        Assert.Equal(MartsSql, ReturnsQuery.SqlFor(new ReturnsFilter { Segment = " " }));
    }

    [Fact]
    public void Every_rfm_segment_gives_the_rows_the_facts_give_after_an_incremental_load()
    {
        var segments = _host.Rows("select distinct segment from mart_customer_rfm order by 1").Select(r => (string)r[0]!).ToList();
        Assert.NotEmpty(segments);
        foreach (var segment in segments.Append("Nobody"))
            foreach (var (region, from, to) in new (string?, string?, string?)[] { (null, null, null), ("North", null, null), (null, "2024-03-01", "2024-03-31") })
            {
                var filter = new ReturnsFilter
                {
                    Segment = segment, Region = region,
                    From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
                    To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
                };
                Assert.Equal(Rows(LiveSql, filter), Rows(MartsSql, filter));
            }
        // the segments' rows add up to every completed line: 13 items for 62.60 (the worked totals above)
        Assert.Equal([13L, 6260L], _host.Rows("select sum(sold_quantity)::bigint, (sum(net_amount) * 100)::bigint from mart_sale_segment_day")
            .Single().Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_scoring_that_moves_customers_between_segments_moves_their_lines_as_a_full_build_would()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        // the class's other tests read the world as loaded: this one's changes are rolled back
        using var rollback = connection.BeginTransaction();
        // customer 1 (orders 100 and 105) to another segment, customer 3 (order 104) loses their scores, customer 4 (order 103)
        // gets a segment nobody had: as a scoring can, with no order of this run (no day recomputed)
        connection.ExecuteNonQuery("""
            update mart_customer_rfm set segment = 'Moved' where customer_id = 1;
            delete from mart_customer_rfm where customer_id in (3, 4);
            insert into mart_customer_rfm by name select * replace (4 as customer_id, 'Brand new' as segment) from mart_customer_rfm where customer_id = 1;
            create or replace temp table batch_order_days (customer_id integer, ordered_on date);
            """);
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_sale_segment_day"].Sql, ("full", false));
        var moved = SegmentRows(connection);

        connection.ExecuteNonQuery(ModelRunner.Graph["mart_sale_segment_day"].Sql, ("full", true));

        Assert.Equal(SegmentRows(connection), moved);
        // customer 1's 6 items (orders 100 and 105) under 'Moved', customer 4's 1 under 'Brand new', customer 3's 6 under none
        Assert.Equal(["Brand new|1", "Moved|6", "|6"], moved.GroupBy(r => r.Split('|')[3])
            .Select(g => $"{g.Key}|{g.Sum(r => long.Parse(r.Split('|')[4], CultureInfo.InvariantCulture))}").Order(StringComparer.Ordinal));
    }

    static List<string> SegmentRows(DuckDB.NET.Data.DuckDBConnection connection)
    {
        using var command = connection.CreateCommand("select * from mart_sale_segment_day order by all");
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }

    List<string> Rows(string sql, ReturnsFilter filter)
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand(sql, [.. filter.SharedParameters(), ("top_customers", filter.TopCustomers)]);
        return TextRows.Read(command);
    }
}

/// <summary>The tiny world after its first load and the second, incremental one the tests read (see <see cref="SaleMartsTests"/>).</summary>
public sealed class SaleMartsWorld : IDisposable
{
    readonly TempFolder _folder = new();

    public SaleMartsWorld()
    {
        Host = new WarehouseHost(_folder);
        TinyWorld.CopyTo(Host.SourcesFolder);
        var runner = Host.Get<EtlRunner>();
        runner.RunAll("test", CancellationToken.None);

        string Source(string relative) => Path.Combine(Host.SourcesFolder, "operational", relative);
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

    public WarehouseHost Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
