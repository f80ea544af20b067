using Insights.Reports.Limits;
using Insights.Reports.Pages.Loyalty;
using Insights.Reports.Pages.Overview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Reports;

/// <summary>Registers the report queries the site and the CLI share.</summary>
public static class ReportsHostingExtensions
{
    /// <summary>Adds every report query.</summary>
    public static IHostApplicationBuilder AddReports(this IHostApplicationBuilder builder)
    {
        // every expensive computation goes through one gate with a time budget; a page shows its refusal as a filter problem
        builder.Services.AddOptions<ReportLimitsOptions>().BindConfiguration(ReportLimitsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ComputeGate>();
        // the large downloads (target lists of up to every customer, read a chunk at a time) stream up to a bound on their memory;
        // past it the others wait, then get 503
        builder.Services.AddOptions<DownloadLimitsOptions>().BindConfiguration(DownloadLimitsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DownloadGate>().AddSingleton<Export.KeptDownloads>();
        // the currency every money figure is shown in (Site:Currency), one formatter for every page
        builder.Services.AddOptions<Pages.SiteDisplayOptions>().BindConfiguration(Pages.SiteDisplayOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Pages.MoneyFormat>();
        builder.Services.Configure<MvcOptions>(o => o.Filters.Add(new RefusalPageFilter()));
        // a page's queries all read one committed state (a load's commit waits for the handler)
        builder.Services.AddSingleton<ReadScopePageFilter>();
        builder.Services.Configure<MvcOptions>(o => o.Filters.AddService<ReadScopePageFilter>());
        builder.Services.AddSingleton<OverviewQuery>();
        builder.Services.AddSingleton<Pages.Intervals.IntervalsQuery>();
        builder.Services.AddSingleton<Pages.Intervals.IntervalsMart>();
        // the loyalty views' results: computed once per warehouse state and kept in memory (no distributed second level)
        // HybridCache serialises every value it keeps (even with no second level) and keeps none above this size: a cohort
        // heatmap or a page's customer list at SF10 is a few hundred kB, so the 1 MB default is raised rather than lose them
        // (the service complaints view at SF10 holds 31 k open complaints for its backlog and CSV, about 20 MB serialised: at 16 MB
        // it was refused with an error in the log and computed again on every request)
        builder.Services.AddHybridCache(o => o.MaximumPayloadBytes = 128 * 1024 * 1024).AddSerializerFactory<Caching.ResultSerializerFactory>();
        builder.Services.AddSingleton<Caching.WarehouseState>();
        builder.Services.AddSingleton<LoyaltyCache>().AddSingleton<LoyaltyQuery>().AddSingleton<LoyaltyWarmUp>();
        builder.Services.AddSingleton<Caching.AnalyticsCache>().AddSingleton<Pages.AnalyticsWarmUp>().AddSingleton<Caching.WarmUpViews>();
        Pages.CrossSell.CrossSellServices.AddCrossSellQueries(builder.Services);
        Pages.Service.ServiceServices.AddServiceQueries(builder.Services);
        // what the site's warm-up runs after each load (AddReportWarmUp), and the page bench before it measures: the service
        // views' defaults first (a few views), then the loyalty filters (many)
        builder.Services.AddSingleton<Caching.IReportWarmUp>(s => s.GetRequiredService<Pages.Service.ServiceWarmUp>());
        builder.Services.AddSingleton<Caching.IReportWarmUp>(s => s.GetRequiredService<LoyaltyWarmUp>());
        Pages.Customers.CustomerServices.AddCustomerQueries(builder.Services);
        Pages.Segments.SegmentServices.AddSegments(builder.Services);
        Pages.Campaigns.CampaignServices.AddCampaigns(builder.Services);
        // last: the analytical pages' defaults cost the most (seconds to a minute each at SF10), so the cheaper views come first
        builder.Services.AddSingleton<Caching.IReportWarmUp>(s => s.GetRequiredService<Pages.AnalyticsWarmUp>());
        ReserveRequestThreads();
        return builder;
    }

    /// <summary>
    /// Adds the warm-up of report views after each load (the site's; the CLI and the benchmarks do without): the service views'
    /// defaults and the loyalty views of single filters.
    /// </summary>
    public static IHostApplicationBuilder AddReportWarmUp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<Caching.ReportWarmUpOptions>().BindConfiguration(Caching.ReportWarmUpOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<Caching.ReportWarmUpService>();
        return builder;
    }

    /// <summary>Worker threads the pool starts at once, without its usual ramp-up (one new thread every half second or so).</summary>
    public const int MinWorkerThreads = 64;

    // A report request holds its thread while DuckDB runs the query (DuckDB.NET executes synchronously) and while it waits its
    // turn at a compute gate (ComputeGate). Measured: a burst of 15 new loyalty filters blocked every pool thread, Kestrel had none left
    // to send the finished pages, and all 15 answered together after ~6 s instead of one after another from 0.9 s.
    static void ReserveRequestThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < MinWorkerThreads) ThreadPool.SetMinThreads(MinWorkerThreads, completionPorts);
    }
}
