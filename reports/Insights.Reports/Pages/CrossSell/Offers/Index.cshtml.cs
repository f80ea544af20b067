using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// Next-best offers per customer with a reason, the campaign target list as CSV (per segment), and the backtest of the offers
/// against popularity (its own section, cached per warehouse state).
/// </summary>
public sealed class IndexModel(OffersQuery query, SegmentsQuery segments, OffersCache cache, SegmentScopes savedSegments, DownloadGate downloads)
    : PageModel
{
    /// <summary>The saved segments the filter form offers, and the one chosen.</summary>
    public SegmentChoice SegmentChoice => new(savedSegments.Options(), Filter.SegmentId);

    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public OffersFilter Filter { get; set; } = new();

    /// <summary>The offers, names as the reader may see them (null when the filter was refused or the backtest is shown).</summary>
    public OffersResult? Result { get; private set; }

    /// <summary>The backtest (section "backtest"; null otherwise or when refused).</summary>
    public BacktestResult? Backtest { get; private set; }

    /// <summary>The segments the filter offers.</summary>
    public IReadOnlyList<SegmentSize> Segments { get; private set; } = [];

    /// <summary>The product categories the filter offers.</summary>
    public IReadOnlyList<string> Categories { get; private set; } = [];

    /// <summary>
    /// Whom the list is for, as the summary says it: the RFM segment's (or all) customers, among the saved segment's members when
    /// one is applied.
    /// </summary>
    public string AudienceText => Filter.AppliedSegment is not { } saved ? Filter.Audience + " customers"
        : string.IsNullOrWhiteSpace(Filter.Segment) ? $"the members of “{saved.Name}”"
        : $"{Filter.Audience} customers among the members of “{saved.Name}”";

    /// <summary>This page with the current filter and <paramref name="change"/> (e.g. new { handler = "Csv" }).</summary>
    public string Link(object? change = null) => ReportLink.To("/cross-sell/offers", Filter, change);

    /// <summary>What the page did on its own (a shorter backtest horizon on a short history), said above the numbers.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Scores the customers, or shows the backtest.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Segments = segments.Run();
        Categories = cache.Categories();
        if (!ModelState.IsValid) return this.RefusedFilter();
        if (Filter.Section == "backtest")
        {
            try
            {
                (Backtest, Filter, var note) = cache.BacktestOrShorter(Filter, ReaderChoseBacktest, ct);
                if (note is not null) Notes.Add(note);
            }
            catch (BacktestRefusedException e)   // a rule the warehouse's dates decide (a cutoff with no data before it...)
            {
                ModelState.AddModelError(string.Empty, e.Message);
                return this.RefusedFilter();
            }
            return Page();
        }
        var result = await Task.Run(() => cache.Offers(Filter, ct), ct);
        Result = result with { Offers = PersonalDataPolicy.Apply(result.Offers, PersonalDataPolicy.ViewOf(User)).ToList() };
        return Page();
    }

    // The backtest tab opens on something to see (a shorter horizon on a short history) unless the reader chose its horizon or cutoff
    bool ReaderChoseBacktest => Filter.Cutoff is not null || Request.Query.Keys.Any(k => k.Equals("horizon", StringComparison.OrdinalIgnoreCase)
        || k.Equals("Filter.Horizon", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The campaign target list (every offer of the filter) as CSV, computed as it is written, names as the reader may see them;
    /// a large download, so it streams when the download gate has a place for it.
    /// </summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        if (await downloads.KeptOrAdmitAsync(HttpContext, ct) is { } kept) return kept;
        var offers = query.Stream(Filter, ct);
        // the mart's stream holds its connection: given back at its end, or with the request if the download never starts
        if (offers is IDisposable held) Response.RegisterForDispose(held);
        return new CsvDownload(Filter.ExportFileName, OfferRow.CsvHeader,
            PersonalDataPolicy.Apply(offers, PersonalDataPolicy.ViewOf(User)).Select(o => o.CsvCells()));
    }
}
