namespace Insights.Etl.Sources.Operational.Staged;

/// <summary>The name a worker writes into its manifests (host, process id and a per-host suffix), so a load can say who extracted what.</summary>
/// <param name="Name">The worker's name.</param>
public sealed record ExtractWorkerIdentity(string Name)
{
    /// <summary>A new identity for this process's worker host.</summary>
    public static ExtractWorkerIdentity ForThisHost() =>
        new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}");
}
