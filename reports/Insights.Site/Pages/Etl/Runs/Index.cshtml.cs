using Hangfire;
using Insights.Etl;
using Insights.Etl.Jobs;
using Insights.Warehouse.Status;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Site.Pages.Etl.Runs;

/// <summary>
/// ETL runs: per-source history with row counts (read = loaded + quarantined + skipped), each data check's result, links to the
/// quarantined rows, and errors; a button to load a source now.
/// </summary>
public sealed class IndexModel(WarehouseStatusQuery status, CheckResultsQuery checks, EtlRunner runner, EtlProgress progress,
    IBackgroundJobClient jobs, Insights.Warehouse.DuckDbWarehouse warehouse) : PageModel
{
    /// <summary>Whether this site is a read replica: it shows the owner's published run history and loads nothing.</summary>
    public bool IsReplica => warehouse.IsReplica();

    const int RunsShown = 100;

    /// <summary>Show only this source's runs (GET parameter).</summary>
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }

    /// <summary>The runs, newest first.</summary>
    public IReadOnlyList<EtlRun> Runs { get; private set; } = [];

    /// <summary>The data-check results of the listed runs, by run id.</summary>
    public ILookup<long, CheckResult> Checks { get; private set; } = Array.Empty<CheckResult>().ToLookup(c => c.RunId);

    /// <summary>The sources, for the filter and the load buttons (mapped file sources included).</summary>
    public IReadOnlyList<string> Sources => runner.Sources;

    /// <summary>The loads running now, with their phase (a load commits as a whole, so this is how it shows progress).</summary>
    public IReadOnlyList<EtlProgressEntry> Running => progress.Running;

    /// <summary>What the page did with a source it does not know (it shows every source's runs instead, and says so).</summary>
    public string? Notice { get; private set; }

    /// <summary>Reads the runs.</summary>
    public void OnGet()
    {
        var source = runner.Sources.Contains(Source) ? Source : null;
        if (source is null && !string.IsNullOrEmpty(Source))
            Notice = $"There is no source \"{Source}\": showing the runs of every source. Choose one of {string.Join(", ", runner.Sources)}.";
        Runs = status.RecentRuns(RunsShown, source);
        Checks = checks.ForRecentRuns(RunsShown, source);
    }

    /// <summary>Enqueues a load of one source (anti-forgery checked by Razor Pages).</summary>
    public IActionResult OnPostLoad(string source)
    {
        if (!runner.Sources.Contains(source)) return BadRequest();
        if (IsReplica) return StatusCode(StatusCodes.Status409Conflict);   // a read replica loads nothing: loads run on the owner
        jobs.Enqueue<LoadSourceJob>(job => job.Run(source, "manual", false, CancellationToken.None));
        return RedirectToPage(new { source });
    }
}
