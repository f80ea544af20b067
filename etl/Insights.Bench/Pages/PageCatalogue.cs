using Insights.Reports.Pages.Service;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Pages;

/// <summary>
/// The URLs `bench pages` asks for each report: every view's default, then a sample of filter combinations of up to three
/// filters, with values the warehouse holds (the first region, segment, channel...), so a first view is a real first view.
/// </summary>
static class PageCatalogue
{
    /// <summary>The reports the catalogue knows.</summary>
    public static IReadOnlyList<string> Reports { get; } = ["service"];

    /// <summary>The requests for <paramref name="report"/>.</summary>
    public static IReadOnlyList<PageRequest> Requests(string report, IServiceProvider services) => report switch
    {
        "service" => Service(services.GetRequiredService<ServiceChoicesQuery>().Run()),
        _ => throw new ArgumentOutOfRangeException(nameof(report), report, "not in the catalogue"),
    };

    static List<PageRequest> Service(ServiceChoices choices)
    {
        var region = "region=" + Uri.EscapeDataString(choices.Regions.FirstOrDefault() ?? "");
        var segment = "segment=" + Uri.EscapeDataString(choices.Segments.FirstOrDefault() ?? "");
        var year = "from=2025-01-01&to=2025-12-31";
        string[] shared = ["", region, segment, year, $"{region}&{segment}", $"{region}&{segment}&{year}"];
        var requests = new List<PageRequest>();
        void View(string view, string path, IEnumerable<string> extra)
        {
            foreach (var query in shared.Concat(extra))
                requests.Add(new PageRequest(view, query.Length == 0 ? path : $"{path}?{query}"));
        }
        View("channels", "/service", choices.ContactChannels.Take(2).Select(c => "channel=" + Uri.EscapeDataString(c.Code)));
        View("complaints", "/service/complaints", ["by=region", "by=product-category", "by=month",
            "severity=" + Uri.EscapeDataString(choices.Severities.FirstOrDefault() ?? "")]);
        View("returns", "/service/returns", []);
        View("texts", "/service/texts", choices.ComplaintCategories.Take(2).Select(c => "category=" + Uri.EscapeDataString(c)));
        View("contacts-lead-to", "/service/contacts-lead-to", ["days=7", "days=30"]);
        // words and phrases of the demo's complaint texts, alone and with the shared filters: the search's own figures
        string[] searches = ["damaged", "refund", "tracking", "charged twice", "\"next-day delivery\"", "replacement voucher", "crushed box"];
        foreach (var words in searches)
            foreach (var query in new[] { "", region, year })
                requests.Add(new PageRequest("texts-search", $"/service/texts?q={Uri.EscapeDataString(words)}{(query.Length == 0 ? "" : "&" + query)}"));
        return requests;
    }
}
