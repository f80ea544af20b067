using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// Everything the offers know on their as-of day: the items, every customer with a purchase before it and their items, and each
/// item's replenishment cycle (median days between purchase days of the item by the same customer; null when nobody bought it
/// twice). Read once from the warehouse by <see cref="Read"/>; nothing on or after the as-of day is in it.
/// </summary>
public sealed record OfferHistory(DateOnly AsOf, string Level, IReadOnlyList<OfferItem> Items, IReadOnlyList<OfferCustomer> Customers,
    IReadOnlyList<double?> ItemCycleDays)
{
    /// <summary>Days before the as-of day in which a return or a product complaint keeps the item out of the offers.</summary>
    public const int BlockDays = 90;

    static readonly string ItemsSql = SqlResource.Load<OfferHistory>("offer_items.sql");
    /// <summary>Customers per slice of the purchase days (offer_item_days.sql): at SF10, nine slices of the 880 k buyers.</summary>
    public const int SliceCustomers = 100_000;

    static readonly string ItemDaysSql = SqlResource.Load<OfferHistory>("offer_item_days.sql");
    static readonly string ItemGapsSql = SqlResource.Load<OfferHistory>("offer_item_gaps.sql");
    static readonly string ItemGapCountsSql = SqlResource.Load<OfferHistory>("offer_item_gap_counts.sql");
    static readonly string CustomerItemsSql = SqlResource.Load<OfferHistory>("offer_customer_items.sql");
    static readonly string CyclesSql = SqlResource.Load<OfferHistory>("offer_item_cycles.sql");
    static readonly string CustomersSql = SqlResource.Load<OfferHistory>("offer_customers.sql");
    static readonly string BlocksSql = SqlResource.Load<OfferHistory>("offer_blocks.sql");

    /// <summary>
    /// Reads the history as of <paramref name="asOf"/> (purchases before it; <paramref name="cutoff"/> true: a backtest's cutoff,
    /// whose segments are computed from the orders before it; false: the live offers, with the loyalty mart's current segments)
    /// in [<paramref name="from"/>, <paramref name="to"/>] at <paramref name="level"/>. <paramref name="names"/> false leaves the
    /// preferred names out (null): the after-load step writes no name, and a million of them are about 40 MB it need not hold.
    /// The purchase days are read <paramref name="sliceCustomers"/> customers at a time; the history is the same for any slice.
    /// </summary>
    public static OfferHistory Read(DuckDBConnection connection, string level, DateOnly asOf, bool cutoff, DateOnly? from, DateOnly? to,
        CancellationToken ct, bool names = true, int sliceCustomers = SliceCustomers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sliceCustomers, 1);
        object? asOfParameter = cutoff ? asOf : null;
        (string, object?)[] period = [("level", level), ("as_of", asOfParameter), ("from", from), ("to", to)];

        var items = new List<OfferItem>();
        using (var command = connection.CreateCommand(ItemsSql, ("level", level)))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                // item ids are dense from 0 (basket_items)
                while (items.Count < reader.GetInt32(0)) items.Add(new OfferItem("", ""));
                items.Add(new OfferItem(reader.GetString(1), reader.GetString(2)));
            }

        var blocks = new Dictionary<int, List<OfferBlock>>();
        using (var command = connection.CreateCommand(BlocksSql, ("level", level), ("as_of", asOf), ("days", BlockDays)))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                if (!blocks.TryGetValue(id, out var list)) blocks[id] = list = [];
                list.Add(new OfferBlock(reader.GetInt32(1), reader.GetString(3), reader.GetFieldValue<DateOnly>(2)));
            }

        // customers first, then their items (both in customer order; one open result per connection at a time). Each customer's
        // items become an array of their exact size once read, and a segment's name is one string for all its customers: at SF10
        // (880 k customers) the lists' spare capacity and a string per customer were a large part of the history's memory
        var heads = new List<CustomerHead>();
        var segments = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand(CustomersSql, ("as_of", asOfParameter), ("from", from), ("to", to)))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                string? segment = null;
                if (!reader.IsDBNull(4))
                {
                    var name = reader.GetString(4);
                    segment = segments.TryGetValue(name, out var shared) ? shared : segments[name] = name;
                }
                heads.Add(new CustomerHead(reader.GetInt32(0), segment, names && !reader.IsDBNull(5) ? reader.GetString(5) : null,
                    (int)reader.GetInt64(1), reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3)));
            }
        // then the purchase days, a slice of customers at a time in id order (the slices' ends are the ids of the customers read:
        // the first and the last slice are open, so every buyer's gaps count in the items' cycles), each slice's items read into
        // its customers and its gaps counted per item
        var bought = new CustomerItem[heads.Count][];
        Array.Fill(bought, []);
        using (var command = connection.CreateCommand(ItemGapsSql))
            command.ExecuteNonQuery();
        var (at, open) = (0, -1);
        var buffer = new List<CustomerItem>();
        var rows = 0L;
        for (var first = 0; first == 0 || first < heads.Count; first += sliceCustomers)
        {
            object? firstId = first == 0 ? null : heads[first].Id;
            object? endId = first + sliceCustomers < heads.Count ? heads[first + sliceCustomers].Id : null;
            using (var command = connection.CreateCommand(ItemDaysSql, [.. period, ("first_customer_id", firstId), ("end_customer_id", endId)]))
            using (command.StopWhen(ct))
                command.ExecuteNonQuery();
            using (var command = connection.CreateCommand(ItemGapCountsSql))
            using (command.StopWhen(ct))
                command.ExecuteNonQuery();
            using var customerItems = connection.CreateCommand(CustomerItemsSql);
            using var stop = customerItems.StopWhen(ct);
            using var reader = customerItems.ExecuteReader();
            while (reader.Read())
            {
                if (++rows % 65536 == 0) ct.ThrowIfCancellationRequested();
                var id = reader.GetInt32(0);
                while (at < heads.Count && heads[at].Id < id) at++;
                if (at == heads.Count || heads[at].Id != id) continue;
                if (at != open)
                {
                    if (open >= 0) bought[open] = [.. buffer];
                    buffer.Clear();
                    open = at;
                }
                buffer.Add(new CustomerItem(reader.GetInt32(1), (int)reader.GetInt64(2), reader.GetFieldValue<DateOnly>(3),
                    reader.IsDBNull(4) ? null : reader.GetDouble(4), reader.GetDouble(5)));
            }
        }
        if (open >= 0) bought[open] = [.. buffer];

        var cycles = new double?[items.Count];
        using (var command = connection.CreateCommand(CyclesSql))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                cycles[reader.GetInt32(0)] = reader.GetDouble(1);
        var customers = new List<OfferCustomer>(heads.Count);
        for (var i = 0; i < heads.Count; i++)
        {
            var h = heads[i];
            customers.Add(new OfferCustomer(h.Id, h.Segment, h.PreferredName, h.PurchaseDays, h.FirstPurchaseOn, h.LastPurchaseOn,
                bought[i], blocks.TryGetValue(h.Id, out var blocked) ? blocked : []));
        }
        return new OfferHistory(asOf, level, items, customers, cycles);
    }

    // a customer's own fields while their items are read
    readonly record struct CustomerHead(int Id, string? Segment, string? PreferredName, int PurchaseDays, DateOnly FirstPurchaseOn,
        DateOnly LastPurchaseOn);
}
