namespace Insights.Tests.Site;

/// <summary>A clock the test sets: the site's TimeProvider, so the ETL stamps its runs and the health check ages them by it.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>What the site takes for now.</summary>
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
