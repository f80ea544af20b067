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
    /// in [<paramref name="from"/>, <paramref name="to"/>] at <paramref name="level"/>.
    /// </summary>
    public static OfferHistory Read(DuckDBConnection connection, string level, DateOnly asOf, bool cutoff, DateOnly? from, DateOnly? to,
        CancellationToken ct)
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

        // customers first, then their items (both in customer order; one open result per connection at a time)
        var customers = new List<OfferCustomer>();
        var boughtLists = new List<List<CustomerItem>>();
        using (var command = connection.CreateCommand(CustomersSql, ("as_of", asOfParameter), ("from", from), ("to", to)))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                var bought = new List<CustomerItem>();
                boughtLists.Add(bought);
                customers.Add(new OfferCustomer(id, reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5), (int)reader.GetInt64(1),
                    reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3), bought,
                    blocks.TryGetValue(id, out var blocked) ? blocked : []));
            }
        using (var command = connection.CreateCommand(CustomerItemsSql))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
        {
            var at = 0;
            var rows = 0L;
            while (reader.Read())
            {
                if (++rows % 65536 == 0) ct.ThrowIfCancellationRequested();
                var id = reader.GetInt32(0);
                while (at < customers.Count && customers[at].Id < id) at++;
                if (at == customers.Count || customers[at].Id != id) continue;
                boughtLists[at].Add(new CustomerItem(reader.GetInt32(1), (int)reader.GetInt64(2), reader.GetFieldValue<DateOnly>(3),
                    reader.IsDBNull(4) ? null : reader.GetDouble(4), reader.GetDouble(5)));
            }
        }
        return new OfferHistory(asOf, level, items, customers, cycles);
    }
}
