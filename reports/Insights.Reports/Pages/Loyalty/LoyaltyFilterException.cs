namespace Insights.Reports.Pages.Loyalty;

/// <summary>A filter value the warehouse does not know (an unknown region, a malformed period...); the message says which.</summary>
public sealed class LoyaltyFilterException(string message) : Exception(message);
