using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Limits;

/// <summary>
/// How much one report request may take of the server (configuration section "Reports:Limits"): every expensive computation
/// runs behind a gate of <see cref="MaxConcurrent"/> per kind, waits at most <see cref="MaxWaitSeconds"/> for its turn, and is
/// stopped after <see cref="MaxSeconds"/>.
/// </summary>
public sealed class ReportLimitsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Reports:Limits";

    /// <summary>
    /// Seconds one computation may run before it is stopped with a message. The default leaves the slowest legitimate view
    /// measured (the intervals models at a million customers, most of a minute) room, and stops a runaway one long before it
    /// has taken the cores for minutes.
    /// </summary>
    [Range(1, 3600)] public int MaxSeconds { get; set; } = 90;

    /// <summary>
    /// Seconds one computation done for no request may run (<see cref="ComputeGate.BackgroundBudget"/>: the after-load step that
    /// fits every customer's scores and offers, measured at SF10 in minutes on a busy machine); still a bound, so a runaway
    /// step ends.
    /// </summary>
    [Range(1, 86400)] public int BackgroundMaxSeconds { get; set; } = 1800;

    /// <summary>
    /// Seconds a request waits for a place at the gate before the page says "busy, try again" (503): piling up more waiting
    /// requests would only make every one of them late.
    /// </summary>
    [Range(0, 600)] public int MaxWaitSeconds { get; set; } = 15;

    /// <summary>
    /// Computations of one kind (rules, intervals, ...) running at once. Each can take a core and DuckDB's memory: two at a
    /// time on a two-core server keeps the other pages answering.
    /// </summary>
    [Range(1, 64)] public int MaxConcurrent { get; set; } = 2;
}
