using System.Diagnostics;
using Insights.Reports.Analytics;
using Insights.Reports.Limits;
using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell;

/// <summary>An item of the mined baskets: its display name, its category, and how many baskets hold it (0: none in the filter).
/// On the path that reads only the lines of the items that can reach the rules' support (<see cref="BasketPath.DayCounts"/>), an
/// item below it has the orders of its products per day summed: at least its baskets (more only when an order holds two
/// versions of one product), and 0 exactly when none holds it.</summary>
public sealed record BasketItem(string Name, string Category, int Orders);

/// <summary>Baskets read from the warehouse with their items' names and categories, and how long the read took.</summary>
public sealed record LoadedBaskets(Baskets Baskets, IReadOnlyList<BasketItem> Items, TimeSpan ReadTime)
{
    /// <summary>The way the baskets were read (never <see cref="BasketPath.Fastest"/>: the path it chose).</summary>
    public BasketPath ReadBy { get; init; }
}

/// <summary>Reads completed orders as sparse baskets (identical baskets once, with a count) for the cross-sell analytics.</summary>
public sealed class BasketQuery(DuckDbWarehouse warehouse)
{
    static readonly string ItemsSql = SqlResource.Load<BasketQuery>("basket_items.sql");
    static readonly string BasketsSql = SqlResource.Load<BasketQuery>("baskets.sql");
    static readonly string MasksSql = SqlResource.Load<BasketQuery>("basket_masks.sql");
    static readonly string CategoryMartSql = SqlResource.Load<BasketQuery>("basket_category_mart.sql");
    static readonly string CategoryBitsSql = SqlResource.Load<BasketQuery>("basket_category_bits.sql");
    static readonly string CategoryMasksSql = SqlResource.Load<BasketQuery>("basket_category_masks.sql");
    static readonly string DayCountsBuiltSql = SqlResource.Load<BasketQuery>("basket_day_counts_built.sql");
    static readonly string DayCountsSql = SqlResource.Load<BasketQuery>("basket_day_counts.sql");
    static readonly string FrequentLinesSql = SqlResource.Load<BasketQuery>("basket_frequent_lines.sql");

    /// <summary>The most items a level may have for DuckDB to send its distinct baskets as bit masks (one bit per item).</summary>
    public const int MaxMaskItems = 64;

    /// <summary>The baskets in <paramref name="filter"/>; <paramref name="ct"/> stops the reads.</summary>
    /// <remarks>
    /// The category level, once the load has written each order's categories as a mask (mart_order_category_mask, migration
    /// 0056), is read as those masks counted (basket_category_masks.sql); any other level of at most <see cref="MaxMaskItems"/>
    /// items as its distinct baskets, grouped in DuckDB (basket_masks.sql); a wider one as its order lines sorted by order,
    /// grouped here (baskets.sql). <paramref name="path"/> forces one of them (the tests comparing the paths). With
    /// <paramref name="minCountOf"/> (the fewest baskets an item must be in, given the number of baskets: the rules' support) the
    /// sorted lines are grouped over the items in at least that many only, the others' orders still counted
    /// (<see cref="BasketBuilder"/>): the same frequent itemsets, far fewer distinct baskets. For everyone (no RFM or saved
    /// segment), once the load has built its orders per day and product (mart_opportunity_pair_day), a wide level with
    /// <paramref name="minCountOf"/> reads only the lines of the items that can reach it (<see cref="BasketPath.DayCounts"/>: SF10,
    /// a year at a support of 0.02, 2.7 M of 9.0 M lines).
    /// </remarks>
    public LoadedBaskets Load(BasketFilter filter, CancellationToken ct = default, BasketPath path = BasketPath.Fastest,
        Func<int, int>? minCountOf = null)
    {
        var clock = Stopwatch.StartNew();
        using var connection = warehouse.OpenConnection();
        using var snapshot = connection.BeginTransaction();   // read-only: the items, the bits and the baskets from one state
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
        IReadOnlyList<int>? counted = null;
        long[]? summed = null;
        var taken = path switch
        {
            BasketPath.Fastest or BasketPath.CategoryMasks when filter.IsCategoryLevel && connection.ExecuteScalar<bool>(CategoryMartSql) =>
                BasketPath.CategoryMasks,
            BasketPath.Fastest or BasketPath.GroupedMasks when names.Count <= MaxMaskItems => BasketPath.GroupedMasks,
            BasketPath.Fastest or BasketPath.DayCounts when minCountOf is not null && ForEveryone(filter)
                                                          && connection.ExecuteScalar<bool>(DayCountsBuiltSql) => BasketPath.DayCounts,
            _ => BasketPath.SortedLines,
        };
        var baskets = taken switch
        {
            BasketPath.CategoryMasks => ReadCategoryMasks(connection, parameters, itemNames, ct),
            BasketPath.GroupedMasks => ReadMasks(connection, parameters, itemNames, ct),
            BasketPath.DayCounts => ReadFrequentLines(connection, parameters, itemNames, minCountOf!, out counted, out summed, ct),
            _ => ReadRows(connection, parameters, itemNames, minCountOf, out counted, ct),
        };
        var orders = new int[names.Count];
        if (counted is not null)   // pruned baskets: every item's orders as counted (an item whose lines were not read: summed)
            for (var i = 0; i < orders.Length; i++) orders[i] = counted[i] > 0 || summed is null ? counted[i] : checked((int)summed[i]);
        else
            for (var b = 0; b < baskets.ItemSets.Count; b++)
                foreach (var item in baskets.ItemSets[b]) orders[item] += baskets.Weights[b];
        var items = names.Select((n, i) => new BasketItem(n.Name, n.Category, orders[i])).ToList();
        return new LoadedBaskets(baskets, items, clock.Elapsed) { ReadBy = taken };
    }

