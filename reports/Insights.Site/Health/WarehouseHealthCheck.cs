using Insights.Etl;
using Insights.Warehouse.Status;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Insights.Site.Health;

/// <summary>
/// Readiness: the warehouse answers (Unhealthy when it does not), and every configured source has a successful load younger than
/// <see cref="HealthOptions.MaxLoadAgeHours"/> (Degraded when one is older, or was never loaded: the site serves, with stale or
/// no numbers). "Now" is the same <see cref="TimeProvider"/> the ETL stamps its runs with.
/// </summary>
public sealed class WarehouseHealthCheck(WarehouseStatusQuery status, EtlRunner runner, TimeProvider clock, IOptions<HealthOptions> options)
    : IHealthCheck
{
    /// <summary>The name of the check in the report.</summary>
    public const string Name = "warehouse";

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<SourceFreshness> freshness;
        try
        {
            freshness = status.Freshness();
        }
        catch (Exception e)
        {
            // the exception goes to the log (health checks log a failed check with it), never into the anonymous response
            return Task.FromResult(HealthCheckResult.Unhealthy("The warehouse does not answer.", e));
        }
        var now = clock.GetUtcNow();
        var maxAge = TimeSpan.FromHours(options.Value.MaxLoadAgeHours);
        var sources = runner.Sources
            .Select(source => SourceLoadAge.Of(source, freshness.FirstOrDefault(f => f.Source == source)?.LastSuccessAt, now, maxAge))
            .ToList();
        var stale = sources.Where(s => s.Status != HealthStatus.Healthy).Select(s => s.Source).ToList();
        var data = new Dictionary<string, object> { ["maxLoadAgeHours"] = options.Value.MaxLoadAgeHours, ["sources"] = sources };
        return Task.FromResult(stale.Count == 0
            ? HealthCheckResult.Healthy("Every source loaded within the maximum age.", data)
            : HealthCheckResult.Degraded($"No successful load within {options.Value.MaxLoadAgeHours} h: {string.Join(", ", stale)}.", data: data));
    }
}
