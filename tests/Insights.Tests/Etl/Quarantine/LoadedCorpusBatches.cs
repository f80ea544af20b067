using System.Globalization;
using Insights.Etl;

namespace Insights.Tests.Etl.Quarantine;

/// <summary>A quarantine_row of a batch's run.</summary>
public sealed record QuarantinedRow(string? RowRef, string Reason, string? RawContent, string? SourceFile);

/// <summary>
/// What one batch's load did: the run, its status as recorded, every row it quarantined, the rows it loaded per file
/// (by file name, from the raw tables' _source_file) and, for the accepted cases with a check, the check's value.
/// </summary>
public sealed record BatchOutcome(CorpusBatch Batch, EtlRunResult Result, string RecordedStatus, IReadOnlyList<QuarantinedRow> Quarantined,
    IReadOnlyDictionary<string, long> LoadedByFile, IReadOnlyDictionary<string, string?> CheckValues)
{
    /// <summary>The quarantined rows whose source_file is <paramref name="entry"/>'s file.</summary>
    public IReadOnlyList<QuarantinedRow> QuarantinedFrom(CorpusEntry entry) =>
        Quarantined.Where(r => FileName(r.SourceFile) == Path.GetFileName(entry.Target)).ToList();

    /// <summary>The rows the run loaded from <paramref name="entry"/>'s file.</summary>
    public long LoadedFrom(CorpusEntry entry) => LoadedByFile.GetValueOrDefault(Path.GetFileName(entry.Target));

    public static string? FileName(string? path) => path is null ? null : Path.GetFileName(path);
}

/// <summary>
/// Loads each <see cref="CorpusBatch"/> once, on a copy of the loaded tiny world, when its first case asks, and keeps what the
/// cases assert on (the warehouse copy is deleted at once). The batch's load is the real incremental load of its source.
/// </summary>
public sealed class LoadedCorpusBatches
{
    static readonly Dictionary<string, string[]> RawTables = new()
    {
        [SourceNames.Contacts] = ["raw_contacts"],
        [SourceNames.Complaints] = ["raw_complaints"],
        [SourceNames.Operational] = ["raw_customers", "raw_products", "raw_orders", "raw_order_lines", "raw_returns"],
    };

    readonly Dictionary<string, Lazy<BatchOutcome>> _outcomes =
        CorpusBatch.All.ToDictionary(b => b.Name, b => new Lazy<BatchOutcome>(() => Load(b)));

    /// <summary>The outcome of <paramref name="batch"/>'s load (loading it on first use).</summary>
    public BatchOutcome Of(CorpusBatch batch) => _outcomes[batch.Name].Value;

    static BatchOutcome Load(CorpusBatch batch)
    {
        using var folder = new TempFolder();
        using var host = LoadedTinyWorld.Copy(folder);
        foreach (var entry in batch.Entries)
            File.Copy(Path.Combine(BadInputCorpus.Folder, entry.File), Path.Combine(host.SourcesFolder, entry.Target), overwrite: true);

        var result = host.Get<EtlRunner>().Run(batch.Source, "test", CancellationToken.None);

        var run = result.RunId;
        var quarantined = host.Rows($"select row_ref, reason, raw_content, source_file from quarantine_row where run_id = {run}")
            .Select(r => new QuarantinedRow((string?)r[0], (string)r[1]!, (string?)r[2], (string?)r[3])).ToList();
        var loaded = RawTables[batch.Source]
            .SelectMany(table => host.Rows($"select _source_file, count(*) from {table} where _run_id = {run} group by _source_file"))
            .GroupBy(r => BatchOutcome.FileName((string?)r[0]) ?? "(no file)")
            .ToDictionary(g => g.Key, g => g.Sum(r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture)));
        var checks = BadInputCorpus.Cases.Accepted
            .Where(c => c.Check is not null && batch.Entries.Any(e => e.Kind == c.Kind))
            .ToDictionary(c => c.Kind, c => Convert.ToString(host.Scalar<object>(c.Check!), CultureInfo.InvariantCulture));
        var status = host.Scalar<string>($"select status from etl_run where run_id = {run}");
        return new BatchOutcome(batch, result, status, quarantined, loaded, checks);
    }
}
