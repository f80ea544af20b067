using Insights.Reports.Pages.Service.Texts;

namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>Parsing a search: words, quoted phrases, the limits and their messages; normalisation and the highlighted runs.</summary>
public sealed class TextSearchTermsTests
{
    [Fact]
    public void Bare_words_and_quoted_phrases_become_index_terms()
    {
        var search = TextSearchTerms.Parse("Crème \"Out of Stock\" late \"Brûlée\"", out var problem);
        Assert.Null(problem);
        Assert.Equal(["creme", "late"], search.Words);
        Assert.Equal(["creme", "late", "out of stock", "brulee"], search.IndexTerms());
        Assert.Empty(search.LongPhrases());
        // an index without its three-word phrases (migrated, not yet rebuilt): the two-word ones, and the phrase checked whole
        Assert.Equal(["creme", "late", "out of", "of stock", "brulee"], search.IndexTerms(longestTerm: 2));
        Assert.Equal(["out of stock"], search.LongPhrases(longestTerm: 2));
    }

    [Fact]
    public void A_phrase_of_four_words_or_more_becomes_its_three_word_phrases_and_is_checked_whole()
    {
        var search = TextSearchTerms.Parse("\"Out of Stock again\" \"out of stock\" late", out _);
        Assert.Equal(["late", "out of stock", "of stock again"], search.IndexTerms());
        Assert.Equal(["out of stock again"], search.LongPhrases());
        Assert.Equal(["a b c", "b c d", "c d e"], TextSearchTerms.Parse("\"a b c d e\"", out _).IndexTerms());
    }

    [Fact]
    public void An_unmatched_quote_is_a_space()
    {
        var search = TextSearchTerms.Parse("late \"parcel", out _);
        Assert.Equal(["late", "parcel"], search.Words);
        Assert.Empty(search.Phrases);
    }

    [Fact]
    public void Refuses_a_query_over_200_characters_or_10_words_with_a_message()
    {
        TextSearchTerms.Parse(new string('a', 201), out var tooLong);
        Assert.Equal("The search is 201 characters long; at most 200 are allowed.", tooLong);
        TextSearchTerms.Parse("one two three four five six \"seven eight nine ten eleven\"", out var tooMany);
        Assert.Equal("The search has 11 words; at most 10 are allowed.", tooMany);
        TextSearchTerms.Parse("one two three four five six seven eight nine ten", out var ten);
        Assert.Null(ten);
    }

    [Fact]
    public void Markup_and_punctuation_are_not_words()
    {
        Assert.Equal(["script", "alert", "x", "script"], TextTerms.Normalised("<script>alert('x')</script>"));
        Assert.True(TextSearchTerms.Parse("<>\"\" ;", out _).IsEmpty);
    }

    [Fact]
    public void Runs_keep_the_text_whole_and_mark_consecutive_matches_as_one()
    {
        var runs = TextRuns.Of("<b>Late</b> late!", TextSearchTerms.Parse("late", out _));
        Assert.Equal([new TextRun("<b>", false), new TextRun("Late", true), new TextRun("</b> ", false), new TextRun("late", true),
            new TextRun("!", false)], runs);
    }
}
