using Insights.Reports.Pages.CrossSell.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Reports.Pages.CrossSell;

/// <summary>The cross-sell report's query classes (shared by its pages and `report cross-sell`).</summary>
public static class CrossSellServices
{
    /// <summary>Registers the cross-sell queries.</summary>
    public static IServiceCollection AddCrossSellQueries(this IServiceCollection services)
    {
        services.AddSingleton<BasketQuery>();
        services.AddSingleton<RulesQuery>();
        services.AddSingleton<SegmentsQuery>();
        services.AddSingleton<Sequences.SequencesQuery>();
        services.AddSingleton<WhiteSpace.WhiteSpaceQuery>();
        services.AddSingleton<Offers.OffersQuery>();
        services.AddSingleton<Offers.OffersBacktest>();
        services.AddSingleton<Offers.OffersCache>();
        services.AddSingleton<Offers.OffersWarmUp>();
        services.AddSingleton<Caching.IReportWarmUp>(s => s.GetRequiredService<Offers.OffersWarmUp>());
        services.AddSingleton<Opportunities.OpportunitiesQuery>();
        return services;
    }
}
