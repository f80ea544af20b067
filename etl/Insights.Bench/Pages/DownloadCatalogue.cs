using Insights.Reports.Pages.Intervals;
using Insights.Reports.Pages.Loyalty;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Pages;

/// <summary>
/// The CSV downloads `bench pages --report downloads` asks for (issue 22: "every CSV download starts within 1 s and streams"):
/// each report's download links with their default filters, timed to the first byte of the body (a download that streams
/// starts long before its last row), one at a time as first views, then looped over by the clients with the whole body read
/// (each timed whole and to its first byte).
/// A saved segment's export and a campaign's readout need a saved segment or campaign, which a bench warehouse does not hold:
/// they are not asked; nor are the intervals downloads on a warehouse whose dates refuse the page's default model (a small one).
/// </summary>
static class DownloadCatalogue
{
    /// <summary>The plan: every download, first views timed to the first byte.</summary>
    public static PagePlan Plan(IServiceProvider services)
    {
        var downloads = new List<(string View, string Path)>();
        foreach (var table in LoyaltyTable.Names) downloads.Add(($"csv loyalty {table}", $"/loyalty?handler=csv&table={table}"));
        if (IntervalsDefaultResolves(services))
        {
            downloads.Add(("csv intervals customers", "/intervals?handler=customerscsv"));
            downloads.Add(("csv intervals overdue", "/intervals?handler=overduecsv"));
        }
        downloads.Add(("csv service channels", "/service?handler=csv"));
        downloads.Add(("csv service channels months", "/service?handler=csv&table=month"));
        foreach (var table in new[] { "groups", "sla", "backlog", "repeat-complainers" })
            downloads.Add(($"csv service complaints {table}", $"/service/complaints?handler=csv&table={table}"));
        foreach (var table in new[] { "category", "product", "reason", "month" })
            downloads.Add(($"csv service returns {table}", $"/service/returns?handler=csv&table={table}"));
        downloads.Add(("csv service returns customers", "/service/returns?handler=customerscsv"));
        downloads.Add(("csv service texts search", "/service/texts?handler=csv&q=damaged"));
        downloads.Add(("csv service texts terms", "/service/texts?handler=termscsv"));
        downloads.Add(("csv service contacts-lead-to", "/service/contacts-lead-to?handler=csv"));
        downloads.Add(("csv service lapse", "/service/contacts-lead-to?handler=csv&table=lapse"));
        downloads.Add(("csv cross-sell rules", "/cross-sell/rules?handler=csv"));
        downloads.Add(("csv cross-sell sequences", "/cross-sell/sequences?handler=csv"));
        downloads.Add(("csv cross-sell white-space", "/cross-sell/white-space?handler=csv"));
        downloads.Add(("csv cross-sell opportunities", "/cross-sell/opportunities?handler=csv"));
        downloads.Add(("csv cross-sell offers", "/cross-sell/offers?handler=csv"));
        var firstBytes = downloads.Select(d => new PageRequest(d.View + " (first byte)", d.Path, FirstByte: true)).ToList();
        var whole = downloads.Select(d => new PageRequest(d.View, d.Path, AlsoFirstByte: true)).ToList();
        // warm-up: Razor's pipeline once with a refused value (nothing computed); the downloads themselves are what is timed
        // the site's background warm-ups after a load run first, as they would before a user's download
        return new PagePlan(["downloads", "service", "loyalty", "analytics", "offers"], [new PageRequest("razor", "/loyalty?handler=csv&table=not-a-table", Expect: 400)],
            [.. firstBytes.Select(request => new FirstViews([request], 1))], whole);
    }

    // the page's default (in days, as the page reads it) resolves to a model on this warehouse's dates
    static bool IntervalsDefaultResolves(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<IntervalsQuery>().Resolve(new IntervalsFilter { Unit = "days" }) is not null;
        }
        catch (IntervalsFilterException)
        {
            return false;
        }
    }
}
