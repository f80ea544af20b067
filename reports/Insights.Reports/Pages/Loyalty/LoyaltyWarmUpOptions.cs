using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>The site's warm-up of single-filter loyalty views after each load (configuration section "Reports:LoyaltyWarmUp").</summary>
public sealed class LoyaltyWarmUpOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Reports:LoyaltyWarmUp";

    /// <summary>Whether the site warms the views at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the site looks for a finished load (seconds).</summary>
    [Range(1, 3600)] public int PollSeconds { get; set; } = 5;
}
