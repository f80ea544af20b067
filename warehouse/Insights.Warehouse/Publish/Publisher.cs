using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insights.Warehouse.Publish;

/// <summary>
/// Exports the star schema (dim_, fct_), the marts (mart_) and the tables a read replica needs besides (etl_run, ref_, app_) as
/// Parquet with DuckDB's own COPY: facts Hive-partitioned by month (one <c>.sql</c> file each names the month's column),
/// everything else one file per table. Every table is read in one transaction, so the files, the row counts and the checksums
/// of the manifest all come from one committed state. The publication is written under a temporary name, checked (the rows in
/// the files' footers against the manifest), renamed, and made current by replacing the pointer file; then the publications
/// beyond <see cref="PublishOptions.Keep"/> are removed. A publish that fails leaves the previous publication current.
/// </summary>
public sealed class Publisher(DuckDbWarehouse warehouse, IOptions<PublishOptions> options, TimeProvider clock, ILogger<Publisher> logger)
{
    static readonly string TablesSql = SqlResource.Load<Publisher>("publish_tables.sql");
    static readonly string ColumnsSql = SqlResource.Load<Publisher>("publish_columns.sql");
    static readonly string SummarySql = SqlResource.Load<Publisher>("publish_summary.sql");
    static readonly string TotalsSql = SqlResource.Load<Publisher>("publish_totals.sql");
    static readonly string RunSql = SqlResource.Load<Publisher>("publish_run.sql");
    static readonly string WholeSql = SqlResource.Load<Publisher>("publish_whole.sql");
    static readonly string FileRowsSql = SqlResource.Load<Publisher>("publish_file_rows.sql");

    // one publish at a time in this process (a load's and an admin's): both would prune the other's folder
    static readonly SemaphoreSlim Single = new(1, 1);

    /// <summary>Whether the owner publishes after each load (<see cref="PublishOptions.Folder"/> is set).</summary>
    public bool Enabled => options.Value.Enabled;

    /// <summary>Publishes to the configured folder (<see cref="PublishOptions.Folder"/>).</summary>
    public PublicationManifest Publish(CancellationToken ct, Action<string>? exporting = null) =>
        Publish(options.Value.FullFolder(), ct, exporting);

    /// <summary>
    /// Publishes the warehouse's committed state under <paramref name="root"/> and makes it current; <paramref name="exporting"/>
    /// hears each table's name before it is written (a load's progress). Throws, leaving the previous publication current, when
    /// a table cannot be written, a fact has no partition rule or <paramref name="ct"/> is cancelled.
    /// </summary>
    public PublicationManifest Publish(string root, CancellationToken ct, Action<string>? exporting = null)
    {
        root = Path.GetFullPath(root);
        Single.Wait(ct);
        try
        {
            Directory.CreateDirectory(root);
            var watch = Stopwatch.StartNew();
            var publishedAt = clock.GetUtcNow();
            // a reader's connection: it never starts in the middle of a load's commit, and holds its snapshot throughout
            using var connection = warehouse.OpenConnection();
            using var transaction = connection.BeginTransaction();
            var runId = connection.ExecuteScalar<long>(RunSql);
            var name = PublicationFolder.NewName(runId, publishedAt);
            var writing = Path.Combine(root, PublicationFolder.WritingPrefix + name);
            Directory.CreateDirectory(writing);
            try
            {
                var tables = new List<PublishedTable>();
                foreach (var (table, kind) in Tables(connection))
                {
                    ct.ThrowIfCancellationRequested();
                    exporting?.Invoke(table);
                    tables.Add(Export(connection, writing, table, kind));
                }
                var manifest = new PublicationManifest(PublicationManifest.CurrentFormat, name, runId, publishedAt, tables);
                File.WriteAllText(Path.Combine(writing, PublicationManifest.FileName), manifest.ToJson());
                ct.ThrowIfCancellationRequested();
                var folder = Path.Combine(root, name);
                Directory.Move(writing, folder);
                PublicationFolder.MakeCurrent(root, name);
                var removed = PublicationFolder.Prune(root, options.Value.Keep);
                Log.Published(logger, name, runId, tables.Count, tables.Sum(t => t.Rows), watch.ElapsedMilliseconds, removed.Count);
                return manifest;
            }
            catch
            {
                TryDelete(writing);
                throw;
            }
        }
        finally
        {
            Single.Release();
        }
    }

    static List<(string Table, string Kind)> Tables(DuckDBConnection connection)
    {
        var tables = new List<(string, string)>();
        using var command = connection.CreateCommand(TablesSql);
        using var reader = command.ExecuteReader();
        while (reader.Read()) tables.Add((reader.GetString(0), reader.GetString(1)));
        return tables;
    }

    static PublishedTable Export(DuckDBConnection connection, string writing, string table, string kind)
    {
        var columns = new List<PublishedColumn>();
        using (var command = connection.CreateCommand(ColumnsSql, ("table", table)))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) columns.Add(new PublishedColumn(reader.GetString(0), reader.GetString(1)));

        long rows;
        string checksum;
        using (var command = connection.CreateCommand(SummarySql, ("table", table)))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            rows = reader.GetInt64(0);
            checksum = reader.GetString(1);
        }

        var totals = new Dictionary<string, decimal?>();
        if (columns.Any(c => c.Name.EndsWith("_amount", StringComparison.Ordinal)))
        {
            using var command = connection.CreateCommand(TotalsSql, ("table", table));
            using var reader = command.ExecuteReader();
            reader.Read();
            for (var i = 0; i < reader.FieldCount; i++)
                totals[reader.GetName(i)] = reader.IsDBNull(i) ? null : Convert.ToDecimal(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        }

        var folder = Path.Combine(writing, table);
        // an empty fact has no month to partition by (DuckDB writes no file for it): it is published as one empty file
        string? partitionedBy = kind == "fact" && rows > 0 ? "month" : null;
        if (partitionedBy is not null)
        {
            if (!SqlResource.Exists<Publisher>(table + ".sql"))
                throw new InvalidOperationException($"Fact {table} has no partition rule: add Publish/{table}.sql (its month column).");
            connection.ExecuteNonQuery(SqlResource.Load<Publisher>(table + ".sql"), ("folder", folder));
        }
        else
        {
            Directory.CreateDirectory(folder);
            connection.ExecuteNonQuery(WholeSql, ("table", table), ("file", Path.Combine(folder, table + ".parquet")));
        }

        var published = new PublishedTable(table, kind, table, partitionedBy, rows, checksum, totals, columns);
        var written = connection.ExecuteScalar<long>(FileRowsSql, ("files", Path.Combine(writing, published.FilesGlob)));
        if (written != rows)
            throw new InvalidOperationException($"The Parquet files of {table} hold {written} rows; the table has {rows}.");
        return published;
    }

    void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            Log.PublishLeftover(logger, e, folder);   // the next publish's prune removes it
        }
    }
}
