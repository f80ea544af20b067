using Insights.Reports.Caching;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>The loyalty report's results by warehouse state (see <see cref="ResultCache"/>).</summary>
public sealed class LoyaltyCache(HybridCache cache) : ResultCache(cache, "loyalty");
