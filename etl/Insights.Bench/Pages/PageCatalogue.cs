using Insights.Reports.Pages.Service;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Pages;

/// <summary>
/// The URLs `bench pages` asks for each report. Service: every view's default, then a sample of filter combinations of up to
/// three filters, with values the warehouse holds (the first region, segment, channel...), so a first view is a real first
/// view. Customers: searches typed from real customers and their profiles (<see cref="CustomerPageCatalogue"/>); the
/// overview, loyalty, intervals and cross-sell: <see cref="ReportPageCatalogue"/>; every CSV download: <see cref="DownloadCatalogue"/>.
/// All: every one of them.
/// </summary>
static class PageCatalogue
{
    /// <summary>The reports the catalogue knows ("all": every one of the others).</summary>
    public static IReadOnlyList<string> Reports { get; } = ["service", "customers", .. ReportPageCatalogue.Reports, "downloads", "all"];

    /// <summary>What the bench asks of <paramref name="report"/> when it runs <paramref name="clients"/> clients.</summary>
    public static PagePlan Plan(string report, IServiceProvider services, int clients) => report switch
    {
        "service" => ServicePlan(services),
        "customers" => CustomerPageCatalogue.Plan(services, clients),
        "downloads" => DownloadCatalogue.Plan(services),
        "all" => PagePlan.Combine([ServicePlan(services), CustomerPageCatalogue.Plan(services, clients),
            .. ReportPageCatalogue.Reports.Select(r => ReportPageCatalogue.Plan(r, services)), DownloadCatalogue.Plan(services)]),
        _ when ReportPageCatalogue.Reports.Contains(report) => ReportPageCatalogue.Plan(report, services),
        _ => throw new ArgumentOutOfRangeException(nameof(report), report, "not in the catalogue"),
    };

    // each view's URLs first seen one at a time, alone on the machine; then all of them looped over by the clients
    static PagePlan ServicePlan(IServiceProvider services)
    {
        var requests = Service(services.GetRequiredService<ServiceChoicesQuery>().Run());
        return new PagePlan(["service"], [new PageRequest("razor", "/service?from=not-a-day")],
            [.. requests.GroupBy(r => r.View).Select(view => new FirstViews([.. view.DistinctBy(r => r.Path)], 1))], requests);
    }

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
