using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell.Sequences;

/// <summary>
/// Customers who first bought A (with the whole window observed and without B by then): how many bought B for the first time
/// within N days, the rate, B's baseline rate over N days from a customer's first order, and their ratio.
/// </summary>
public sealed record SequenceRow(string ItemA, string ItemB, long Customers, long Followed, double Rate, double? BaselineRate, double? Lift)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["item_a", "item_b", "customers", "followed", "rate", "baseline_rate", "lift"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [ItemA, ItemB, Customers, Followed, Rate, BaselineRate, Lift];
}

/// <summary>The pairs, best lift first, with the parameters used.</summary>
public sealed record SequencesResult(string Level, int Days, int MinCustomers, IReadOnlyList<SequenceRow> Rows)
{
    /// <summary>The first <paramref name="limit"/> pairs: the page's table.</summary>
    public IReadOnlyList<SequenceRow> Shown(int limit) => [.. Rows.Take(limit)];
}

/// <summary>Sequential cross-sell ("bought A, then B within N days") from the warehouse's completed orders.</summary>
public sealed class SequencesQuery(DuckDbWarehouse warehouse, AnalyticsCache cache)
{
    static readonly string Sql = SqlResource.Load<SequencesQuery>("sequences.sql");

    /// <summary><see cref="Run"/> for the page. DuckDB.NET reads synchronously, so this runs on the caller's
    /// thread, behind the sequences gate (<see cref="ComputeGate"/>); the token stops the statement.</summary>
    public Task<SequencesResult> RunAsync(SequencesFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>Every pair passing the filter.</summary>
    public SequencesResult Run(SequencesFilter filter, CancellationToken ct = default) =>
        cache.Get(ComputeKind.Sequences, filter, token => Read(filter, token), r => r.Rows.Count <= GatedResultCache.MaxKeptRows, ct);

    SequencesResult Read(SequencesFilter filter, CancellationToken ct)
    {
        var days = Math.Clamp(filter.Days, 1, 3650);
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(Sql, ("level", filter.IsCategoryLevel ? "category" : "product"),
            ("segment", string.IsNullOrWhiteSpace(filter.Segment) ? null : filter.Segment), Segments.Scope.SegmentScope.ParameterOf(filter),
            ("from", filter.From?.ToDateTime(TimeOnly.MinValue)), ("to", filter.To?.ToDateTime(TimeOnly.MinValue)),
            ("days", days), ("min_customers", Math.Max(1, filter.MinCustomers)));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<SequenceRow>();
        while (reader.Read())
        {
            var row = new SequenceRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDouble(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetDouble(6));
            if (string.IsNullOrWhiteSpace(filter.Item) || string.Equals(row.ItemA, filter.Item.Trim(), StringComparison.OrdinalIgnoreCase))
                rows.Add(row);
        }
        return new SequencesResult(filter.IsCategoryLevel ? "category" : "product", days, Math.Max(1, filter.MinCustomers), rows);
    }
}
