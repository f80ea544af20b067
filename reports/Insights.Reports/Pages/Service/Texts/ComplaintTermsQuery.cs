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

    /// <summary><see cref="Run"/> for the page.</summary>
    public Task<IReadOnlyList<CategoryTerm>> RunAsync(TextsFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>The filter's top words and phrases per category, by category, words first, by rank.</summary>
    public IReadOnlyList<CategoryTerm> Run(TextsFilter filter, CancellationToken ct = default) =>
        // the search words do not change the terms: one entry for every search of the same filter
        cache.Get(ComputeKind.ServiceTexts, "terms|" + (filter with { Q = null }), token => Read(filter, token), ct);

    IReadOnlyList<CategoryTerm> Read(TextsFilter filter, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(Sql, [.. filter.SharedParameters(), ("category", filter.CategoryOrNull),
            ("stop_words", StopWords.List), ("min_count", filter.MinCount), ("top", filter.Top)]);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<CategoryTerm>();
        while (reader.Read())
            rows.Add(new CategoryTerm(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetDouble(7), reader.GetInt32(8)));
        return rows;
    }
}
