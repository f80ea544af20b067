using Hangfire;

namespace Insights.Etl.Jobs;

/// <summary>
/// A job another library puts at the head of the start-up chain (Etl:RunOnStart), before the first loads: the demo generator
/// registers one that writes the demo sources. Given the job client and the previous job of the chain (null when it is the
/// first), it enqueues its job after that one and returns the new job's id.
/// </summary>
/// <param name="Enqueue">Enqueues the job after the previous one and returns its id.</param>
public sealed record StartupJob(Func<IBackgroundJobClient, string?, string> Enqueue);
