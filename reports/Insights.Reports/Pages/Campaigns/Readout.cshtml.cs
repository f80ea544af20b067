using System.Globalization;
using Insights.Reports.Access;
using Insights.Reports.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>A campaign's readout (/campaigns/{id}): the window's progress, per group figures, the differences with their intervals, CSVs.</summary>
public sealed class ReadoutModel(CampaignReadoutQuery query, CampaignStore store) : PageModel
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

    /// <summary>The treatment group (the customers the offer goes to) as CSV, names and e-mails as the reader's role may see them.</summary>
    public IActionResult OnGetTreatmentCsv(int id) =>
        store.Get(id) is null ? NotFound()
            : new CsvDownload($"campaign-{id.ToString(CultureInfo.InvariantCulture)}-treatment.csv", TreatmentMember.CsvHeader,
                store.Treatment(id, PersonalDataPolicy.ViewOf(User)).Select(m => m.CsvCells()), "treatment");
}
