using System.ComponentModel.DataAnnotations;

namespace Insights.Etl;

/// <summary>Where the sources are and when they load (configuration section "Etl").</summary>
public sealed class EtlOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Etl";

    /// <summary>Root of the file sources: operational/ (when the operational source is files), contacts/, complaints/.</summary>
    [Required] public string SourcesFolder { get; set; } = "data/sources";

    /// <summary>The operational shop system (customers, products, orders, order lines, returns).</summary>
    [Required] public OperationalSourceOptions Operational { get; set; } = new();

    /// <summary>Cron expression for every source's recurring load (5 fields, or 6 with seconds).</summary>
    [Required] public string Schedule { get; set; } = "*/30 * * * *";

    /// <summary>Per-source cron expressions that override <see cref="Schedule"/> (e.g. "operational": "*/5 * * * *").</summary>
    public Dictionary<string, string> Schedules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cron schedule of <paramref name="source"/>.</summary>
    public string ScheduleOf(string source) => Schedules.TryGetValue(source, out var cron) ? cron : Schedule;

    /// <summary>File sources in the user's own layout, each loaded as its own source.</summary>
    public List<MappedFileSourceOptions> MappedFiles { get; set; } = [];

    /// <summary>
    /// Events (orders, returns, sign-ups, contacts, complaints) dated before this day are quarantined: a time like 0001-01-01 or
    /// 1850-01-05 is a placeholder or a typo, not history to count.
    /// </summary>
    public DateOnly EarliestDate { get; set; } = new(1900, 1, 1);

    /// <summary>
    /// Events dated after the load's time plus this much are quarantined (a purchase in 2099 has not happened); the tolerance
    /// allows for clocks and time zones of the source systems.
    /// </summary>
    public TimeSpan FutureTolerance { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Where extraction workers (`insights worker`) write the PostgreSQL operational source's Parquet batches for the owner to
    /// load: a local path or a share every worker and the owner mount at the same path. Unset (the default), the owner extracts
    /// in its own process; set, the owner needs Hangfire's PostgreSQL storage (the workers take their jobs from it). See
    /// docs/scale.md, "Extraction workers".
    /// </summary>
    public string? StagingFolder { get; set; }

    /// <summary>How long the owner waits for the workers to commit every batch of a run before the load fails (and is retried).</summary>
    public TimeSpan ExtractTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a run's partition jobs may stay enqueued while none of them is processing before the owner enqueues them again:
    /// a worker thread that fetched a job and stalled (Hangfire.PostgreSql hides a fetched job from the other workers for its
    /// invisibility timeout, renewed while the worker lives) would otherwise hold the load to <see cref="ExtractTimeout"/>.
    /// A job enqueued twice runs once (the second fetch finds it no longer enqueued).
    /// </summary>
    public TimeSpan ExtractStallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Enqueue a load of every source when the site starts.</summary>
    public bool RunOnStart { get; set; } = true;

    /// <summary>Full path of a sub-folder of <see cref="SourcesFolder"/>.</summary>
    public string FolderOf(string name) => Path.GetFullPath(Path.Combine(SourcesFolder, name));
}

/// <summary>Where the operational source lives.</summary>
public sealed class OperationalSourceOptions
{
    /// <summary>Files (exported CSVs under SourcesFolder/operational) or Postgres (the live database).</summary>
    public OperationalSourceKind Kind { get; set; } = OperationalSourceKind.Files;

    /// <summary>Npgsql connection string, required when <see cref="Kind"/> is Postgres.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How far behind its cursor an incremental extract starts again, to catch rows committed late with an older updated_at
    /// (rows it has already seen are skipped, so a wider window costs time, never duplicates).
    /// </summary>
    public TimeSpan LateCommitWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many connections export the tables at once (all on one snapshot). Two keep a 2-core machine busy: the server writes
    /// one table while the warehouse lands another.
    /// </summary>
    public int ExtractConnections { get; set; } = 2;

    /// <summary>
    /// With extraction workers (<see cref="EtlOptions.StagingFolder"/>): how many key ranges each table is cut into, each one
    /// partition job on the extract queue. More than the workers keeps them all busy to the end.
    /// </summary>
    public int PartitionsPerTable { get; set; } = 4;
}

/// <summary>The kinds of operational source.</summary>
public enum OperationalSourceKind
{
    /// <summary>CSV exports in SourcesFolder/operational.</summary>
    Files,

    /// <summary>A PostgreSQL database, extracted with COPY (see OperationalPostgresLoader).</summary>
    Postgres,
}
