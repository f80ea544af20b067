using System.ComponentModel.DataAnnotations;

namespace Insights.Warehouse;

/// <summary>Where the DuckDB warehouse lives and how much of the machine it may use (configuration section "Warehouse").</summary>
public sealed class WarehouseOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Warehouse";

    /// <summary>Path of the DuckDB file; relative paths are resolved against the working directory.</summary>
    [Required] public string DatabasePath { get; set; } = "data/insights.duckdb";

    /// <summary>DuckDB worker threads.</summary>
    [Range(1, 64)] public int Threads { get; set; } = 2;

    /// <summary>
    /// DuckDB's memory limit (e.g. "1GB"); beyond it DuckDB spills to disk next to the file instead of growing. Its default,
    /// 80% of RAM, would let one load take the machine. The process needs about half a GiB more than this (DuckDB's memory
    /// outside its buffers, .NET): 900MB keeps a first load of 20 M order lines (SF10) under 1.5 GiB.
    /// </summary>
    [Required, RegularExpression(SizePattern)] public string MemoryLimit { get; set; } = "900MB";

    /// <summary>
    /// DuckDB's memory limit while a load runs in this process (its landing, models, checks, commit and after-load steps); back
    /// to <see cref="MemoryLimit"/> when it ends. The load and the pages share DuckDB's one limit, and a load alone needs most of
    /// <see cref="MemoryLimit"/> at its peak (the profile documents' slices, the fact rebuild): the difference is the pages'
    /// reserve for the one computation the report gate lets run beside a load (Reports:Limits:MaxConcurrentDuringLoad), so a
    /// page no longer takes what the load needs (measured: an SF10 full load under 20 clients ran out of memory at 900MB).
    /// At least <see cref="MemoryLimit"/>; unset (the default, as in the CLI, where no page runs beside a load) or equal to it,
    /// no reserve. The site sets 1300MB (appsettings.json).
    /// </summary>
    [RegularExpression(SizePattern)] public string? LoadMemoryLimit { get; set; }

    /// <summary>
    /// DuckDB's memory limit while the customer scores step after a load (fit, offers, their write) holds every customer's fit and
    /// offers' history in the process's own heap (about half a GiB at SF10): DuckDB's buffers give that up so the process keeps
    /// its budget, instead of both peaking together (measured at SF10, the step alone: 1.73 GiB with 900MB, 1.48 GiB with
    /// 600MB, the same time). Unset (the default, as in the site, whose pages share the limit during a load): no change. The
    /// CLI sets 600MB (cli.settings.json).
    /// </summary>
    [RegularExpression(SizePattern)] public string? ScoresMemoryLimit { get; set; }

    /// <summary>How a memory size is written: a number and a unit (900MB, 1.5GB, 512MiB).</summary>
    public const string SizePattern = @"^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$";

    /// <summary>The limit in force while a load runs: <see cref="LoadMemoryLimit"/>, or <see cref="MemoryLimit"/> when unset.</summary>
    public string LoadLimit => string.IsNullOrWhiteSpace(LoadMemoryLimit) ? MemoryLimit : LoadMemoryLimit;

    /// <summary>
    /// Orders per slice when a load rebuilds the order-line fact: a batch larger than this (a first load of millions of lines)
    /// is built a slice at a time inside the load's transaction, so it fits <see cref="MemoryLimit"/>. Smaller slices need
    /// less memory and take a little longer.
    /// </summary>
    [Range(1, int.MaxValue)] public int ModelChunkOrders { get; set; } = 1_000_000;

    /// <summary>
    /// Customers per slice when a build writes profile documents (mart_customer_profile: every customer on a full build or
    /// its first build after migration 0036, most of them on a source's first load into a loaded warehouse): each slice is
    /// gathered into documents in one statement, so that 1 M customers' ~2 GB of JSON fit <see cref="MemoryLimit"/>.
    /// Smaller slices need less memory and take a little longer.
    /// </summary>
    [Range(1, int.MaxValue)] public int ModelChunkCustomers { get; set; } = 20_000;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MemorySize.TryBytes(MemoryLimit, out var limit) && MemorySize.TryBytes(LoadLimit, out var load) && load < limit)
            yield return new ValidationResult($"LoadMemoryLimit {LoadLimit} is below MemoryLimit {MemoryLimit}: a load needs at least what the pages get.",
                [nameof(LoadMemoryLimit)]);
        if (MemorySize.TryBytes(LoadLimit, out var loads) && !string.IsNullOrWhiteSpace(ScoresMemoryLimit)
            && MemorySize.TryBytes(ScoresMemoryLimit, out var scores) && scores > loads)
            yield return new ValidationResult($"ScoresMemoryLimit {ScoresMemoryLimit} is above the load's limit {LoadLimit}: it lowers DuckDB's share while the step's own heap is large.",
                [nameof(ScoresMemoryLimit)]);
    }
}
