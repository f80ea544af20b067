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
        var distinct = new Dictionary<BasketKey, int>();
        var basket = new List<int>();
        long current = 0;
        using (var command = connection.CreateCommand(BasketsSql, parameters))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (true)
            {
                var more = reader.Read();
                var orderId = more ? reader.GetInt64(0) : 0;
                if (basket.Count > 0 && (!more || orderId != current))
                {
                    var key = new BasketKey([.. basket.Distinct().Order()]);
                    distinct[key] = distinct.GetValueOrDefault(key) + 1;
                    basket.Clear();
                }
                if (!more) break;
                current = orderId;
                basket.Add(reader.GetInt32(1));
            }
        var sets = distinct.Keys.Select(k => k.Items).ToList();
        var weights = distinct.Values.ToList();
        var orders = new int[names.Count];
        for (var b = 0; b < sets.Count; b++)
            foreach (var item in sets[b]) orders[item] += weights[b];
        var items = names.Select((n, i) => new BasketItem(n.Name, n.Category, orders[i])).ToList();
        return new LoadedBaskets(new Baskets(items.Select(i => i.Name).ToArray(), sets, weights), items, clock.Elapsed);
    }

    // identical baskets are mined once with a count: a basket's sorted items as a dictionary key
    readonly struct BasketKey(int[] items) : IEquatable<BasketKey>
    {
        readonly int _hash = Hash(items);

        public int[] Items { get; } = items;

        public bool Equals(BasketKey other) => _hash == other._hash && Items.AsSpan().SequenceEqual(other.Items);

        public override bool Equals(object? obj) => obj is BasketKey other && Equals(other);

        public override int GetHashCode() => _hash;

        static int Hash(int[] items)
        {
            var hash = new HashCode();
            foreach (var i in items) hash.Add(i);
            return hash.ToHashCode();
        }
    }
}
