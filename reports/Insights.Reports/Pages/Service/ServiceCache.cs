using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Pages.Service;

/// <summary>The service views' results by warehouse state and filter (see <see cref="GatedResultCache"/>).</summary>
public sealed class ServiceCache(HybridCache cache, WarehouseState state, ComputeGate gate) : GatedResultCache(cache, "service", state, gate);
