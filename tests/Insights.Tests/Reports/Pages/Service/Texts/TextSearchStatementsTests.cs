using System.Globalization;
using Insights.Reports.Pages.Service.Texts;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>
/// A search without a phrase of three words or more reads text_search_words.sql (the texts of the listed matches only): on the
/// texts world it gives text_search.sql's rows, total and order for words, two-word phrases and every filter, capped or not;
/// a longer phrase still goes to text_search.sql, the only one that checks the phrase in the text.
/// </summary>
public sealed class TextSearchStatementsTests : IDisposable
{
    static readonly string PhrasesSql = SqlResource.Load<TextSearchQuery>("text_search.sql");
    static readonly string WordsSql = SqlResource.Load<TextSearchQuery>("text_search_words.sql");

    readonly ServiceWorld _world = new("texts");

    public TextSearchStatementsTests() => TextsWorld.Index(_world.Host.Get<DuckDbWarehouse>());

    public static TheoryData<string, string?, string?, string?, string?, int> Searches => new()
    {
        { "parcel", null, null, null, null, 200 },
        { "parcel", null, null, null, null, 2 },
        { "parcel late", "North", null, null, null, 200 },
        { "\"arrived late\"", null, null, "2024-03-02", null, 200 },
        { "damaged", null, null, null, "product", 200 },
        { "creme", null, "2024-03-06", null, null, 200 },
        { "charged twice", "South", null, null, "billing", 1 },
        { "nothing-like-this", null, null, null, null, 200 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Both_statements_give_the_same_rows(string q, string? region, string? from, string? to, string? category, int limit)
    {
        var filter = new TextsFilter { Q = q, Region = region, Category = category, From = Day(from), To = Day(to) };
        var search = TextSearchTerms.Parse(q, out _);

        var rows = Rows(WordsSql, filter, search, limit);

        Assert.Equal(WordsSql, TextSearchQuery.SqlFor(search));
        Assert.Equal(Rows(PhrasesSql, filter, search, limit), rows);
        if (q == "parcel") Assert.Equal(limit == 2 ? 2 : 4, rows.Count);   // README: 4, 3, 2, 1; the total (4) on every row
        if (q == "parcel") Assert.All(rows, r => Assert.EndsWith("|4", r, StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_of_three_words_goes_to_the_statement_that_checks_the_text()
    {
        Assert.Equal(PhrasesSql, TextSearchQuery.SqlFor(TextSearchTerms.Parse("parcel \"box was damaged\"", out _)));
        Assert.Equal(WordsSql, TextSearchQuery.SqlFor(TextSearchTerms.Parse("\"box was\" damaged", out _)));
    }

    List<string> Rows(string sql, TextsFilter filter, TextSearchTerms search, int limit)
    {
        var terms = search.IndexTerms;
        var parameters = filter.SharedParameters().ToList();
        for (var i = 0; i < TextSearchTerms.MaxWords; i++) parameters.Add(($"t{i + 1}", i < terms.Count ? terms[i] : terms[0]));
        parameters.AddRange([("term_count", terms.Count), ("category", filter.CategoryOrNull), ("limit", limit)]);
        if (sql == PhrasesSql) parameters.Add(("phrases", string.Join('\n', search.LongPhrases)));
        using var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand(sql, [.. parameters]);
        return TextRows.Read(command);
    }

    static DateOnly? Day(string? day) => day is null ? null : DateOnly.Parse(day, CultureInfo.InvariantCulture);

    public void Dispose() => _world.Dispose();
}
