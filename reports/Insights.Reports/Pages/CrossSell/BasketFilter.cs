namespace Insights.Reports.Pages.CrossSell;

/// <summary>Which baskets to mine: item level, customers' segment and order period (all optional but the level).</summary>
public class BasketFilter
{
    /// <summary>"product" or "category".</summary>
    public string Level { get; set; } = "product";

    /// <summary>Only orders of customers whose current RFM segment (mart_customer_rfm) is this one.</summary>
    public string? Segment { get; set; }

    /// <summary>Only orders on or after this day.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Only orders on or before this day.</summary>
    public DateOnly? To { get; set; }

    /// <summary>True when items are categories.</summary>
    public bool IsCategoryLevel => string.Equals(Level, "category", StringComparison.OrdinalIgnoreCase);
}
