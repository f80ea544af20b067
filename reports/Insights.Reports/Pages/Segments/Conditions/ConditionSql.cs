using Insights.Warehouse;

namespace Insights.Reports.Pages.Segments.Conditions;

/// <summary>
/// The segment conditions' SQL: one whole statement per kind of condition, embedded in this folder, each inserting the keys
/// of the customers it selects into segment_hits with its $parameters. The file names are the whitelist
/// <see cref="SegmentCompiler"/> picks from; no other text ever becomes a condition's SQL.
/// </summary>
public static class ConditionSql
{
    static readonly string[] Names =
    [
        "choice.sql", "range.sql", "listed.sql", "category_within.sql", "complaints.sql", "complaints_resolved_slowly.sql",
        "last_contact_within.sql", "last_contact_not_within.sql", "self_service.sql", "overdue_own_rhythm.sql", "top_offer.sql",
    ];

    static readonly Dictionary<string, string> Texts = Names.ToDictionary(n => n, n => SqlResource.Load(typeof(ConditionSql), n), StringComparer.Ordinal);

    /// <summary>The file names, in the order above.</summary>
    public static IReadOnlyList<string> Files => Names;

    /// <summary>The statement of <paramref name="file"/>, one of <see cref="Files"/>.</summary>
    public static string Text(string file) => Texts.TryGetValue(file, out var sql) ? sql
        : throw new InvalidOperationException($"{file} is not a segment condition's file.");

    /// <summary>Empties (creates) this connection's segment_hits before a segment's conditions fill it.</summary>
    public static string CreateHits { get; } = SqlResource.Load(typeof(ConditionSql), "segment_hits.sql");
}
