namespace Insights.Warehouse;

/// <summary>
/// Work that runs after every committed load that changed the warehouse, in the process that ran the load (the site's Hangfire
/// job or the CLI's <c>etl run</c>): what cannot be a SQL model because it is computed in C#, such as the per-customer model
/// scores fitted once per load. It lives here, not in the ETL, because the ETL calls it and the reports implement it, and
/// neither references the other. An implementation writes in its own transaction; its failure never undoes the load.
/// </summary>
public interface IAfterLoad
{
    /// <summary>The step's name, for the load's step times and the log.</summary>
    string Name { get; }

    /// <summary>Runs the step for the committed run <paramref name="runId"/>; <paramref name="ct"/> stops it.</summary>
    void Run(long runId, CancellationToken ct);
}
