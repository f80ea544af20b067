using Insights.Reports.Limits;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Caching;

/// <summary>
/// The analytical views' results (basket rules, sequences, white space, new-offering opportunities, the intervals page's
/// models and category cycles) by warehouse state and filter (see <see cref="GatedResultCache"/>): each costs seconds to a minute at SF10
/// and changes only when a load commits. None depends on the clock (their dates default from the data), so the state is the key.
/// </summary>
public sealed class AnalyticsCache(HybridCache cache, WarehouseState state, ComputeGate gate) : GatedResultCache(cache, "analytics", state, gate);
