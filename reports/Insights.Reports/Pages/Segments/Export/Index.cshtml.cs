using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Insights.Reports.Access;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Segments.Export;

/// <summary>
/// A saved segment's members for a mail merge (/segments/{id}/export): without a format, the page says how many rows and
/// about how large the file will be, and what the reader's role shows of each customer; with <c>format=csv</c> or
/// <c>format=parquet</c> it sends the file (<see cref="SegmentExport"/>, the same code as `insights segment export`).
/// The page issues a progress key per view, which its download links carry, and shows how far a started export got
/// (<see cref="ExportProgress"/>, polled through <see cref="OnGetProgress"/>).
/// </summary>
public sealed class IndexModel(SegmentStore store, SegmentExport export, ExportProgress progress) : PageModel
{
    /// <summary>The progress key a download reports to (issued by this page's view).</summary>
    [BindProperty(SupportsGet = true, Name = "progress")]
    public string? ProgressKey { get; set; }

    /// <summary>csv or parquet to download; empty to see the export's size first.</summary>
    [BindProperty(SupportsGet = true)]
    [RegularExpression("^(csv|parquet)$", ErrorMessage = "The format is csv or parquet.")]
    public string? Format { get; set; }

    /// <summary>The segment exported.</summary>
    public SavedSegment? Segment { get; private set; }

    /// <summary>Its rows and CSV size (null when the format was refused).</summary>
    public SegmentExportEstimate? Estimate { get; private set; }

    /// <summary>What the reader sees of each customer.</summary>
    public PersonalDataView View => PersonalDataPolicy.ViewOf(User);

    /// <summary>The address of a download in <paramref name="format"/>, carrying this view's progress key.</summary>
    public string DownloadUrl(string format) => Segment!.ExportFileUrl(format) + "&progress=" + ProgressKey;

    /// <summary>The address the page polls for the progress of this view's download.</summary>
    public string ProgressUrl => Segment!.ExportUrl + "?handler=progress&progress=" + ProgressKey;

    /// <summary>The CSV file's name.</summary>
    public string CsvFileName => export.FileName(Segment!, "csv");

    /// <summary>The Parquet file's name.</summary>
    public string ParquetFileName => export.FileName(Segment!, "parquet");

    /// <summary>The page, or the file of the chosen format; 404 for a segment that does not exist.</summary>
    public IActionResult OnGet(string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || store.Get(number) is not { } segment) return NotFound();
        Segment = segment;
        if (!ModelState.IsValid) return Format is null ? this.RefusedFilter() : this.RefusedDownload();
        var source = MemberSource.SavedSegment(segment.Id);
        var view = View;
        var tracker = progress.Track(ProgressKey, Reader);
        switch (Format)
        {
            case "csv":
                return new SegmentCsvDownload(export, source, segment.Name, view, CsvFileName, tracker);
            case "parquet":
                return new ParquetDownload((path, token) => export.WriteParquet(path, source, segment.Name, view, token, tracker.Rows),
                    ParquetFileName, tracker);
        }
        Estimate = export.Estimate(source, segment.Name, view, ct);
        ProgressKey = progress.Issue(Reader, Estimate.Members);
        return Page();
    }

    /// <summary>
    /// How far this reader's export with the page's key got, as JSON (rows, total, done, failed); 404 for a key not issued to
    /// this reader or expired.
    /// </summary>
    public IActionResult OnGetProgress(string id)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || store.Get(number) is null) return NotFound();
        return progress.Get(ProgressKey, Reader) is { } state
            ? new JsonResult(new { rows = state.Rows, total = state.Total, done = state.Done, failed = state.Failed })
            : NotFound();
    }

    string Reader => User.Identity?.Name ?? "";

    /// <summary><paramref name="bytes"/> as the page shows a size (bytes, kB, MB, GB; powers of 1,000).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1_000 => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes",
        < 1_000_000 => (bytes / 1e3).ToString("N1", CultureInfo.InvariantCulture) + " kB",
        < 1_000_000_000 => (bytes / 1e6).ToString("N1", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / 1e9).ToString("N2", CultureInfo.InvariantCulture) + " GB",
    };
}
