using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.Overview;

/// <summary>The home page's one filter (GET parameter <c>months</c>): how many months the revenue series shows.</summary>
public sealed record OverviewFilter
{
    /// <summary>Months of revenue by month, the latest last; default two years.</summary>
    [Range(1, MaxMonths, ErrorMessage = "Months must be between 1 and 120.")]
    public int Months { get; set; } = 24;

    /// <summary>The most months shown.</summary>
    public const int MaxMonths = 120;
}
