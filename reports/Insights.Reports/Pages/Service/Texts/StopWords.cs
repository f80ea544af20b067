namespace Insights.Reports.Pages.Service.Texts;

/// <summary>
/// The stop words the characteristic-terms view leaves out: a small English list of function words (articles, pronouns,
/// auxiliaries, prepositions, conjunctions), normalised as the term index is (lower case, no accents), and the single
/// letters an apostrophe leaves ("don't" gives "don" and "t"). Negations are in it too ("not", "no"): a phrase such as
/// "not working" is then left out of the phrase list while "working" still counts. The search ignores this list: a quoted
/// phrase may hold stop words. Edit here; docs/reports/service.md names the file.
/// </summary>
public static class StopWords
{
    /// <summary>The words, space-separated (the form complaint_terms.sql takes as $stop_words).</summary>
    public const string List =
        "a about above after again against all am an and any are as at be because been before being below between both but by " +
        "can could d did do does doing don down during each few for from further had has have having he her here hers herself him " +
        "himself his how i if in into is it its itself just ll m me more most my myself no nor not now of off on once only or other " +
        "our ours ourselves out over own re s same she should so some such t than that the their theirs them themselves then there " +
        "these they this those through to too under until up ve very was we were what when where which while who whom why will " +
        "with would you your yours yourself yourselves";

    /// <summary>The words as a set.</summary>
    public static IReadOnlySet<string> Words { get; } = List.Split(' ').ToHashSet(StringComparer.Ordinal);
}
