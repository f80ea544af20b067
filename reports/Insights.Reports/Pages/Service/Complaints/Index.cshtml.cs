using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>Complaints: counts and rates, resolution time, SLA, the open backlog and repeat complainers.</summary>
public sealed class IndexModel(ComplaintsQuery query, ServiceChoicesQuery choices, SegmentScopes segments)
    : ServicePageModel<ComplaintsFilter>(choices, segments, "/service/complaints")
{
    /// <summary>
    /// The numbers, and the rows of the lists the page shows (the first <see cref="ComplaintsFilter.Limit"/>) with customers as
    /// the reader may see them (null when the filter was refused).
    /// </summary>
    public ComplaintsResult? Result { get; private set; }

    /// <summary>
    /// The result as cached for every reader (before the personal-data view is applied): the chart is rendered once from it
    /// (<see cref="Charts.RenderedCharts"/>), where <see cref="Result"/> is a new object per request.
    /// </summary>
    public ComplaintsResult? Shared { get; private set; }

    /// <inheritdoc />
    protected override async Task ReadAsync(CancellationToken ct)
    {
        var result = Shared = await query.RunAsync(Filter, ct);
        Result = result with
        {
            // only the rows the page shows: at SF10 the backlog has 31 k rows, and masking them all on every request cost more
            // than the rest of the page (counts and age buckets come from Shared)
            Backlog = [.. PersonalDataPolicy.Apply(result.Backlog.Take(Filter.Limit), View)],
            RepeatComplainers = [.. PersonalDataPolicy.Apply(result.RepeatComplainers.Take(Filter.Limit), View)],
        };
    }

    /// <summary>One table as CSV, every row: groups (the breakdown), sla, backlog or repeat-complainers.</summary>
    public IActionResult OnGetCsv(string? table, CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        var name = string.IsNullOrEmpty(table) ? "groups" : table;
        if (name is not ("groups" or "sla" or "backlog" or "repeat-complainers"))
            return BadRequest("Table: use groups, sla, backlog or repeat-complainers.");
        var r = query.Run(Filter, ct);
        return name switch
        {
            "sla" => new CsvDownload(FileName("service-complaints-sla"), SlaRow.CsvHeader, r.Sla.Select(s => s.CsvCells()), name),
            "backlog" => new CsvDownload(FileName("service-complaints-backlog"), BacklogRow.CsvHeader,
                PersonalDataPolicy.Apply(r.Backlog, View).Select(b => b.CsvCells()), name),
            "repeat-complainers" => new CsvDownload(FileName("service-repeat-complainers"), RepeatComplainerRow.CsvHeader,
                PersonalDataPolicy.Apply(r.RepeatComplainers, View).Select(c => c.CsvCells()), name),
            _ => new CsvDownload(FileName($"service-complaints-by-{r.By}"), ComplaintGroupRow.CsvHeader(r.By), r.Groups.Select(g => g.CsvCells()), name),
        };
    }
}
