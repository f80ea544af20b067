namespace Insights.Reports.Pages.Service.Texts;

/// <summary>A piece of a complaint text as shown: the text as written, and whether it is a matched word (highlighted).</summary>
public sealed record TextRun(string Text, bool IsMatch);

/// <summary>
/// Splits a complaint text into runs, the searched words and phrases marked: the page writes each run through Razor's encoding
/// (a &lt;mark&gt; around the matched ones), so customer text is never written raw.
/// </summary>
public static class TextRuns
{
    /// <summary>
    /// The runs of <paramref name="text"/>: a word is matched when it is one of the search's bare words, or part of a whole
    /// occurrence of one of its phrases (consecutive words).
    /// </summary>
    public static IReadOnlyList<TextRun> Of(string? text, TextSearchTerms search)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var words = TextTerms.Words(text);
        var matched = new bool[words.Count];
        var bare = search.Words.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++) matched[i] |= bare.Contains(words[i].Term);
        foreach (var phrase in search.Phrases)
            for (var i = 0; i + phrase.Count <= words.Count; i++)
                if (Enumerable.Range(0, phrase.Count).All(k => words[i + k].Term == phrase[k]))
                    for (var k = 0; k < phrase.Count; k++) matched[i + k] = true;

        var runs = new List<TextRun>();
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!matched[i]) continue;
            // a phrase's words and the spaces between them form one run
            var end = i;
            while (end + 1 < words.Count && matched[end + 1]) end++;
            var start = words[i].Start;
            var stop = words[end].Start + words[end].Length;
            if (start > at) runs.Add(new TextRun(text[at..start], false));
            runs.Add(new TextRun(text[start..stop], true));
            at = stop;
            i = end;
        }
        if (at < text.Length) runs.Add(new TextRun(text[at..], false));
        return runs;
    }
}
