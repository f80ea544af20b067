using System.Diagnostics;
using Insights.Reports.Analytics;
using Insights.Reports.Limits;
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

    /// <summary>The baskets in <paramref name="filter"/>; <paramref name="ct"/> stops the reads.</summary>
    public LoadedBaskets Load(BasketFilter filter, CancellationToken ct = default)
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
        // each order's lines come together (baskets.sql sorts them): BasketBuilder counts each order's basket as its lines end
        var builder = new BasketBuilder(sortedByOrder: true);
        using (var command = connection.CreateCommand(BasketsSql, parameters))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                builder.Add(reader.GetInt64(0), reader.GetInt32(1));
        var baskets = builder.Build(names.Select(n => n.Name).ToArray(), ct);
        var orders = new int[names.Count];
        for (var b = 0; b < baskets.ItemSets.Count; b++)
            foreach (var item in baskets.ItemSets[b]) orders[item] += baskets.Weights[b];
        var items = names.Select((n, i) => new BasketItem(n.Name, n.Category, orders[i])).ToList();
        return new LoadedBaskets(baskets, items, clock.Elapsed);
    }
}
