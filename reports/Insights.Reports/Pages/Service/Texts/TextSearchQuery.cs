using DuckDB.NET.Data;
using Insights.Reports.Access;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Service.Texts;

/// <summary>A complaint found by a search: its facts, its customer, and its text as runs with the matched words marked.</summary>
public sealed record ComplaintHit(long ComplaintId, DateTime OpenedAt, string Category, string Severity, string Status, string? Text,
    IReadOnlyList<TextRun> Runs, long CustomerId, PersonalData PersonalData) : IHasPersonalData<ComplaintHit>
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["complaint_id", "opened_at", "category", "severity", "status", "customer_id", "customer_name", "complaint_text"];

    /// <summary>The name shown: the full name, or the preferred name when the reader sees no full names.</summary>
    public string? CustomerName => PersonalData.FullName ?? PersonalData.PreferredName;

    /// <summary>The CSV cells (CsvExport neutralises formula cells: the text is customer input).</summary>
    public IReadOnlyList<object?> CsvCells() => [ComplaintId, OpenedAt, Category, Severity, Status, CustomerId, CustomerName, Text];

    /// <inheritdoc />
    public ComplaintHit WithPersonalData(PersonalData data) => this with { PersonalData = data };
}

/// <summary>A search's results: at most <see cref="TextsFilter.MaxResults"/> complaints, newest first, and how many matched.</summary>
public sealed record TextSearchResult(TextSearchTerms Search, IReadOnlyList<ComplaintHit> Hits, long TotalMatches)
{
    /// <summary>No search made.</summary>
    public static TextSearchResult None { get; } = new(new TextSearchTerms([], []), [], 0);

    /// <summary>True when more complaints matched than are listed.</summary>
    public bool IsCapped => TotalMatches > Hits.Count;
}

/// <summary>Searches the complaint texts through the term index (mart_complaint_term), behind the text-search gate.</summary>
public sealed class TextSearchQuery(DuckDbWarehouse warehouse, ServiceCache cache)
{
    static readonly string Sql = SqlResource.Load<TextSearchQuery>("text_search.sql");
    static readonly string WordsSql = SqlResource.Load<TextSearchQuery>("text_search_words.sql");
    static readonly string TrigramsBuiltSql = SqlResource.Load<TextSearchQuery>("complaint_trigrams_built.sql");

    /// <summary>
    /// The statement for <paramref name="search"/> on an index whose longest terms have <paramref name="longestTerm"/> words: with
    /// a phrase longer than that (<see cref="TextSearchTerms.LongPhrases"/>), text_search.sql, which checks the phrase in each
    /// match's text; otherwise text_search_words.sql, which reads the texts of the listed matches only. Both give the same rows
    /// for a search without such a phrase.
    /// </summary>
    public static string SqlFor(TextSearchTerms search, int longestTerm = TextSearchTerms.IndexedPhraseWords) =>
        search.LongPhrases(longestTerm).Count > 0 ? Sql : WordsSql;

    /// <summary>The words of the index's longest terms: 3, or 2 while a migrated index waits for the load that adds its three-word phrases.</summary>
    public static int LongestTerm(DuckDBConnection connection) =>
        connection.ExecuteScalar<bool>(TrigramsBuiltSql) ? TextSearchTerms.IndexedPhraseWords : 2;

    /// <summary><see cref="Run"/> for the page (DuckDB.NET reads synchronously; the token stops the statement).</summary>
    public Task<TextSearchResult> RunAsync(TextsFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>
    /// The complaints matching the filter's search, newest first, at most <paramref name="limit"/>; nothing for an empty search.
    /// The filter must be valid (<see cref="Filters.FilterProblems"/>).
    /// </summary>
    public TextSearchResult Run(TextsFilter filter, CancellationToken ct = default, int limit = TextsFilter.MaxResults)
    {
        var search = TextSearchTerms.Parse(filter.Q, out var problem);
        if (problem is not null) throw new ArgumentException(problem, nameof(filter));
        if (search.IsEmpty) return TextSearchResult.None;
        return cache.Get(ComputeKind.ServiceTexts, $"search|{filter}|{limit}", token => Read(filter, search, limit, token), ct);
    }

    TextSearchResult Read(TextsFilter filter, TextSearchTerms search, int limit, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        var longestTerm = LongestTerm(connection);
        var terms = search.IndexTerms(longestTerm);
        var parameters = filter.SharedParameters().ToList();
        for (var i = 0; i < TextSearchTerms.MaxWords; i++) parameters.Add(($"t{i + 1}", i < terms.Count ? terms[i] : terms[0]));   // see text_search.sql
        var sql = SqlFor(search, longestTerm);
        parameters.AddRange([("term_count", terms.Count), ("category", filter.CategoryOrNull), ("limit", limit)]);
        var longPhrases = search.LongPhrases(longestTerm);
        if (longPhrases.Count > 0) parameters.Add(("phrases", string.Join('\n', longPhrases)));   // text_search.sql's
        using var command = connection.CreateCommand(sql, [.. parameters]);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var hits = new List<ComplaintHit>();
        long total = 0;
        while (reader.Read())
        {
            var text = reader.IsDBNull(5) ? null : reader.GetString(5);
            hits.Add(new ComplaintHit(reader.GetInt64(0), reader.GetDateTime(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                text, TextRuns.Of(text, search), reader.GetInt32(6),
                new PersonalData(reader.GetString(7), reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9))));
            total = reader.GetInt64(10);
        }
        return new TextSearchResult(search, hits, total);
    }
}
