using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Limits;

/// <summary>
/// How many large downloads may stream at once (configuration section "Reports:Downloads"): the target lists read from the
/// marts (loyalty customers, next-best offers, the intervals customers and win-back lists) are up to millions of rows each.
/// Sorted whole, each held its every row in DuckDB until its last was out (loyalty customers 215 MiB at SF10), and 20 clients
/// ran DuckDB out of its memory limit (issue 22); they are read a chunk of customers at a time now, and one streaming holds one
/// chunk's sort (at SF10 at most 15 MiB, the offers') beside the table blocks every download shares (about 100 MiB for the four).
/// <see cref="DownloadGate"/> lets <see cref="MaxConcurrent"/> stream and makes the others wait their turn, at most
/// <see cref="MaxWaitSeconds"/>, before they are refused with 503 and Retry-After (before their headers: never a cut file).
/// </summary>
public sealed class DownloadLimitsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Reports:Downloads";

    /// <summary>
    /// Large downloads streaming at once: a bound on memory, not on CPU (each streams at the share of the cores it gets). At
    /// SF10 under 20 clients looping over every download, 24 places served every one (first bytes 4-7 s) but took the site's
    /// peak working set to 2.4-2.5 GiB, over the 2 GiB it must keep; two kept it at 1.9 GiB with the others queued (and
    /// refused after the wait). Two by default; raise it where the memory is there (docs/operations.md).
    /// </summary>
    [Range(1, 64)] public int MaxConcurrent { get; set; } = 2;

    /// <summary>
    /// Seconds a large download waits for a place before it is refused (503, Retry-After). Its first byte comes after the wait:
    /// a download that finds a place starts at once, one queued behind others starts when one of them ends.
    /// </summary>
    [Range(0, 600)] public int MaxWaitSeconds { get; set; } = 60;

    /// <summary>
    /// Megabytes of large downloads kept as files at the current warehouse state, so the same download asked again is sent from
    /// its file without a place (<see cref="Export.KeptDownloads"/>; SF10's four default target lists are about 350 MB); 0 keeps none.
    /// </summary>
    [Range(0, 1_000_000)] public int KeptMegabytes { get; set; } = 2048;
}
