using System.Diagnostics;
using Insights.Reports.Analytics;
using Insights.Reports.Limits;
using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell;

/// <summary>An item of the mined baskets: its display name, its category, and how many baskets hold it (0: none in the filter).</summary>
public sealed record BasketItem(string Name, string Category, int Orders);

/// <summary>Baskets read from the warehouse with their items' names and categories, and how long the read took.</summary>
public sealed record LoadedBaskets(Baskets Baskets, IReadOnlyList<BasketItem> Items, TimeSpan ReadTime);

/// <summary>Reads completed orders as sparse baskets (identical baskets once, with a count) for the cross-sell analytics.</summary>
public sealed class BasketQuery(DuckDbWarehouse warehouse)
{
    static readonly string ItemsSql = SqlResource.Load<BasketQuery>("basket_items.sql");
    static readonly string BasketsSql = SqlResource.Load<BasketQuery>("baskets.sql");
    static readonly string MasksSql = SqlResource.Load<BasketQuery>("basket_masks.sql");

    /// <summary>The most items a level may have for DuckDB to send its distinct baskets as bit masks (one bit per item).</summary>
    public const int MaxMaskItems = 64;

    /// <summary>The baskets in <paramref name="filter"/>; <paramref name="ct"/> stops the reads.</summary>
    /// <remarks>
    /// A level of at most <see cref="MaxMaskItems"/> items (the category level) is read as its distinct baskets, grouped in
    /// DuckDB (basket_masks.sql); a wider one as its order lines sorted by order, grouped here (baskets.sql).
    /// <paramref name="sortedRowsOnly"/> takes the second path whatever the level (the test comparing the two paths).
    /// </remarks>
    public LoadedBaskets Load(BasketFilter filter, CancellationToken ct = default, bool sortedRowsOnly = false)
    {
        var clock = Stopwatch.StartNew();
        using var connection = warehouse.OpenConnection();
        (string, object?)[] parameters =
        [
            ("level", filter.IsCategoryLevel ? "category" : "product"), ("segment", string.IsNullOrWhiteSpace(filter.Segment) ? null : filter.Segment),
            ("from", filter.From?.ToDateTime(TimeOnly.MinValue)), ("to", filter.To?.ToDateTime(TimeOnly.MinValue)),
            Segments.Scope.SegmentScope.ParameterOf(filter),
        ];
        var names = new List<(string Name, string Category)>();
        using (var command = connection.CreateCommand(ItemsSql, parameters))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                names.Add((reader.GetString(1), reader.GetString(2)));
        var itemNames = names.Select(n => n.Name).ToArray();
        var baskets = names.Count <= MaxMaskItems && !sortedRowsOnly
            ? ReadMasks(connection, parameters, itemNames, ct)
            : ReadRows(connection, parameters, itemNames, ct);
        var orders = new int[names.Count];
        for (var b = 0; b < baskets.ItemSets.Count; b++)
            foreach (var item in baskets.ItemSets[b]) orders[item] += baskets.Weights[b];
        var items = names.Select((n, i) => new BasketItem(n.Name, n.Category, orders[i])).ToList();
        return new LoadedBaskets(baskets, items, clock.Elapsed);
    }

    // the order lines, each order's together (baskets.sql sorts them): BasketBuilder counts each order's basket as its lines end
    static Baskets ReadRows(DuckDBConnection connection, (string, object?)[] parameters, string[] itemNames, CancellationToken ct)
    {
        var builder = new BasketBuilder(sortedByOrder: true);
        using (var command = connection.CreateCommand(BasketsSql, parameters))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                builder.Add(reader.GetInt64(0), reader.GetInt32(1));
        return builder.Build(itemNames, ct);
    }

    // the distinct baskets as bit masks with their orders (basket_masks.sql): each mask's set bits are its items, ascending
    static Baskets ReadMasks(DuckDBConnection connection, (string, object?)[] parameters, string[] itemNames, CancellationToken ct)
    {
        var sets = new List<int[]>();
        var weights = new List<int>();
        using (var command = connection.CreateCommand(MasksSql, parameters))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var mask = reader.GetFieldValue<ulong>(0);
                var items = new int[System.Numerics.BitOperations.PopCount(mask)];
                for (var i = 0; mask != 0; mask &= mask - 1)
                    items[i++] = System.Numerics.BitOperations.TrailingZeroCount(mask);
                sets.Add(items);
                weights.Add(checked((int)reader.GetInt64(1)));
            }
        ct.ThrowIfCancellationRequested();
        return new Baskets(itemNames, sets, weights);
    }
}
