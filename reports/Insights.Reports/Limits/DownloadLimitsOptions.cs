using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Limits;

/// <summary>
/// How many large downloads may stream at once (configuration section "Reports:Downloads"): the target lists read from the
/// marts (loyalty customers, next-best offers, the intervals customers and win-back lists) are up to millions of rows each,
/// and every one running holds DuckDB memory (its sort, its join of the current names) until its last row is out. At SF10, 20
/// clients looping over every download ran them all at once and DuckDB out of its memory limit (5 of 174 failed, issue 22);
/// <see cref="DownloadGate"/> lets <see cref="MaxConcurrent"/> stream and makes the others wait their turn, at most
/// <see cref="MaxWaitSeconds"/>, before they are refused with 503 and Retry-After (before their headers: never a cut file).
/// </summary>
public sealed class DownloadLimitsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Reports:Downloads";

    /// <summary>
    /// Large downloads streaming at once. Each reads with DuckDB's threads and within its one memory limit, so more at once only
    /// share the same cores slower and add memory; two keep the cores busy while a client reads slowly.
    /// </summary>
    [Range(1, 64)] public int MaxConcurrent { get; set; } = 2;

    /// <summary>
    /// Seconds a large download waits for a place before it is refused (503, Retry-After). Its first byte comes after the wait:
    /// a download that finds a place starts at once, one queued behind others starts when one of them ends.
    /// </summary>
    [Range(0, 600)] public int MaxWaitSeconds { get; set; } = 60;
}
