using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Pages.Service;

/// <summary>The service report's options and query classes (shared by its pages and `report service`).</summary>
public static class ServiceServices
{
    /// <summary>Registers the service queries and binds <see cref="ServiceOptions"/> (validated at start).</summary>
    public static IServiceCollection AddServiceQueries(this IServiceCollection services)
    {
        services.AddOptions<ServiceOptions>().BindConfiguration(ServiceOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceOptions>, ServiceOptionsValidator>();
        services.AddSingleton<ServiceChoicesQuery>();
        services.AddSingleton<ServiceCache>();
        services.AddSingleton<Complaints.ComplaintsQuery>();
        services.AddSingleton<Channels.ChannelsQuery>();
        services.AddSingleton<Attribution.AttributionQuery>();
        services.AddSingleton<Texts.TextSearchQuery>();
        services.AddSingleton<Texts.ComplaintTermsQuery>();
        services.AddSingleton<Returns.ReturnsQuery>();
        services.AddSingleton<ServiceWarmUp>();
        return services;
    }
}
