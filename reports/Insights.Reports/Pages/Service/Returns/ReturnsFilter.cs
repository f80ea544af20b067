using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.Service.Returns;

/// <summary>The returns view's filter: the shared service filter (the period is the day of the sale) and the customers listed.</summary>
public sealed record ReturnsFilter : ServiceFilter
{
    /// <summary>The customers who return most, listed.</summary>
    [Range(1, 1000, ErrorMessage = "Customers listed must be between 1 and 1,000.")]
    public int TopCustomers { get; set; } = 20;
}
