using Insights.Reports.Filters;
using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.CrossSell.Opportunities;

/// <summary>Filter of the new-offering opportunities (GET parameters on the page, options in the CLI; the initialisers are the defaults).</summary>
public sealed record OpportunitiesFilter : PeriodFilter
{
    /// <summary>Pairs need at least this many orders (for trends: in the later half).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Minimum orders per pair must be at least 1.")]
    public int MinOrders { get; set; } = 20;

    /// <summary>Rows per list.</summary>
    [Range(1, 10_000, ErrorMessage = "Rows per list must be between 1 and 10,000.")]
    public int Limit { get; set; } = 50;
}
