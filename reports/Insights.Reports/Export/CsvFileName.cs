using System.Text;
using Microsoft.AspNetCore.Http;

namespace Insights.Reports.Export;

/// <summary>
/// A download's file name that says which filter made it, so two exports of one report at different filters do not overwrite
/// each other in the downloads folder: "cross-sell-rules.csv" at level=category and minSupport=0.02 becomes
/// "cross-sell-rules_level-category_minSupport-0.02.csv". The request's own filter values (not the handler, table or cache
/// state) in the order the link gives them, each made file-safe; the whole name at most <see cref="MaxLength"/> characters.
/// </summary>
public static class CsvFileName
{
    /// <summary>The longest name written (file systems take 255; a browser may add " (1)").</summary>
    public const int MaxLength = 150;

    static readonly HashSet<string> NotFilters = new(StringComparer.OrdinalIgnoreCase) { "handler", "table", "state", "kind" };

    /// <summary>"<paramref name="stem"/>_name-value_....csv" from <paramref name="request"/>'s query; the stem alone without one.</summary>
    public static string WithFilters(string stem, HttpRequest request)
    {
        var name = new StringBuilder(stem);
        foreach (var (key, values) in request.Query)
        {
            if (NotFilters.Contains(key)) continue;
            var value = values.ToString();
            if (string.IsNullOrWhiteSpace(value)) continue;
            name.Append('_').Append(Safe(key)).Append('-').Append(Safe(value));
        }
        var text = name.ToString();
        if (text.Length > MaxLength - 4) text = text[..(MaxLength - 4)];
        return text + ".csv";
    }

    // letters, digits, '.' and '-' kept; anything else (spaces, slashes, quotes, control characters) becomes '-'
    static string Safe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' ? c : '-');
        return safe.ToString();
    }
}
