namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>Parameters of the next-best offer.</summary>
public sealed class OffersFilter : BasketFilter
{
    /// <summary>Creates the filter at category level.</summary>
    public OffersFilter() => Level = "category";

    /// <summary>Offers per customer.</summary>
    public int Top { get; set; } = 3;

    /// <summary>Minimum support of a customer-level pair rule (share of customers buying both).</summary>
    public decimal MinSupport { get; set; } = 0.01m;

    /// <summary>Minimum lift of a rule used for a reason (always above 1: a rule must raise the rate).</summary>
    public decimal MinLift { get; set; } = 1.0m;

    /// <summary>Rows on the page (CSV and CLI: all).</summary>
    public int Limit { get; set; } = 200;
}
