using Microsoft.Extensions.DependencyInjection;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>The campaigns' services (shared by the pages and the CLI).</summary>
public static class CampaignServices
{
    /// <summary>Registers the campaign store and readout (after <see cref="Segments.SegmentServices.AddSegments"/>: a campaign starts from a saved segment).</summary>
    public static IServiceCollection AddCampaigns(this IServiceCollection services) =>
        services.AddSingleton<CampaignStore>().AddSingleton<CampaignReadoutQuery>();
}
