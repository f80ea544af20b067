using System.Net;
using System.Text.RegularExpressions;

namespace Insights.Tests.Fixtures;

/// <summary>
/// The site's pages as a visitor finds them: the home page's navigation, and each report's tabs (one URL per tab, with the
/// tab's own parameter only, so the URL does not depend on the warehouse state), and what a page says once the parts that
/// legitimately change between two views of one committed state (a run in progress, a stopwatch) are taken out.
/// </summary>
public static partial class SitePages
{
    /// <summary>Pages that show live job state (runs in progress, the Hangfire dashboard): they change without a commit.</summary>
    public static bool IsLive(string url) => url.StartsWith("/etl/runs", StringComparison.Ordinal) || url.StartsWith("/hangfire", StringComparison.Ordinal);

    /// <summary>Every page linked from the home page's navigation, and every tab of those pages.</summary>
    public static async Task<IReadOnlyList<string>> DiscoverAsync(HttpClient http)
    {
        var home = await http.GetStringAsync("/");
        var nav = NavBlock().Matches(home).Single(m => m.Groups["label"].Value == "Reports").Value;
        var pages = Links(nav).ToList();
        foreach (var page in pages.Where(p => !IsLive(p)).ToList())
        {
            var html = await http.GetStringAsync(page);
            foreach (Match block in NavBlock().Matches(html))
                if (block.Groups["label"].Value != "Reports") pages.AddRange(Links(block.Value).Select(KeepFirstParameter));
        }
        return pages.Distinct().ToList();
    }

    /// <summary>
    /// The page as it reads at one committed state: the latest-run column, stopwatch figures, the anti-forgery token (new per
    /// response, in the header's sign-out form) and the offers page's line saying where its offers came from taken out (between
    /// a load's commit and the after-load step that keeps its offers, the same offers are computed for the request; the offers
    /// tests prove both ways give the same rows).
    /// </summary>
    public static string Normalise(string html) =>
        OffersSource().Replace(AntiForgeryToken().Replace(Stopwatch().Replace(LatestRunCell().Replace(html, "<td>(latest run)</td>"), "(timing)"), "(token)"),
            "(offers source)");

    /// <summary>The overview's headline numbers (customers, orders, net revenue), for messages.</summary>
    public static string Headline(string html) => string.Join(" / ",
        new[] { "kpi-customers", "kpi-orders", "kpi-revenue" }.Select(id => Regex.Match(html, $"id=\"{id}\">([^<]*)<").Groups[1].Value));

    static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(h => h.StartsWith('/'));

    // "/loyalty?view=cohorts&asOf=2026-07-01&period=quarter" -> "/loyalty?view=cohorts": the tab, at the default filters
    static string KeepFirstParameter(string url) => url.Split('&')[0];

    [GeneratedRegex("<nav[^>]*aria-label=\"(?<label>[^\"]*)\"[^>]*>.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex NavBlock();

    [GeneratedRegex("<p id=\"offers-source\"[^>]*>[^<]*</p>")]
    private static partial Regex OffersSource();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    // the home page's freshness table: the latest run's status and start (a run in progress is committed before its load)
    [GeneratedRegex("<td><span class=\"status status-[a-z]+\">[a-z]+</span>[^<]*</td>")]
    private static partial Regex LatestRunCell();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex AntiForgeryToken();

    [GeneratedRegex(@"Mined in \d+ ms")]
    private static partial Regex Stopwatch();
}
