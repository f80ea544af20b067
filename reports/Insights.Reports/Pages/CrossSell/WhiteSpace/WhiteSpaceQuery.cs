using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>
/// One segment × category cell: penetration (buyers / customers), the benchmark (penetration in every other segment), and the
/// gap: missing buyers and their value at the category's spend per buyer.
/// </summary>
public sealed record WhiteSpaceCell(string Segment, string Category, long Customers, long Buyers, double Penetration, double? Benchmark,
    double? SpendPerBuyer, double NetAmount, double GapCustomers, double GapAmount)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["segment", "category", "customers", "buyers", "penetration", "benchmark", "spend_per_buyer", "net_amount", "gap_customers", "gap_amount"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Segment, Category, Customers, Buyers, Penetration, Benchmark, SpendPerBuyer, NetAmount, GapCustomers, GapAmount];
}

/// <summary>The matrix (empty when no segments exist).</summary>
public sealed record WhiteSpaceResult(IReadOnlyList<WhiteSpaceCell> Cells)
{
    /// <summary>Segments, by name.</summary>
    public IReadOnlyList<string> Segments => Cells.Select(c => c.Segment).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Categories, by name.</summary>
    public IReadOnlyList<string> Categories => Cells.Select(c => c.Category).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The biggest gaps in money first.</summary>
    public IReadOnlyList<WhiteSpaceCell> Gaps => Cells.Where(c => c.GapAmount > 0).OrderByDescending(c => c.GapAmount).ToList();

    /// <summary>All gaps together, in money.</summary>
    public double TotalGapAmount => Cells.Where(c => c.GapAmount > 0).Sum(c => c.GapAmount);

    /// <summary>The penetration of <paramref name="segment"/> in <paramref name="category"/> (null when the cell is empty).</summary>
    public double? Penetration(string segment, string category) =>
        Cells.FirstOrDefault(c => c.Segment == segment && c.Category == category)?.Penetration;
}

/// <summary>Segment × category penetration and the cross-sell gap in money.</summary>
public sealed class WhiteSpaceQuery(DuckDbWarehouse warehouse, AnalyticsCache cache)
{
    static readonly string Sql = SqlResource.Load<WhiteSpaceQuery>("white_space.sql");
    static readonly string MasksSql = SqlResource.Load<WhiteSpaceQuery>("white_space_masks.sql");
    static readonly string CategoryMartSql = SqlResource.Load<BasketQuery>("basket_category_mart.sql");

    /// <summary><see cref="Run"/> for the page. DuckDB.NET reads synchronously, so this runs on the caller's
    /// thread, behind the white-space gate (<see cref="ComputeGate"/>); the token stops the statement.</summary>
    public Task<WhiteSpaceResult> RunAsync(WhiteSpaceFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>Every cell.</summary>
    public WhiteSpaceResult Run(WhiteSpaceFilter filter, CancellationToken ct = default) =>
        cache.Get(ComputeKind.WhiteSpace, filter, token => Read(filter, token), r => r.Cells.Count <= GatedResultCache.MaxKeptRows, ct);

    /// <summary>The cells read by the statement <paramref name="path"/> names, uncached: the tests comparing the two statements.</summary>
    /// <remarks>
    /// <see cref="WhiteSpacePath.Fastest"/> reads the load's category masks (white_space_masks.sql) once they are built
    /// (basket_category_mart.sql: neither mart pending, every bit below 64), else groups the (order, category) rows
    /// (white_space.sql): the same cells either way, the masks path with about 40% less CPU at SF10.
    /// </remarks>
    public WhiteSpaceResult Read(WhiteSpaceFilter filter, CancellationToken ct = default, WhiteSpacePath path = WhiteSpacePath.Fastest)
    {
        using var connection = warehouse.OpenConnection();
        using var snapshot = connection.BeginTransaction();   // read-only: the check and the cells from one state
        var masks = path == WhiteSpacePath.Masks || (path == WhiteSpacePath.Fastest && connection.ExecuteScalar<bool>(CategoryMartSql));
        using var command = connection.CreateCommand(masks ? MasksSql : Sql, ("from", filter.From?.ToDateTime(TimeOnly.MinValue)),
            ("to", filter.To?.ToDateTime(TimeOnly.MinValue)), SegmentScope.ParameterOf(filter));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var cells = new List<WhiteSpaceCell>();
        while (reader.Read())
            cells.Add(new WhiteSpaceCell(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDouble(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.GetDouble(7),
                reader.GetDouble(8), reader.GetDouble(9)));
        return new WhiteSpaceResult(cells);
    }
}

/// <summary>Which statement <see cref="WhiteSpaceQuery.Read"/> runs: the fastest the load allows, or one forced (the tests).</summary>
public enum WhiteSpacePath
{
    /// <summary>The load's category masks when built, else the (order, category) rows.</summary>
    Fastest,

    /// <summary>white_space_masks.sql: each customer's category masks or-ed together.</summary>
    Masks,

    /// <summary>white_space.sql: the (order, category) rows grouped by customer and category.</summary>
    Rows,
}
