using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Tests.Demo;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The offers' history reads the purchase days a slice of customers at a time (offer_item_days.sql), and the items' cycles off
/// the gaps' counts (offer_item_cycles.sql): on the small demo world, slices of a few customers give the history of one slice,
/// and the cycles are DuckDB's median of every gap, at both levels, live and as of a backtest's cutoff.
/// </summary>
public sealed class OfferHistoryTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    [Theory]
    [InlineData("category", false)]
    [InlineData("category", true)]
    [InlineData("product", false)]
    public void Slices_of_customers_read_the_history_of_one_slice_and_the_cycles_are_the_median_of_every_gap(string level, bool cutoff)
    {
        using var connection = demo.Host.Get<DuckDbWarehouse>().OpenConnection();
        var last = OffersQuery.PurchaseDays(connection)!.Value.Last;
        var asOf = cutoff ? last.AddDays(-90) : last.AddDays(1);

        var whole = OfferHistory.Read(connection, level, asOf, cutoff, null, null, CancellationToken.None, sliceCustomers: int.MaxValue);
        // the median of every gap, straight from the one slice's table (the last read left it on this connection)
        var medians = new double?[whole.Items.Count];
        using (var command = connection.CreateCommand(
                   "select item_id, median(gap_days)::double from offer_item_days where gap_days is not null group by item_id"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                medians[reader.GetInt32(0)] = reader.GetDouble(1);

        Assert.True(whole.Customers.Count > 100, $"{whole.Customers.Count} customers: too few for slices to matter");
        Assert.Contains(medians, m => m is not null);
        if (level == "product") Assert.Contains(medians, m => m is not null && m != Math.Floor(m.Value));   // between two gaps
        Assert.Equal(medians, whole.ItemCycleDays);
        // slices of 7 split most customers' neighbours apart; slices of one customer each took 150 of the class's 177 s in a
        // CI run (one slice's statements per customer) and found nothing these do not
        foreach (var slice in new[] { 7, 100 })
        {
            var sliced = OfferHistory.Read(connection, level, asOf, cutoff, null, null, CancellationToken.None, sliceCustomers: slice);
            Assert.Equal(whole.Items, sliced.Items);
            Assert.Equal(whole.ItemCycleDays, sliced.ItemCycleDays);
            Assert.Equal(Flatten(whole), Flatten(sliced));
        }
    }

    [Fact]
    public void An_items_cycle_is_read_off_the_gap_counts_as_the_median_of_the_gaps_themselves()
    {
        using var connection = demo.Host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(SqlResource.Load<OfferHistory>("offer_item_gaps.sql"));
        // item 0: gaps 3, 5 → 4; item 1: 2, 2, 7 → 2; item 2: 1, 2, 10, 10 → 6; item 3: 9 → 9; item 4: 1, 4, 4, 4, 8, 8 → 4
        // (counts of one gap in two rows, as two slices write them)
        connection.ExecuteNonQuery("""
            insert into offer_item_gaps values (0, 5, 1), (0, 3, 1), (1, 2, 1), (1, 7, 1), (1, 2, 1),
                (2, 10, 2), (2, 1, 1), (2, 2, 1), (3, 9, 1), (4, 8, 2), (4, 4, 3), (4, 1, 1)
            """);

        var cycles = new List<(int, double, long)>();
        using (var command = connection.CreateCommand(SqlResource.Load<OfferHistory>("offer_item_cycles.sql")))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                cycles.Add((reader.GetInt32(0), reader.GetDouble(1), reader.GetInt64(2)));

        Assert.Equal([(0, 4.0, 2L), (1, 2.0, 3L), (2, 6.0, 4L), (3, 9.0, 1L), (4, 4.0, 6L)], cycles);
    }

    // every customer's fields and items, in order (records holding arrays do not compare by value)
    static List<string> Flatten(OfferHistory history) => history.Customers
        .Select(c => $"{c.Id} {c.Segment} {c.PurchaseDays} {c.FirstPurchaseOn} {c.LastPurchaseOn} | " +
                     string.Join("; ", c.Bought.Select(i => i.ToString())) + " | " + string.Join("; ", c.Blocked.Select(b => b.ToString())))
        .ToList();
}
