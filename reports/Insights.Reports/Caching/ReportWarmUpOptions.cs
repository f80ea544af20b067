using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Caching;

/// <summary>The site's warm-up of report views after each load (configuration section "Reports:WarmUp").</summary>
public sealed class ReportWarmUpOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Reports:WarmUp";

    /// <summary>Whether the site warms the views at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the site looks for a finished load (seconds).</summary>
    [Range(1, 3600)] public int PollSeconds { get; set; } = 5;
}
