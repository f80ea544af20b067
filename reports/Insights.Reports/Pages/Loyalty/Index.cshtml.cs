using Insights.Reports.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>The loyalty report: one tab per view, GET filters (every view has its own URL), drill-down lists and CSV downloads.</summary>
public sealed class IndexModel(LoyaltyQuery query) : PageModel
{
    /// <summary>Customers a drill-down shows on the page; the CSV holds them all.</summary>
    public const int ListLimit = 200;

    /// <summary>view, asOf, period, region, channel, category.</summary>
    [BindProperty(SupportsGet = true)] public LoyaltyFilter Filter { get; set; } = new();

    /// <summary>The number clicked: segment, r, f, fromSegment, cohort, monthsSince, repeat, priceClass, serviceGroup, retained.</summary>
    [BindProperty(SupportsGet = true)] public LoyaltySelection Selection { get; set; } = new();

    /// <summary>The validated filter (null when it was refused).</summary>
    public LoyaltyScope? Scope { get; private set; }

    /// <summary>Why the filter was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>The filters' allowed values.</summary>
    public LoyaltyChoices Choices { get; private set; } = new(null, [], [], []);

    /// <summary>The RFM tab's numbers (when it is the chosen view).</summary>
    public RfmResult? Rfm { get; private set; }

    /// <summary>The migration tab's flow matrix.</summary>
    public MigrationResult? Migration { get; private set; }

    /// <summary>The cohort tab's triangle and repeat-purchase summary.</summary>
    public CohortResult? Cohorts { get; private set; }

    /// <summary>The beyond-price tab's classes.</summary>
    public IReadOnlyList<PriceRow>? Price { get; private set; }

    /// <summary>The service tab's groups.</summary>
    public IReadOnlyList<ServiceRow>? Service { get; private set; }

    /// <summary>The URL of a chart of the current view (see <see cref="OnGetChart"/>): the image is its own request, not inline.</summary>
    public string ChartLink(string name) => Link(handler: "Chart", chart: name, state: query.State);

    /// <summary>The drill-down list when a number was clicked: at most <see cref="ListLimit"/> + 1 customers.</summary>
    public IReadOnlyList<LoyaltyCustomer>? Customers { get; private set; }

    /// <summary>Reads the chosen view (and list); an unknown filter value gives 400 with the reason.</summary>
    public IActionResult OnGet()
    {
        if (!TryResolve() || Choices.LatestAsOf is null) return Page();
        var scope = Scope!;
        switch (scope.View)
        {
            case "migration": Migration = query.Migration(scope); break;
            case "cohorts": Cohorts = query.Cohorts(scope); break;
            case "price": Price = query.Price(scope); break;
            case "service": Service = query.Service(scope); break;
            default: Rfm = query.Rfm(scope); break;
        }
        if (Selection.IsAny) Customers = query.Customers(Scope!, Selection, ListLimit + 1);   // one more tells whether there are more
        return Page();
    }

    /// <summary>A table as CSV (default: the customers behind the selection, the marketing target list), named after the filters.</summary>
    public IActionResult OnGetCsv(string? table)
    {
        if (!TryResolve()) return BadRequest(Error!);
        var name = string.IsNullOrEmpty(table) ? "customers" : table;
        if (!LoyaltyTable.Names.Contains(name)) return BadRequest($"Unknown table \"{name}\".");
        var result = LoyaltyTable.Read(query, name, Scope!, Selection);
        var label = name == "customers" ? (Selection.IsAny ? Selection.Describe() : "all-customers") : name;
        return new CsvDownload(Scope!.FileName(label), result.Header, result.Rows);
    }

    /// <summary>
    /// A chart as SVG, drawn from the view's cached numbers and rendered once per filter and warehouse state. Its URL carries the
    /// warehouse state, so the browser may keep it: a 200 kB heatmap is not sent again with every page view.
    /// </summary>
    public IActionResult OnGetChart(string? chart)
    {
        if (!TryResolve()) return BadRequest(Error!);
        var svg = LoyaltyCharts.Svg(query, Scope!, chart);
        if (svg is null) return NotFound();
        Response.Headers.CacheControl = "private, max-age=86400";
        return Content(svg, "image/svg+xml; charset=utf-8");
    }

    /// <summary>A link to this page with the current filters, another view and/or a drill-down selection.</summary>
    public string Link(string? view = null, LoyaltySelection? selection = null, string? handler = null, string? table = null,
        string? chart = null, long? state = null)
    {
        var s = Scope!;
        var values = new List<KeyValuePair<string, string?>>
        {
            new("view", view ?? s.View), new("asOf", s.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("period", s.Period), new("region", s.Region), new("channel", s.Channel), new("category", s.Category),
            new("handler", handler), new("table", table), new("chart", chart),
            new("state", state?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (selection is not null)
            values.AddRange([
                new("segment", selection.Segment), new("r", selection.R?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("f", selection.F?.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("fromSegment", selection.FromSegment),
                new("cohort", selection.Cohort?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new("monthsSince", selection.MonthsSince?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("repeat", selection.Repeat?.ToString().ToLowerInvariant()), new("priceClass", selection.PriceClass),
                new("serviceGroup", selection.ServiceGroup), new("retained", selection.Retained?.ToString().ToLowerInvariant())]);
        return "/loyalty" + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    bool TryResolve()
    {
        try
        {
            Choices = query.Choices();
            Scope = query.Resolve(Filter);
            return true;
        }
        catch (LoyaltyFilterException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }
    }
}
