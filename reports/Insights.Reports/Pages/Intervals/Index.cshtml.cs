using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Intervals;

/// <summary>The purchase-interval report: rhythms, overdue customers, BG/NBD + Gamma-Gamma, CLV and hold-out validation.</summary>
public sealed class IndexModel(IntervalsQuery query, IntervalsMart mart, SegmentScopes segments, DownloadGate downloads) : PageModel
{
    /// <summary>The filters, from the query string.</summary>
    [BindProperty(SupportsGet = true)] public IntervalsFilter Filter { get; set; } = new();

    /// <summary>The page's data.</summary>
    public IntervalsResult Result { get; private set; } = IntervalsResult.Empty();

    /// <summary>The saved segments the filter form offers, and the one chosen.</summary>
    public SegmentChoice SegmentChoice => new(segments.Options(), Filter.SegmentId);

    /// <summary>This page with the current filters and <paramref name="change"/> (e.g. new { sort = "p_alive" }).</summary>
    public string Link(object? change = null) => ReportLink.To("/intervals", Filter, change);

    /// <summary>What the page did with a filter value it read differently (weeks read as days), said above the numbers (<see cref="IntervalsResult.Notes"/>).</summary>
    public IReadOnlyList<string> Notes => Result.Notes;

    /// <summary>Computes the section shown, in days (<see cref="IntervalsFilter.InDays"/>).</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedFilter();
        (Filter, var unitNote) = Filter.InDays();
        try
        {
            Result = await query.RunAsync(Filter, ct) with { UnitNote = unitNote };
            return Page();
        }
        catch (IntervalsFilterException e)   // a rule the warehouse's dates decide (a hold-out past the last purchase...)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return this.RefusedFilter();
        }
    }

    /// <summary>
    /// Every customer's scores as CSV (the same rows as <c>report intervals --format csv</c>): streamed from the scores kept after
    /// the latest load when they answer the filter (<see cref="IntervalsMart"/>), else fitted for this request.
    /// </summary>
    public Task<IActionResult> OnGetCustomersCsvAsync(CancellationToken ct) => Csv(settings =>
        new CsvDownload(CsvFileName.WithFilters("intervals-customers", Request), CustomerScore.CsvHeader,
            (Kept(mart.Customers(settings, Filter.Sort, ct)) ?? IntervalsQuery.Sorted(query.Model(settings, ct).Customers, Filter.Sort))
                .Select(c => c.CsvCells())), ct);

    /// <summary>
    /// The whole win-back list as CSV (the same rows as <c>report intervals --view overdue --format csv</c>): streamed from the
    /// scores kept after the latest load when they answer the filter, else every customer's gaps read for this request.
    /// </summary>
    public Task<IActionResult> OnGetOverdueCsvAsync(CancellationToken ct) => Csv(settings =>
        new CsvDownload(CsvFileName.WithFilters("intervals-overdue", Request), CustomerGaps.CsvHeader,
            (Kept(mart.Overdue(settings, ct)) ?? IntervalsQuery.OverdueCustomers(query.Gaps(settings, ct), settings.OverdueFactor))
                .Select(g => g.CsvCells())), ct);

    // rows streamed from the mart hold a connection: given back at their end, or with the request if the download never starts
    IEnumerable<T>? Kept<T>(StreamedRows<T>? rows)
    {
        if (rows is not null) Response.RegisterForDispose(rows);
        return rows;
    }

    // a refused filter is the client's error, said in plain text; no purchases yet: nothing to download. Both lists have a row
    // per customer: large downloads, which stream when the download gate has a place for them
    async Task<IActionResult> Csv(Func<IntervalsSettings, IActionResult> export, CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        Filter = Filter.InDays().Filter;
        ct.ThrowIfCancellationRequested();
        try
        {
            if (query.Resolve(Filter) is not { } settings) return NotFound();
            return await downloads.KeptOrAdmitAsync(HttpContext, ct) ?? export(settings);
        }
        catch (IntervalsFilterException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return this.RefusedDownload();
        }
    }
}
