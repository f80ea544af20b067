using System.Globalization;
using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Intervals;

/// <summary>The purchase-interval report: rhythms, overdue customers, BG/NBD + Gamma-Gamma, CLV and hold-out validation.</summary>
public sealed class IndexModel(IntervalsQuery query, SegmentScopes segments) : PageModel
{
    /// <summary>The filters, from the query string.</summary>
    [BindProperty(SupportsGet = true)] public IntervalsFilter Filter { get; set; } = new();

    /// <summary>The page's data.</summary>
    public IntervalsResult Result { get; private set; } = IntervalsResult.Empty();

    /// <summary>The saved segments the filter form offers, and the one chosen.</summary>
    public SegmentChoice SegmentChoice => new(segments.Options(), Filter.SegmentId);

    /// <summary>This page with the current filters and <paramref name="change"/> (e.g. new { sort = "p_alive" }).</summary>
    public string Link(object? change = null) => ReportLink.To("/intervals", Filter, change);

    /// <summary>What the page did with a filter value it read differently (weeks read as days), said above the numbers.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Computes the section shown.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedFilter();
        InDays();
        try
        {
            Result = await query.RunAsync(Filter, ct);
            if (Result.Settings is { LastPurchase: { } last } settings && settings.CalibrationEnd > last)
                Notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"The calibration end {settings.CalibrationEnd:yyyy-MM-dd} is {settings.CalibrationEnd.DayNumber - last.DayNumber:N0} days after the last purchase day ({last:yyyy-MM-dd}): T and the days since each customer's last purchase run to it, so customers look less alive than they are. Leave it empty for the last purchase day."));
            return Page();
        }
        catch (IntervalsFilterException e)   // a rule the warehouse's dates decide (a hold-out past the last purchase...)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return this.RefusedFilter();
        }
    }

    /// <summary>Every customer's scores as CSV (the same rows as <c>report intervals --format csv</c>).</summary>
    public IActionResult OnGetCustomersCsv(CancellationToken ct) => Csv(settings =>
        new CsvDownload(CsvFileName.WithFilters("intervals-customers", Request), CustomerScore.CsvHeader,
            IntervalsQuery.Sorted(query.Model(settings, ct).Customers, Filter.Sort).Select(c => c.CsvCells())), ct);

    /// <summary>The whole win-back list as CSV (the same rows as <c>report intervals --view overdue --format csv</c>).</summary>
    public IActionResult OnGetOverdueCsv(CancellationToken ct) => Csv(settings =>
        new CsvDownload(CsvFileName.WithFilters("intervals-overdue", Request), CustomerGaps.CsvHeader,
            IntervalsQuery.OverdueCustomers(query.Gaps(settings, ct), settings.OverdueFactor).Select(g => g.CsvCells())), ct);

    // The page keeps one unit, days, for the model, the gaps and the cycles alike (the CLI still offers weeks, the unit of the
    // CDNOW literature). Without a unit in the address the page's default is days; an old link's unit=weeks is read as days
    // with its horizon converted, and the page says so.
    void InDays()
    {
        var asked = Request.Query.Keys.Any(k => k.Equals("unit", StringComparison.OrdinalIgnoreCase)
            || k.Equals("Filter.Unit", StringComparison.OrdinalIgnoreCase));
        if (Filter.Unit == "days") return;
        if (asked)
            Notes.Add(Filter.Horizon is { } weeks
                ? string.Create(CultureInfo.InvariantCulture, $"This page counts time in days: unit=weeks was read as days, and the horizon of {weeks:0.##} weeks as {weeks * 7:0.##} days. (The CLI's report intervals --unit weeks gives the model in weeks.)")
                : "This page counts time in days: unit=weeks was read as days. (The CLI's report intervals --unit weeks gives the model in weeks.)");
        Filter = Filter with { Unit = "days", Horizon = asked ? Filter.Horizon * 7 : Filter.Horizon };
    }

    // a refused filter is the client's error, said in plain text; no purchases yet: nothing to download
    IActionResult Csv(Func<IntervalsSettings, IActionResult> export, CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        InDays();
        ct.ThrowIfCancellationRequested();
        try
        {
            return query.Resolve(Filter) is { } settings ? export(settings) : NotFound();
        }
        catch (IntervalsFilterException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return this.RefusedDownload();
        }
    }
}
