using Hangfire;
using Insights.Etl.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Demo;

/// <summary>Registers the demo-world generator: its options and preparer, and (for the site) its first-start job.</summary>
public static class DemoHostingExtensions
{
    /// <summary>Adds the demo options (section "Demo", validated at start) and <see cref="DemoSourcePreparer"/>; needs AddEtl.</summary>
    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DemoSourcePreparer>();
        return builder;
    }

    /// <summary>
    /// Adds <see cref="PrepareDemoSourcesJob"/> as the first job of the start-up chain (Etl:RunOnStart), so the demo sources exist
    /// before the first loads read them; needs AddEtlJobs.
    /// </summary>
    public static IHostApplicationBuilder AddDemoJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTransient<PrepareDemoSourcesJob>();
        builder.Services.AddSingleton(new StartupJob((jobs, previous) => previous is null
            ? jobs.Enqueue<PrepareDemoSourcesJob>(job => job.Run())
            : jobs.ContinueJobWith<PrepareDemoSourcesJob>(previous, job => job.Run())));
        return builder;
    }
}
