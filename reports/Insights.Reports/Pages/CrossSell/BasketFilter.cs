using Insights.Reports.Filters;
using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.CrossSell;

/// <summary>Which baskets to mine: item level, customers' segment and order period (all optional but the level).</summary>
public record BasketFilter : PeriodFilter
{
    /// <summary>"product" or "category".</summary>
    [OneOf("product", "category", ErrorMessage = "Level must be 'product' or 'category' (not '{0}').")]
    public string Level { get; set; } = "product";

    /// <summary>Only orders of customers whose current RFM segment (mart_customer_rfm) is this one.</summary>
    public string? Segment { get; set; }

    /// <summary>True when items are categories.</summary>
    public bool IsCategoryLevel => string.Equals(Level, "category", StringComparison.OrdinalIgnoreCase);
}
