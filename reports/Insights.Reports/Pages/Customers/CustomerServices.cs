using Microsoft.Extensions.DependencyInjection;

namespace Insights.Reports.Pages.Customers;

/// <summary>The customer search and profile queries (shared by the pages and, later, `report customer(s)`).</summary>
public static class CustomerServices
{
    /// <summary>Registers the customer queries.</summary>
    public static IServiceCollection AddCustomerQueries(this IServiceCollection services) =>
        services.AddSingleton<CustomerSearchQuery>().AddSingleton<CustomerProfileQuery>();
}
