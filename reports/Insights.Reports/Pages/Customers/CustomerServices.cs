using Insights.Reports.Pages.Customers.Scores;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Reports.Pages.Customers;

/// <summary>The customer search and profile queries (shared by the pages and, later, `report customer(s)`).</summary>
public static class CustomerServices
{
    /// <summary>Registers the customer queries.</summary>
    public static IServiceCollection AddCustomerQueries(this IServiceCollection services) =>
        services.AddSingleton<CustomerPageCache>().AddSingleton<CustomerSearchQuery>().AddSingleton<CustomerProfileQuery>()
            // the per-customer model scores and offers: written after every load (IAfterLoad, called by the ETL runner of the
            // site and of the CLI), caught up in the background by the site's warm-up or a profile's first need
            .AddSingleton<CustomerScoresStep>()
            .AddSingleton<Insights.Warehouse.IAfterLoad>(s => s.GetRequiredService<CustomerScoresStep>())
            .AddSingleton<CustomerScoresRefresh>()
            .AddSingleton<Caching.IReportWarmUp>(s => s.GetRequiredService<CustomerScoresRefresh>())
            // the in-memory search index of each warehouse state, read in the background by the site's warm-up
            .AddSingleton<CustomerSearchIndex>()
            .AddSingleton<Caching.IReportWarmUp>(s => s.GetRequiredService<CustomerSearchIndex>())
            // what every profile of a state shares (names, fit, customers with complaints or returns), read before a visitor asks
            .AddSingleton<CustomerProfileWarmUp>()
            .AddSingleton<Caching.IReportWarmUp>(s => s.GetRequiredService<CustomerProfileWarmUp>());
}
