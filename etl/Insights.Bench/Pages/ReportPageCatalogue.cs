using Insights.Reports.Pages.Loyalty;
using Insights.Reports.Pages.Service;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Pages;

/// <summary>
/// The analytical reports' requests for `bench pages`: the overview, loyalty (every view), intervals (every section) and
/// cross-sell (rules, sequences, white space, opportunities, offers), each default and a sample of filter combinations of up to
/// three filters with values the warehouse holds (its first region, order channel, product category and RFM segment). As for
/// the service views, each view's first views run one at a time, alone on the machine, and the clients then loop over them all.
/// </summary>
static class ReportPageCatalogue
{
    /// <summary>The reports this catalogue plans, by the name `--report` takes.</summary>
    public static IReadOnlyList<string> Reports { get; } = ["overview", "loyalty", "intervals", "cross-sell"];

    /// <summary>The plan of <paramref name="report"/> (one of <see cref="Reports"/>).</summary>
    public static PagePlan Plan(string report, IServiceProvider services)
    {
        var values = Values.Read(services);
        var requests = report switch
        {
            "overview" => Overview(),
            "loyalty" => Loyalty(values),
            "intervals" => Intervals(),
            "cross-sell" => CrossSell(values),
            _ => throw new ArgumentOutOfRangeException(nameof(report), report, "not in the catalogue"),
        };
        // warm-up: Razor's first render of each page, with a value every page refuses, so no view is computed before it is timed
        var warmUp = requests.Select(r => r.Path.Split('?')[0]).Distinct()
            .Select(path => new PageRequest("razor", $"{path}?limit=-1&asOf=not-a-day&horizon=-1&minOrders=-1&days=-1")).ToList();
        // the site's background warm-ups that hold these pages' default views (by their names), run before the first views
        string[] warmUps = report switch
        {
            "loyalty" => ["loyalty"],
            "cross-sell" => ["analytics", "offers"],
            _ => ["analytics"],
        };
        return new PagePlan([report, .. warmUps], warmUp,
            [.. requests.GroupBy(r => r.View).Select(view => new FirstViews([.. view.DistinctBy(r => r.Path)], 1))], requests);
    }

    /// <summary>The first filter value of each kind the warehouse holds (escaped for a query string; empty when it holds none).</summary>
    sealed record Values(string Region, string Channel, string Category, string Segment)
    {
        public static Values Read(IServiceProvider services)
        {
            var loyalty = services.GetRequiredService<LoyaltyQuery>().Choices();
            var service = services.GetRequiredService<ServiceChoicesQuery>().Run();
            static string First(IEnumerable<string> values) => Uri.EscapeDataString(values.FirstOrDefault() ?? "");
            return new Values(First(loyalty.Regions), First(loyalty.Channels), First(loyalty.Categories), First(service.Segments));
        }
    }

    static List<PageRequest> Overview() => [new("overview", "/"), new("overview", "/?months=12")];

    static List<PageRequest> Loyalty(Values v)
    {
        string[] filters = ["", $"region={v.Region}", $"channel={v.Channel}", $"category={v.Category}",
            $"region={v.Region}&channel={v.Channel}", $"region={v.Region}&channel={v.Channel}&category={v.Category}"];
        return [.. LoyaltyFilter.Views.SelectMany(view => filters.Select(f =>
            new PageRequest($"loyalty {view}", $"/loyalty?view={view}{(f.Length == 0 ? "" : "&" + f)}")))];
    }

    static List<PageRequest> Intervals()
    {
        string[] filters = ["", "unit=days", "sort=p_alive", "unit=days&sort=expected&limit=200"];
        return [.. new[] { "models", "rhythm", "categories" }.SelectMany(section => filters.Select(f =>
            new PageRequest($"intervals {section}", $"/intervals?section={section}{(f.Length == 0 ? "" : "&" + f)}")))];
    }

    static List<PageRequest> CrossSell(Values v)
    {
        var segment = $"segment={v.Segment}";
        const string year = "from=2025-01-01&to=2025-12-31";
        var requests = new List<PageRequest>();
        void View(string view, string path, params string[] filters)
        {
            foreach (var f in filters)
                requests.Add(new PageRequest(view, f.Length == 0 ? path : $"{path}?{f}"));
        }
        View("rules", "/cross-sell/rules", "", "level=category", segment, $"level=category&{segment}", $"minSupport=0.02&minConfidence=0.3&{year}");
        View("sequences", "/cross-sell/sequences", "", "days=7", "level=product&days=90", $"{segment}&{year}");
        View("white-space", "/cross-sell/white-space", "", year, "from=2026-01-01");
        View("opportunities", "/cross-sell/opportunities", "", "minOrders=50", $"minOrders=100&limit=20&{year}");
        View("offers", "/cross-sell/offers", "", segment, $"category={v.Category}", "minAlive=0.5", $"{segment}&minAlive=0.5&rank=revenue");
        return requests;
    }
}
