using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Insights.Reports.Pages.Service.Texts;

/// <summary>
/// The complaint texts' tokenizer on the C# side, the same rule as the term index's SQL (mart_complaint_term): lower case,
/// accents folded, words are runs of letters and digits. The search uses it to turn the query into index terms and to find
/// the words to highlight in a result's original text.
/// </summary>
public static partial class TextTerms
{
    /// <summary>A word as the index keeps it: "Crème" gives "creme".</summary>
    public static string Normalise(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of <paramref name="text"/>, each with where it stands in the text and its normalised form.</summary>
    public static IReadOnlyList<TextWord> Words(string? text) =>
        string.IsNullOrEmpty(text) ? []
        : [.. Word().Matches(text).Select(m => new TextWord(m.Index, m.Length, Normalise(m.Value)))];

    /// <summary>The normalised words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Normalised(string? text) => [.. Words(text).Select(w => w.Term).Where(t => t.Length > 0)];

    // a letter (with its combining marks) or a digit, as the index's '[^\p{L}\p{N}]+' splits
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}

/// <summary>One word of a text: its start and length in the original text, and its normalised form.</summary>
public sealed record TextWord(int Start, int Length, string Term);
