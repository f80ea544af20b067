using Insights.Reports.Pages.Loyalty;
using Insights.Reports.Pages.Overview;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Reports;

/// <summary>Registers the report queries the site and the CLI share.</summary>
public static class ReportsHostingExtensions
{
    /// <summary>Adds every report query.</summary>
    public static IHostApplicationBuilder AddReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OverviewQuery>();
        builder.Services.AddSingleton<Pages.Intervals.IntervalsQuery>();
        builder.Services.AddSingleton<LoyaltyCache>().AddSingleton<LoyaltyQuery>();
        Pages.CrossSell.CrossSellServices.AddCrossSellQueries(builder.Services);
        return builder;
    }
}
