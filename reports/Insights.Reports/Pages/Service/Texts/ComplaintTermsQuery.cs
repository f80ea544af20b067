using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Service.Texts;

/// <summary>
/// A term (or two-word phrase) characteristic of a complaint category: the complaints of the category holding it, of all
/// complaints holding it, and the lift = (term in category / category) ÷ (term overall / all complaints).
/// </summary>
public sealed record CategoryTerm(string Category, string Term, bool IsPhrase, long TermComplaints, long CategoryComplaints,
    long AllTermComplaints, long AllComplaints, double Lift, int Rank)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["category", "term", "kind", "rank", "term_complaints", "category_complaints", "all_term_complaints", "all_complaints", "lift"];

    /// <summary>"phrase" or "word".</summary>
    public string Kind => IsPhrase ? "phrase" : "word";

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Category, Term, Kind, Rank, TermComplaints, CategoryComplaints, AllTermComplaints, AllComplaints, Lift];
}

/// <summary>The characteristic terms of each complaint category, from the term index, behind the text-search gate.</summary>
public sealed class ComplaintTermsQuery(DuckDbWarehouse warehouse, ServiceCache cache)
{
    static readonly string Sql = SqlResource.Load<ComplaintTermsQuery>("complaint_terms.sql");
    static readonly string MartsSql = SqlResource.Load<ComplaintTermsQuery>("complaint_terms_marts.sql");
    static readonly string MartsBuiltSql = SqlResource.Load<ComplaintTermsQuery>("complaint_term_months_built.sql");

    /// <summary>
    /// The statement for <paramref name="filter"/>: the load's counts (complaint_terms_marts.sql: mart_complaint_detail and
    /// mart_complaint_term_month) for a view of whole months without a segment on a warehouse whose load has filled them
    /// (<paramref name="martsBuilt"/>), else the term index (complaint_terms.sql). Both give the same rows.
    /// </summary>
    public static string SqlFor(TextsFilter filter, bool martsBuilt) =>
        martsBuilt && IsWholeMonths(filter) && !HasSegment(filter) ? MartsSql : Sql;

    static bool IsWholeMonths(TextsFilter filter) =>
        (filter.From is not { } from || from.Day == 1) && (filter.To is not { } to || to.AddDays(1).Day == 1);

    // a current RFM segment changes with every scoring, a saved one with every save: no load can count by them
    static bool HasSegment(TextsFilter filter) =>
        filter.SharedParameters().Any(p => p.Name is "segment" or "segment_id" && p.Value is not null);

    /// <summary><see cref="Run"/> for the page.</summary>
    public Task<IReadOnlyList<CategoryTerm>> RunAsync(TextsFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>The filter's top words and phrases per category, by category, words first, by rank.</summary>
    public IReadOnlyList<CategoryTerm> Run(TextsFilter filter, CancellationToken ct = default) =>
        // the search words do not change the terms: one entry for every search of the same filter
        cache.Get(ComputeKind.ServiceTexts, "terms|" + (filter with { Q = null }), token => Read(filter, token), ct);

    IReadOnlyList<CategoryTerm> Read(TextsFilter filter, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        var sql = SqlFor(filter, connection.ExecuteScalar<bool>(MartsBuiltSql));
        // the marts' statement has no segment to filter by (SqlFor sends it none), so it takes no segment parameters
        using var command = connection.CreateCommand(sql, [.. filter.SharedParameters().Where(p => sql == Sql || p.Name is not ("segment" or "segment_id")),
            ("category", filter.CategoryOrNull), ("stop_words", StopWords.List), ("min_count", filter.MinCount), ("top", filter.Top)]);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<CategoryTerm>();
        while (reader.Read())
            rows.Add(new CategoryTerm(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetDouble(7), reader.GetInt32(8)));
        return rows;
    }
}
