using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.Service.Attribution;

/// <summary>Filter of "What contacts lead to": the shared period, region and segment, and the follow-up window N.</summary>
public sealed record AttributionFilter : ServiceFilter
{
    /// <summary>The follow-up window N in calendar days: an order on day N after the contact counts, on day N + 1 it does not.</summary>
    [Range(1, 365, ErrorMessage = "The follow-up window must be between 1 and 365 days.")]
    public int Days { get; set; } = 14;

    /// <summary>The filter as attribution.sql's $parameters.</summary>
    public (string Name, object? Value)[] Parameters() => [.. SharedParameters(), ("days", Days)];
}
