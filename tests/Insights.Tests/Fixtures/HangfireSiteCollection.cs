namespace Insights.Tests.Fixtures;

/// <summary>
/// Tests that drive the site's own Hangfire server and its jobs. Hangfire keeps process-wide state (its job storage and
/// logging configuration), so a site host disposed by a test running beside them took its logger factory with it and their
/// job creation failed ("Cannot access a disposed object: LoggerFactory"): they run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireSiteCollection
{
    public const string Name = "Site with its Hangfire jobs";
}
