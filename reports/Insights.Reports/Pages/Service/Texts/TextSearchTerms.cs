using System.Text.RegularExpressions;

namespace Insights.Reports.Pages.Service.Texts;

/// <summary>
/// A search as typed, parsed: bare words and "quoted phrases", all of which a complaint must contain (case and accents
/// ignored). Limits keep one request cheap: at most <see cref="MaxLength"/> characters and <see cref="MaxWords"/> words.
/// </summary>
public sealed partial record TextSearchTerms(IReadOnlyList<string> Words, IReadOnlyList<IReadOnlyList<string>> Phrases)
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The most words a query may hold (bare and quoted together).</summary>
    public const int MaxWords = 10;

    /// <summary>True when there is nothing to search for.</summary>
    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    /// <summary>The most words the term index holds as one term (mart_complaint_term: words, two- and three-word phrases, migration 0068).</summary>
    public const int IndexedPhraseWords = 3;

    /// <summary>
    /// The index terms a matching complaint has, every one, for an index whose longest terms have <paramref name="longestTerm"/>
    /// words: each bare word, each phrase of at most that many words as it stands ("creme", "creme brulee", "next day
    /// delivery"), and each run of that many consecutive words of a longer phrase, which is then checked whole
    /// (<see cref="LongPhrases"/>). 2 for an index the load has not yet rebuilt with its three-word phrases.
    /// </summary>
    public IReadOnlyList<string> IndexTerms(int longestTerm = IndexedPhraseWords) =>
        [.. Words.Concat(Phrases.SelectMany(p => p.Count <= longestTerm ? [string.Join(' ', p)]
            : Enumerable.Range(0, p.Count - longestTerm + 1).Select(i => string.Join(' ', p.Skip(i).Take(longestTerm)))))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The phrases longer than the index's longest terms (<paramref name="longestTerm"/> words), as normalised text ("out of stock
    /// today"): their index terms only narrow them down, so the search checks them in the text.
    /// </summary>
    public IReadOnlyList<string> LongPhrases(int longestTerm = IndexedPhraseWords) =>
        [.. Phrases.Where(p => p.Count > longestTerm).Select(p => string.Join(' ', p))];

    /// <summary>Parses <paramref name="query"/>; <paramref name="problem"/> says why it was refused (too long, too many words).</summary>
    public static TextSearchTerms Parse(string? query, out string? problem)
    {
        problem = null;
        var empty = new TextSearchTerms([], []);
        if (string.IsNullOrWhiteSpace(query)) return empty;
        if (query.Length > MaxLength)
        {
            problem = $"The search is {query.Length} characters long; at most {MaxLength} are allowed.";
            return empty;
        }
        var phrases = new List<IReadOnlyList<string>>();
        foreach (Match m in Quoted().Matches(query))
            if (TextTerms.Normalised(m.Groups[1].Value) is { Count: > 0 } phrase) phrases.Add(phrase);
        // an unmatched quote counts as a space: its words are searched as bare words
        var words = TextTerms.Normalised(Quoted().Replace(query, " ")).Distinct(StringComparer.Ordinal).ToList();
        var count = words.Count + phrases.Sum(p => p.Count);
        if (count > MaxWords)
        {
            problem = $"The search has {count} words; at most {MaxWords} are allowed.";
            return empty;
        }
        return new TextSearchTerms(words, phrases);
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();
}
