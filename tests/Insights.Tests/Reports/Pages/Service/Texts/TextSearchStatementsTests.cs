using System.Globalization;
using Insights.Reports.Pages.Service.Texts;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>
/// The search's statements on the texts world. A search without a phrase longer than the index's terms reads
/// text_search_words.sql (the texts of the listed matches only): it gives text_search.sql's rows, total and order for words,
/// two- and three-word phrases and every filter, capped or not. A phrase of three words is one lookup of the index's
/// three-word phrases (migration 0068) and gives the rows the search gave before them (its two-word phrases looked up, then
/// the phrase checked in each text, as the search still does while a migrated index waits for its rebuild); a longer phrase
/// starts from its three-word phrases and is checked in the text, with the same rows as before.
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
        // three words: case and accents folded, a phrase across a sentence's end (the tokenizer reads words, not sentences)
        { "\"box was damaged\"", null, null, null, null, 200 },
        { "\"CRÈME BRÛLÉE mix\"", null, null, null, null, 200 },
        { "\"parcel? it came\"", null, null, null, null, 200 },
        { "\"outside it arrived\" late", "North", null, null, null, 200 },
        { "\"damaged and the\"", null, null, null, "product", 200 },
        { "\"the box was\" parcel", null, null, null, null, 200 },
    };

    // four words and more: the index's three-word phrases, then the phrase checked in the text
    public static TheoryData<string, string?, int> LongSearches => new()
    {
        { "\"the box was damaged\"", null, 200 },
        { "\"Crème brûlée mix was\"", null, 200 },
        { "\"my parcel. It came damaged\"", null, 200 },
        { "\"late and the box was damaged\" parcel", null, 200 },
        { "\"the parcel arrived late\"", "North", 1 },
        { "\"arrived late and the mix\"", null, 200 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Both_statements_give_the_same_rows_and_the_rows_of_the_bigram_search(string q, string? region, string? from, string? to,
        string? category, int limit)
    {
        var filter = new TextsFilter { Q = q, Region = region, Category = category, From = Day(from), To = Day(to) };
        var search = TextSearchTerms.Parse(q, out _);

        var rows = Rows(WordsSql, filter, search, limit, longestTerm: 3);

        Assert.Equal(WordsSql, TextSearchQuery.SqlFor(search));
        Assert.Equal(Rows(PhrasesSql, filter, search, limit, longestTerm: 3), rows);
        Assert.Equal(Rows(TextSearchQuery.SqlFor(search, longestTerm: 2), filter, search, limit, longestTerm: 2), rows);
        if (q == "parcel") Assert.Equal(limit == 2 ? 2 : 4, rows.Count);   // README: 4, 3, 2, 1; the total (4) on every row
        if (q == "parcel") Assert.All(rows, r => Assert.EndsWith("|4", r, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(LongSearches))]
    public void A_longer_phrase_gives_the_rows_of_the_bigram_search(string q, string? region, int limit)
    {
        var filter = new TextsFilter { Q = q, Region = region };
        var search = TextSearchTerms.Parse(q, out _);

        Assert.Equal(PhrasesSql, TextSearchQuery.SqlFor(search));
        Assert.Equal(Rows(PhrasesSql, filter, search, limit, longestTerm: 2), Rows(PhrasesSql, filter, search, limit, longestTerm: 3));
    }

    [Fact]
    public void A_phrase_of_four_words_is_checked_whole_when_its_three_word_phrases_sit_apart()
    {
        // 11 holds "next day delivery" and "day delivery promised" apart, 12 the whole phrase
        using (var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection())
        {
            connection.ExecuteNonQuery("""
                insert into fct_complaint (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, resolved_at, status,
                                           category, severity, hours_to_resolve, complaint_text) values
                    (11, 1, null, null, 20240311, '2024-03-11 09:00', null, 'open', 'delivery', 'low', null, 'Next-day delivery failed; day delivery promised.'),
                    (12, 2, null, null, 20240312, '2024-03-12 09:00', null, 'open', 'delivery', 'low', null, 'NEXT-DAY delivery promised, never came.');
                """);
        }
        TextsWorld.Index(_world.Host.Get<DuckDbWarehouse>());
        var filter = new TextsFilter { Q = "\"next-day delivery promised\"" };
        var search = TextSearchTerms.Parse(filter.Q, out _);

        var rows = Rows(PhrasesSql, filter, search, 200, longestTerm: 3);

        Assert.Equal(["next day delivery", "day delivery promised"], search.IndexTerms());
        Assert.Equal(["12"], rows.Select(r => r.Split('|')[0]));
        Assert.Equal(Rows(PhrasesSql, filter, search, 200, longestTerm: 2), rows);
        Assert.Equal(["12", "11"], Rows(WordsSql, filter with { Q = "\"next-day delivery\"" },
            TextSearchTerms.Parse("\"next-day delivery\"", out _), 200, longestTerm: 3).Select(r => r.Split('|')[0]));
    }

    [Fact]
    public void A_phrase_longer_than_the_index_terms_goes_to_the_statement_that_checks_the_text()
    {
        Assert.Equal(WordsSql, TextSearchQuery.SqlFor(TextSearchTerms.Parse("parcel \"box was damaged\"", out _)));
        Assert.Equal(PhrasesSql, TextSearchQuery.SqlFor(TextSearchTerms.Parse("parcel \"the box was damaged\"", out _)));
        Assert.Equal(PhrasesSql, TextSearchQuery.SqlFor(TextSearchTerms.Parse("parcel \"box was damaged\"", out _), longestTerm: 2));
        Assert.Equal(WordsSql, TextSearchQuery.SqlFor(TextSearchTerms.Parse("\"box was\" damaged", out _), longestTerm: 2));
    }

    [Fact]
    public void Until_the_load_rebuilds_a_migrated_index_the_search_finds_three_words_by_their_two_word_phrases()
    {
        using var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection();
        Assert.Equal(3, TextSearchQuery.LongestTerm(connection));
        // migration 0068 on a warehouse with complaints: the index holds no three-word phrase until the next load builds it whole
        connection.ExecuteNonQuery("delete from mart_complaint_term where word_count = 3; insert into etl_model_pending (model) values ('mart_complaint_term')");
        Assert.Equal(2, TextSearchQuery.LongestTerm(connection));
        Assert.Equal([7L, 1L], _world.Host.Get<TextSearchQuery>().Run(new TextsFilter { Q = "\"box was damaged\"" }).Hits.Select(h => h.ComplaintId));
    }

    List<string> Rows(string sql, TextsFilter filter, TextSearchTerms search, int limit, int longestTerm)
    {
        var terms = search.IndexTerms(longestTerm);
        var parameters = filter.SharedParameters().ToList();
        for (var i = 0; i < TextSearchTerms.MaxWords; i++) parameters.Add(($"t{i + 1}", i < terms.Count ? terms[i] : terms[0]));
        parameters.AddRange([("term_count", terms.Count), ("category", filter.CategoryOrNull), ("limit", limit)]);
        if (sql == PhrasesSql) parameters.Add(("phrases", string.Join('\n', search.LongPhrases(longestTerm))));
        using var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand(sql, [.. parameters]);
        return TextRows.Read(command);
    }

    static DateOnly? Day(string? day) => day is null ? null : DateOnly.Parse(day, CultureInfo.InvariantCulture);

    public void Dispose() => _world.Dispose();
}
