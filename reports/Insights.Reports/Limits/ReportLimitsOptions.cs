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

    /// <summary>
    /// Computations of every kind together running at once (the customer lookups aside). DuckDB runs all of them on its
    /// <c>Warehouse:Threads</c> threads and within its one memory limit, so more at once only slows each and adds memory; two
    /// per kind across sixteen kinds let 20 clients start 32 at once (measured at SF10: the load ran out of memory under them).
    /// </summary>
    [Range(1, 64)] public int MaxConcurrentTotal { get; set; } = 4;

    /// <summary>
    /// Computations running at once while a load runs in this process: the load (its models, checks and after-load steps) needs
    /// most of DuckDB's memory limit, and a page computation that holds memory it cannot spill makes the load fail. One at a
    /// time, in the reserve DuckDB's limit has during a load (Warehouse:LoadMemoryLimit); two at SF10 made the load run out of
    /// memory. Results already computed for the current state are read from the caches meanwhile, not through the gate.
    /// </summary>
    [Range(1, 64)] public int MaxConcurrentDuringLoad { get; set; } = 1;
}
