using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Insights.Site.Health;

/// <summary>One source in the readiness report: its last successful load and how old it is (null: never loaded).</summary>
public sealed record SourceLoadAge(string Source, HealthStatus Status, DateTimeOffset? LastSuccessAt, double? AgeHours)
{
    /// <summary>Healthy within <paramref name="maxAge"/>, Degraded when older or never loaded.</summary>
    public static SourceLoadAge Of(string source, DateTimeOffset? lastSuccessAt, DateTimeOffset now, TimeSpan maxAge)
    {
        var age = now - lastSuccessAt;
        var status = age is { } known && known <= maxAge ? HealthStatus.Healthy : HealthStatus.Degraded;
        return new SourceLoadAge(source, status, lastSuccessAt, age is { } a ? Math.Round(a.TotalHours, 2) : null);
    }
}
