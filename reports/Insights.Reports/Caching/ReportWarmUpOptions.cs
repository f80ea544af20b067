using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Caching;

/// <summary>The site's warm-up of report views after each load (configuration section "Reports:WarmUp").</summary>
public sealed class ReportWarmUpOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Reports:WarmUp";

    /// <summary>Whether the site warms the views at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Whether the views are computed into this process's caches; false (a process that serves no pages: `insights etl serve`)
    /// runs only the warm-ups that keep warehouse tables current (<see cref="IReportWarmUp.KeepsWarehouseCurrent"/>).
    /// </summary>
    public bool WarmCaches { get; set; } = true;

    /// <summary>How often the site looks for a finished load (seconds).</summary>
    [Range(1, 3600)] public int PollSeconds { get; set; } = 5;
}
