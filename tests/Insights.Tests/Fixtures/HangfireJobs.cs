using Hangfire;
using Hangfire.Storage;

namespace Insights.Tests.Fixtures;

/// <summary>Waits on a Hangfire job by polling its storage (jobs run on the server's workers, not on the test's thread).</summary>
public static class HangfireJobs
{
    /// <summary>Polls until the job is in <paramref name="state"/>; throws when it fails for good, or on <paramref name="timeout"/>.</summary>
    public static async Task<StateData> WaitForStateAsync(JobStorage storage, string jobId, string state, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            StateData? data;
            using (var connection = storage.GetConnection()) data = connection.GetStateData(jobId);
            if (data?.Name == state) return data;
            if (data?.Name is "Failed" or "Deleted")
                throw new InvalidOperationException($"job {jobId} is {data.Name}, not {state}: {data.Reason} " +
                                                    string.Join("; ", data.Data.Select(d => $"{d.Key}={d.Value}")));
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"job {jobId} did not reach {state} in {timeout.TotalSeconds:F0} s (it is {data?.Name ?? "unknown"})");
            await Task.Delay(100);
        }
    }
}
