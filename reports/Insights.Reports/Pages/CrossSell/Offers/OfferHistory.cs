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
    static readonly string ItemDaysSql = SqlResource.Load<OfferHistory>("offer_item_days.sql");
    static readonly string CustomerItemsSql = SqlResource.Load<OfferHistory>("offer_customer_items.sql");
    static readonly string CyclesSql = SqlResource.Load<OfferHistory>("offer_item_cycles.sql");
    static readonly string CustomersSql = SqlResource.Load<OfferHistory>("offer_customers.sql");
    static readonly string BlocksSql = SqlResource.Load<OfferHistory>("offer_blocks.sql");

    /// <summary>
    /// Reads the history as of <paramref name="asOf"/> (purchases before it; <paramref name="cutoff"/> true: a backtest's cutoff,
    /// whose segments are computed from the orders before it; false: the live offers, with the loyalty mart's current segments)
    /// in [<paramref name="from"/>, <paramref name="to"/>] at <paramref name="level"/>. <paramref name="names"/> false leaves the
    /// preferred names out (null): the after-load step writes no name, and a million of them are about 40 MB it need not hold.
    /// </summary>
    public static OfferHistory Read(DuckDBConnection connection, string level, DateOnly asOf, bool cutoff, DateOnly? from, DateOnly? to,
        CancellationToken ct, bool names = true)
    {
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

        using (var command = connection.CreateCommand(ItemDaysSql, period))
        using (command.StopWhen(ct))
            command.ExecuteNonQuery();

        var cycles = new double?[items.Count];
        using (var command = connection.CreateCommand(CyclesSql))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                cycles[reader.GetInt32(0)] = reader.GetDouble(1);

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
        var bought = new CustomerItem[heads.Count][];
        Array.Fill(bought, []);
        using (var command = connection.CreateCommand(CustomerItemsSql))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
        {
            var (at, open) = (0, -1);
            var buffer = new List<CustomerItem>();
            var rows = 0L;
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
            if (open >= 0) bought[open] = [.. buffer];
        }
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
