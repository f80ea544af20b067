using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Insights.Reports.Pages.Segments;

/// <summary>The segment builder's services (shared by the pages, the CLI and the bench).</summary>
public static class SegmentServices
{
    /// <summary>Registers the segment query, store, re-evaluation and export, the re-evaluation after each load, and the page filter applying a report's segmentId.</summary>
    public static IServiceCollection AddSegments(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);   // "today" of "within N days"; the hosts' AddEtl registers the same
        services.AddSingleton<SegmentQuery>().AddSingleton<SegmentEvaluation>().AddSingleton<SegmentStore>().AddSingleton<SegmentRefresh>();
        services.AddSingleton<Export.SegmentExport>().AddSingleton<Export.ExportProgress>();
        services.AddSingleton<Scope.SegmentScopes>();
        // every report page's segmentId is resolved by one page filter, before any handler reads numbers
        services.AddSingleton<Scope.SegmentScopePageFilter>();
        services.Configure<MvcOptions>(o => o.Filters.AddService<Scope.SegmentScopePageFilter>(Scope.SegmentScopePageFilter.Order));
        services.AddSingleton<Caching.IReportWarmUp>(s => s.GetRequiredService<SegmentRefresh>());
        return services;
    }
}