    // the order lines, each order's together (baskets.sql sorts them): BasketBuilder counts each order's basket as its lines end
    static Baskets ReadRows(DuckDBConnection connection, (string, object?)[] parameters, string[] itemNames, Func<int, int>? minCountOf,
        out IReadOnlyList<int>? itemOrders, CancellationToken ct)
    {
        var builder = new BasketBuilder(sortedByOrder: true, minCountOf);
        using (var command = connection.CreateCommand(BasketsSql, parameters))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                builder.Add(reader.GetInt64(0), reader.GetInt32(1));
        var baskets = builder.Build(itemNames, ct);
        itemOrders = minCountOf is null ? null : builder.ItemOrders;
        return baskets;
    }

    static bool ForEveryone(BasketFilter filter) =>
        string.IsNullOrWhiteSpace(filter.Segment) && Segments.Scope.SegmentScope.ParameterOf(filter).Value is null;

    // for everyone, with the rules' threshold: the number of orders and each item's orders summed from the load's orders per day
    // (basket_day_counts.sql), then the lines of the items whose sum reaches the threshold only (basket_frequent_lines.sql),
    // sorted by order; the orders without such a line are counted in all only. An item below the threshold by its sum is below it
    // by its baskets too (the sum is at least its baskets), so BasketBuilder keeps the same items as from every line.
    static Baskets ReadFrequentLines(DuckDBConnection connection, (string, object?)[] parameters, string[] itemNames,
        Func<int, int> minCountOf, out IReadOnlyList<int>? itemOrders, out long[]? summed, CancellationToken ct)
    {
        summed = new long[itemNames.Length];
        long orders = 0;
        using (var command = connection.CreateCommand(DayCountsSql, parameters))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                if (reader.IsDBNull(0)) orders = reader.GetInt64(1);
                else summed[reader.GetInt32(0)] = reader.GetInt64(1);
            }
        var minCount = minCountOf(checked((int)orders));
        var builder = new BasketBuilder(sortedByOrder: true, minCountOf);
        using (var command = connection.CreateCommand(FrequentLinesSql, [.. parameters, ("min_count", minCount)]))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                builder.Add(reader.GetInt64(0), reader.GetInt32(1));
        builder.CountAllOrders(checked((int)orders));
        var baskets = builder.Build(itemNames, ct);
        itemOrders = builder.ItemOrders;
        return baskets;
    }

    // the load's masks counted (basket_category_masks.sql): a bit is a category's place in mart_basket_category, mapped here to
    // the category's item id (its place in basket_items.sql's list) by name
    static Baskets ReadCategoryMasks(DuckDBConnection connection, (string, object?)[] parameters, string[] itemNames, CancellationToken ct)
    {
        var itemOf = new int[MaxMaskItems];
        Array.Fill(itemOf, -1);
        var items = itemNames.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        using (var command = connection.CreateCommand(CategoryBitsSql))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                if (items.TryGetValue(reader.GetString(0), out var item)) itemOf[reader.GetInt32(1)] = item;
        var sets = new List<int[]>();
        var weights = new List<int>();
        using (var command = connection.CreateCommand(CategoryMasksSql, parameters))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var mask = reader.GetFieldValue<ulong>(0);
                var set = new int[System.Numerics.BitOperations.PopCount(mask)];
                for (var i = 0; mask != 0; mask &= mask - 1)
                {
                    var bit = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    set[i++] = itemOf[bit] >= 0 ? itemOf[bit]
                        : throw new InvalidOperationException($"Bit {bit} of mart_order_category_mask names no category of dim_product.");
                }
                Array.Sort(set);
                sets.Add(set);
                weights.Add(checked((int)reader.GetInt64(1)));
            }
        ct.ThrowIfCancellationRequested();
        return new Baskets(itemNames, sets, weights);
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

/// <summary>How <see cref="BasketQuery.Load"/> reads the baskets: the fastest path the level and the load allow, or one forced.</summary>
public enum BasketPath
{
    /// <summary>The load's category masks when built, else the grouped masks up to 64 items, else the sorted lines.</summary>
    Fastest,

    /// <summary>Each order's items grouped into a mask in DuckDB (basket_masks.sql; up to 64 items, else the sorted lines).</summary>
    GroupedMasks,

    /// <summary>The order lines sorted by order, grouped in .NET (baskets.sql).</summary>
    SortedLines,

    /// <summary>The category level's masks the load wrote per order, once built (basket_category_masks.sql); else the sorted lines.</summary>
    CategoryMasks,

    /// <summary>For everyone with the rules' threshold, once the load's orders per day are built: the number of orders and the
    /// items' orders summed per day, and the lines of the items that can reach the threshold only (basket_day_counts.sql,
    /// basket_frequent_lines.sql); else the sorted lines.</summary>
    DayCounts,
}
