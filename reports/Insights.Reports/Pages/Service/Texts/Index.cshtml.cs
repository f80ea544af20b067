using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.Service.Texts;

/// <summary>Complaint texts: a search with the matched words highlighted, and the terms characteristic of each category.</summary>
public sealed class IndexModel(TextSearchQuery search, ComplaintTermsQuery terms, ServiceChoicesQuery choices, SegmentScopes segments)
    : ServicePageModel<TextsFilter>(choices, segments, "/service/texts")
{
    /// <summary>The search's results (none without a search).</summary>
    public TextSearchResult Search { get; private set; } = TextSearchResult.None;

    /// <summary>The characteristic terms per category.</summary>
    public IReadOnlyList<CategoryTerm> Terms { get; private set; } = [];

    /// <summary>Searches (when asked) and lists the terms.</summary>
    protected override async Task ReadAsync(CancellationToken ct)
    {
        var found = await search.RunAsync(Filter, ct);
        Search = found with { Hits = [.. PersonalDataPolicy.Apply(found.Hits, View)] };
        Terms = await terms.RunAsync(Filter, ct);
    }

    /// <summary>The search's results as CSV (the same cap as the page: the first <see cref="TextsFilter.MaxResults"/>).</summary>
    public IActionResult OnGetCsv(CancellationToken ct) => !ModelState.IsValid ? this.RefusedDownload()
        : new CsvDownload(FileName("service-complaint-search"), ComplaintHit.CsvHeader,
            PersonalDataPolicy.Apply(search.Run(Filter, ct).Hits, PersonalDataPolicy.ViewOf(User)).Select(h => h.CsvCells()), "search");

    /// <summary>The characteristic terms as CSV.</summary>
    public IActionResult OnGetTermsCsv(CancellationToken ct) => !ModelState.IsValid ? this.RefusedDownload()
        : new CsvDownload(FileName("service-complaint-terms"), CategoryTerm.CsvHeader, terms.Run(Filter, ct).Select(t => t.CsvCells()), "terms");
}
