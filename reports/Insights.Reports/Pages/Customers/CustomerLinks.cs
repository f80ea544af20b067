namespace Insights.Reports.Pages.Customers;

/// <summary>Where a customer's profile is: every report that lists customers links each one here.</summary>
public static class CustomerLinks
{
    /// <summary>The profile page of the customer with source id <paramref name="customerId"/>.</summary>
    public static string Profile(long customerId) => $"/customers/{customerId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
