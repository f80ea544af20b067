using System.Globalization;
using DuckDB.NET.Data;
using Insights.Etl.Sources.Landing;
using Insights.Warehouse;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Insights.Etl.Sources.Operational.Postgres;

/// <summary>
/// Loads the operational source from PostgreSQL. Each table streams out through binary COPY straight into a DuckDB Appender on
/// its landing table (nothing materialised, no row-by-row INSERT), reading only rows changed since the table's cursor minus the
/// late-commit window: rows committed late with an older updated_at are read again, and the landing step skips what it knows.
/// </summary>
public sealed class OperationalPostgresLoader(IOptions<EtlOptions> options, TimeProvider clock) : ISourceLoader
{
    static readonly string ReadCursorSql = SqlResource.Load<OperationalPostgresLoader>("read_cursor.sql");
    static readonly string WriteCursorSql = SqlResource.Load<OperationalPostgresLoader>("write_cursor.sql");

    // which landing column advances each table's cursor, and whose cursor a table reads from
    static readonly Dictionary<string, (string CursorTable, string? CursorColumn)> Cursors = new()
    {
        ["customers"] = ("customers", "updated_at"),
        ["products"] = ("products", "updated_at"),
        ["orders"] = ("orders", "updated_at"),
        ["order_lines"] = ("orders", null),
        ["returns"] = ("returns", "returned_at"),
    };

    /// <inheritdoc />
    public string Source => SourceNames.Operational;

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken)
    {
        var window = options.Value.Operational.LateCommitWindow;
        var now = clock.GetUtcNow().UtcDateTime;
        // A source that is down throws NpgsqlException here: transient, so the job's retry policy takes it.
        using var source = new NpgsqlConnection(options.Value.Operational.ConnectionString);
        source.Open();
        OperationalLanding.CreateAll(connection);
        var since = Cursors.Values.Select(c => c.CursorTable).Distinct()
            .ToDictionary(t => t, t => full ? null : ReadCursor(connection, t) - window);
        foreach (var table in LandingTables.Operational)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var select = SqlResource.Load<OperationalPostgresLoader>(table.Name + ".sql").Trim().TrimEnd(';')
                .Replace("{since}", Literal(since[Cursors[table.Name].CursorTable]), StringComparison.Ordinal);
            BinaryCopyToAppender.Copy(source, select, connection, table.Landing, "postgres:" + table.Name, cancellationToken);
        }
        var counts = OperationalLanding.Finish(connection, runId, Source, now, rejectedEarlier: 0);
        foreach (var (table, (_, column)) in Cursors)
            if (column is not null)
                connection.ExecuteNonQuery(WriteCursorSql.Replace("{column}", column, StringComparison.Ordinal)
                        .Replace("{raw}", "raw_" + table, StringComparison.Ordinal),
                    ("source", Source), ("table", table), ("run_id", runId));
        return counts;
    }

    static DateTime? ReadCursor(DuckDBConnection connection, string table)
    {
        var value = connection.ExecuteScalar<DateTime?>(ReadCursorSql, ("source", SourceNames.Operational), ("table", table));
        return value;
    }

    // the cursor is ours (a DateTime), never input, so it can be written into the COPY query, which takes no parameters
    static string Literal(DateTime? since) => since is { } at
        ? "timestamptz '" + at.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00'"
        : "'-infinity'::timestamptz";
}
