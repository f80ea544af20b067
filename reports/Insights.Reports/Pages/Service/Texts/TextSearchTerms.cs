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

    /// <summary>
    /// The index terms a matching complaint has, every one: each bare word, each word of a one-word phrase, and each
    /// consecutive pair of a longer phrase ("creme brulee"); a phrase of three words or more is then checked whole.
    /// </summary>
    public IReadOnlyList<string> IndexTerms =>
        [.. Words.Concat(Phrases.SelectMany(p => p.Count == 1 ? p : p.Zip(p.Skip(1), (a, b) => a + " " + b))).Distinct(StringComparer.Ordinal)];

    /// <summary>The phrases of three words or more, as normalised text ("out of stock"): the bigrams only narrow these down.</summary>
    public IReadOnlyList<string> LongPhrases => [.. Phrases.Where(p => p.Count > 2).Select(p => string.Join(' ', p))];

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
