using System.Globalization;
using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Pages.Segments.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>A campaign's readout (/campaigns/{id}): the window's progress, per group figures, the differences with their intervals, CSVs.</summary>
public sealed class ReadoutModel(CampaignReadoutQuery query, CampaignStore store, SegmentExport export) : PageModel
{
    /// <summary>The readout.</summary>
    public CampaignReadout? Readout { get; private set; }

    /// <summary>Reads the readout; an unknown campaign is 404.</summary>
    public IActionResult OnGet(int id, CancellationToken ct)
    {
        Readout = query.Run(id, ct);
        return Readout is null ? NotFound() : Page();
    }

    /// <summary>The readout as CSV (one row per measure).</summary>
    public IActionResult OnGetCsv(int id, CancellationToken ct) =>
        query.Run(id, ct) is { } readout
            ? new CsvDownload($"campaign-{id.ToString(CultureInfo.InvariantCulture)}-readout.csv", CampaignReadout.CsvHeader, readout.CsvRows(), "readout")
            : NotFound();

    /// <summary>
    /// The treatment group (the customers the offer goes to) for a mail merge: the segment export's rows (name to greet them by,
    /// contact details as the reader's role may see them, top offer) for these customers only, streamed as CSV.
    /// </summary>
    public IActionResult OnGetTreatmentCsv(int id) =>
        store.Get(id) is { } campaign
            ? new SegmentCsvDownload(export, CampaignStore.TreatmentSource(id), campaign.SegmentName, PersonalDataPolicy.ViewOf(User),
                export.FileName($"campaign-{id.ToString(CultureInfo.InvariantCulture)}-treatment", campaign.Name, "csv"))
            : NotFound();

    /// <summary>The same rows as <see cref="OnGetTreatmentCsv"/>, as a Parquet file (DuckDB's own writer).</summary>
    public IActionResult OnGetTreatmentParquet(int id)
    {
        if (store.Get(id) is not { } campaign) return NotFound();
        var view = PersonalDataPolicy.ViewOf(User);
        return new ParquetDownload((path, token) => export.WriteParquet(path, CampaignStore.TreatmentSource(id), campaign.SegmentName, view, token),
            export.FileName($"campaign-{id.ToString(CultureInfo.InvariantCulture)}-treatment", campaign.Name, "parquet"));
    }
}
