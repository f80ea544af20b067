using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>The real site on a warehouse holding the segments world (its clock is the real one: only conditions without days are checked through it).</summary>
public sealed class SegmentsSite : SiteFactory
{
    /// <summary>Writes the world into the site's warehouse (after the site has started and migrated it).</summary>
    public SegmentsSite Filled()
    {
        SegmentsWorld.Fill(Services.GetRequiredService<DuckDbWarehouse>(), Services.GetRequiredService<ModelRunner>());
        return this;
    }
}
