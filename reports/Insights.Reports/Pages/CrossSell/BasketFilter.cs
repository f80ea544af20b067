using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;
using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.CrossSell;

/// <summary>Which baskets to mine: item level, customers' segment and order period (all optional but the level).</summary>
public record BasketFilter : PeriodFilter, ISegmentFiltered
{
    /// <summary>"product" or "category".</summary>
    [OneOf("product", "category", ErrorMessage = "Level must be 'product' or 'category' (not '{0}').")]
    public string Level { get; set; } = "product";

    /// <summary>Only orders of customers whose current RFM segment (mart_customer_rfm) is this one.</summary>
    [FilterText]
    public string? Segment { get; set; }

    /// <summary>Only the baskets and purchases of this saved segment's members (after the latest load); empty: everyone.</summary>
    public int? SegmentId { get; set; }

    /// <summary>The saved segment resolved (SegmentScopes.TryApply).</summary>
    public SegmentScope? AppliedSegment { get; private set; }

    /// <inheritdoc />
    public void ApplySegment(SegmentScope? scope) => AppliedSegment = scope;

    /// <summary>True when items are categories.</summary>
    public bool IsCategoryLevel => string.Equals(Level, "category", StringComparison.OrdinalIgnoreCase);
}
