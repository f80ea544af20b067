using DuckDB.NET.Data;
using Insights.Warehouse;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Insights.Etl.Sources.Operational.Postgres;

/// <summary>
/// Loads the operational source from PostgreSQL: each table streams out through binary COPY straight into a DuckDB Appender,
/// so no row is materialised and no row-by-row INSERT runs. Column types come from the raw table the rows land in.
/// </summary>
public sealed class OperationalPostgresLoader(IOptions<EtlOptions> options, TimeProvider clock) : ISourceLoader
{
    /// <inheritdoc />
    public string Source => SourceNames.Operational;

    /// <inheritdoc />
    public IReadOnlyList<string> RawTables => OperationalTables.RawTables;

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, CancellationToken cancellationToken)
    {
        // A source that is down throws NpgsqlException here: transient, so the job's retry policy takes it.
        using var source = new NpgsqlConnection(options.Value.Operational.ConnectionString);
        source.Open();
        long rows = 0;
        foreach (var table in OperationalTables.Names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var select = SqlResource.Load<OperationalPostgresLoader>(table + ".sql").Trim().TrimEnd(';');
            rows += BinaryCopyToAppender.Copy(source, select, connection, "raw_" + table, runId, cancellationToken);
        }
        var unusable = UnusableRows.Quarantine(typeof(OperationalTables), connection, runId, Source, clock.GetUtcNow().UtcDateTime);
        return new LoadCounts(rows, rows - unusable, unusable);
    }
}
