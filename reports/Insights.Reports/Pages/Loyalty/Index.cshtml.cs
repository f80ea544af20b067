using Insights.Reports.Access;
using Insights.Reports.Charts;
using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Reports.Limits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>The loyalty report: one tab per view, GET filters (every view has its own URL), drill-down lists and CSV downloads.</summary>
public sealed class IndexModel(LoyaltyQuery query, DownloadGate downloads) : PageModel
{
    /// <summary>Customers a drill-down shows on the page; the CSV holds them all.</summary>
    public const int ListLimit = 200;

    /// <summary>view, asOf, period, region, channel, category, segmentId.</summary>
    [BindProperty(SupportsGet = true)] public LoyaltyFilter Filter { get; set; } = new();

    /// <summary>The number clicked: segment, r, f, fromSegment, cohort, monthsSince, repeat, priceClass, serviceGroup, retained.</summary>
    [BindProperty(SupportsGet = true)] public LoyaltySelection Selection { get; set; } = new();

    /// <summary>The page's numbers (null when the filter was refused).</summary>
    public LoyaltyResult? Result { get; private set; }

    /// <summary>What the page did with an as-of date it could use only in part, said above the numbers (<see cref="LoyaltyResult.Notes"/>).</summary>
    public IReadOnlyList<string> Notes => Result?.Notes ?? [];

    /// <summary>What the signed-in reader sees of a customer (names and e-mail in the list and the CSV).</summary>
    public PersonalDataView View => PersonalDataPolicy.ViewOf(User);

    /// <summary>The saved segments the filter form offers, and the one chosen.</summary>
    public Segments.Scope.SegmentChoice SegmentChoice => new(query.SegmentOptions(), Filter.SegmentId);

    /// <summary>The filters' allowed values (none when the filter was refused before they were read).</summary>
    public LoyaltyChoices Choices => Result?.Choices ?? new(null, [], [], []);

    /// <summary>Reads the chosen view (and list); a refused filter gives 400 with the reasons.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedFilter();
        try
        {
            var result = await query.RunAsync(Filter, Selection, ListLimit, ct);
            // the cached list is everyone's: it is masked here, per reader, never in the cache
            Result = result.Customers is null ? result : result with { Customers = [.. PersonalDataPolicy.Apply(result.Customers, View)] };
            return Page();
        }
        catch (LoyaltyFilterException e)   // a region, channel or category the warehouse does not know
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return this.RefusedFilter();
        }
    }

    /// <summary>A table as CSV (default: the customers behind the selection, the marketing target list), named after the filters.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken ct)
    {
        if (!TryResolve(out var scope)) return this.RefusedDownload();
        var name = string.IsNullOrEmpty(table) ? "customers" : table;
        if (!LoyaltyTable.Names.Contains(name)) return BadRequest($"Unknown table \"{name}\".");
        ct.ThrowIfCancellationRequested();
        if (name == "customers")   // the marketing target list, up to every customer: streamed, the same rows as the CLI's table
        {
            // a large download: sent from its kept file, or streamed when the gate has a place for it
            if (await downloads.KeptOrAdmitAsync(HttpContext, ct) is { } kept) return kept;
            var customers = query.StreamCustomers(scope, Selection, ct);
            // a stream holds its connection: given back at its end, or with the request if the download never starts
            if (customers is IDisposable held) Response.RegisterForDispose(held);
            return new CsvDownload(scope.FileName(Selection.IsAny ? Selection.Describe() : "all-customers"), LoyaltyCustomer.CsvHeader,
                PersonalDataPolicy.Apply(customers, View).Select(c => c.CsvCells()), table: name);
        }
        var result = LoyaltyTable.Read(query, name, scope, Selection, View);
        return new CsvDownload(scope.FileName(name), result.Header, result.Rows, table: name);
    }

    /// <summary>
    /// A chart as SVG, drawn from the view's cached numbers and rendered once per filter and warehouse state. Its URL carries the
    /// warehouse state, so the browser may keep it: a 200 kB heatmap is not sent again with every page view.
    /// </summary>
    public IActionResult OnGetChart(string? chart, string? size, CancellationToken ct)
    {
        if (!TryResolve(out var scope)) return this.RefusedDownload();
        if (size is not (null or "phone")) return BadRequest($"Unknown size \"{size}\": leave it out, or use phone.");
        ct.ThrowIfCancellationRequested();
        var svg = LoyaltyCharts.Svg(query, scope, chart, phone: size == "phone");
        if (svg is null) return NotFound();
        Response.Headers.CacheControl = "private, max-age=86400";
        return Content(svg, "image/svg+xml; charset=utf-8");
    }

    /// <summary>The fragment a drill-down link ends in: the list's heading, focusable, so the view and the focus move to the list.</summary>
    public const string ListAnchor = "list-heading";

    /// <summary>
    /// A link to this page with the current filters, another view and/or a drill-down selection. A drill-down (a selection shown
    /// on the page) ends in <c>#list-heading</c>: the list opens below the tables, and the browser scrolls to the heading and
    /// focuses it (it has tabindex=-1), with no script.
    /// </summary>
    public string Link(string? view = null, LoyaltySelection? selection = null, string? handler = null, string? table = null)
    {
        var link = ReportLink.To("/loyalty", Result!.Scope.ToFilter() with { View = view ?? Result.Scope.View }, selection,
            new { handler, table });
        return selection is { IsAny: true } && handler is null ? link + "#" + ListAnchor : link;
    }

    /// <summary>The URL of a chart of the current view (see <see cref="OnGetChart"/>): the image is its own request, not inline.</summary>
    public string ChartLink(string name, bool phone = false) =>
        ReportLink.To("/loyalty", Result!.Scope.ToFilter(), new { handler = "Chart", chart = name, size = phone ? "phone" : null, state = Result.State });

    /// <summary>A chart of the current view for every width: the wide drawing, and the phone drawing below the phone breakpoint.</summary>
    public ChartPicture Chart(string name, string alt)
    {
        var (width, height) = LoyaltyCharts.SizeOf(name);
        return new ChartPicture(name, ChartLink(name), ChartLink(name, phone: true), width, height, alt);
    }

    bool TryResolve(out LoyaltyScope scope)
    {
        scope = null!;
        if (!ModelState.IsValid) return false;
        try
        {
            scope = query.Resolve(Filter);
            return true;
        }
        catch (LoyaltyFilterException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return false;
        }
    }
}
