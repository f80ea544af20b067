using System.ComponentModel.DataAnnotations;

namespace Insights.Site.Health;

/// <summary>What readiness expects of the warehouse (configuration section "Health").</summary>
public sealed class HealthOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Health";

    /// <summary>
    /// A source whose last successful load is older than this many hours makes the site Degraded: the loads run every half hour
    /// by default, so a day without one means they have been failing (or not scheduled) for a long time.
    /// </summary>
    [Range(1, 24 * 366)] public int MaxLoadAgeHours { get; set; } = 24;
}
