using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insights.Warehouse;

/// <summary>
/// Builds the models in layer order, inside the caller's transaction. Staging models (a SELECT each) become views over the
/// raw landing tables. The other layers are scripts run with $run_id and $full: batch/ collects the keys the run landed,
/// then dims/, facts/ and marts/ (each in file-name order) rebuild the rows of exactly those keys. A full build empties the
/// dims, facts and marts first and treats every landed key as new.
/// A statement that uses $chunk runs once per row of the temporary table batch_chunks (column chunk), which its script fills
/// first: a big batch (a first load of millions of order lines) is then built a slice at a time inside the same transaction,
/// within DuckDB's memory limit, instead of joining every key at once.
/// Then runs the data checks (Checks/*.sql, each selecting the rows that break a rule).
/// </summary>
public sealed class ModelRunner(ILogger<ModelRunner> logger, IOptions<WarehouseOptions> options)
{
    static readonly string[] Layers = ["staging", "batch", "dims", "facts", "marts"];
    const string ModelsPrefix = "Insights.Warehouse.Models";
    const string ChecksPrefix = "Insights.Warehouse.Checks";
    static readonly string RecordCheckResultSql = SqlResource.Load<ModelRunner>("record_check_result.sql");
    static readonly string BatchChunksSql = SqlResource.Load<ModelRunner>("batch_chunks.sql");
    static readonly string PrepareLoyaltyMartsSql = SqlResource.Load<ModelRunner>("prepare_loyalty_marts.sql");
    static readonly string[] LoyaltyMarts = ["mart_customer_order_totals", "mart_customer_rfm", "mart_loyalty_cohort"];

    /// <summary>The models in build order, as (layer, name, select statement).</summary>
    public static IReadOnlyList<(string Layer, string Name, string Sql)> Models { get; } = LoadModels();

    /// <summary>The data checks, as (name, select statement).</summary>
    public static IReadOnlyList<(string Name, string Sql)> Checks { get; } =
        SqlResource.List(typeof(ModelRunner).Assembly, ChecksPrefix)
            .Select(r => (Name(r, ChecksPrefix), SqlResource.Read(typeof(ModelRunner).Assembly, r)))
            .ToList();

    /// <summary>
    /// Builds every model on <paramref name="connection"/> (the caller owns the transaction) for the rows landed by
    /// <paramref name="runId"/>, or from all landed rows when <paramref name="full"/>.
    /// </summary>
    public void Build(DuckDBConnection connection, long runId, bool full, Action<string>? building = null)
    {
        if (full)
            foreach (var (_, name, _) in Models.Where(m => m.Layer is "dims" or "facts" or "marts"))
                connection.ExecuteNonQuery($"delete from {name}");
        // Models order explicitly where order matters; keeping insertion order would pin whole inputs of a full build in memory.
        // (A failed build aborts the transaction, and its connection is dropped: no reset needed on that path.)
        connection.ExecuteNonQuery("set session preserve_insertion_order = false");
        foreach (var (layer, name, sql) in Models)
        {
            building?.Invoke(name);
            var watch = Stopwatch.StartNew();
            if (layer == "staging")
                connection.ExecuteNonQuery($"create or replace view {name} as\n{sql}");
            else
                RunScript(connection, sql, runId, full);
            Log.ModelBuilt(logger, name, watch.ElapsedMilliseconds);
        }
        connection.ExecuteNonQuery("reset session preserve_insertion_order");
    }

    /// <summary>
    /// Rebuilds the loyalty report's marts (per-customer totals, RFM scores, cohorts) from mart_customer_order as a full build
    /// would, on <paramref name="connection"/> (the caller owns the transaction): what the loyalty bench times, and how tests
    /// fill the marts of a world they wrote straight into the fact tables.
    /// </summary>
    public void RebuildLoyaltyMarts(DuckDBConnection connection)
    {
        connection.ExecuteNonQuery(PrepareLoyaltyMartsSql);
        foreach (var name in LoyaltyMarts)
            RunScript(connection, Models.Single(m => m.Name == name).Sql, runId: 0, full: true);
    }

    // a model script statement by statement; one using $chunk runs once per slice of batch_chunks
    void RunScript(DuckDBConnection connection, string sql, long runId, bool full)
    {
        foreach (var statement in SqlScript.Statements(sql))
        foreach (var chunk in SqlScript.Uses(statement, "chunk") ? Chunks(connection) : [null])
            connection.ExecuteNonQuery(statement, ("run_id", runId), ("full", full),
                ("chunk_orders", options.Value.ModelChunkOrders), ("chunk", chunk));
    }

    /// <summary>Runs every check and records its failing-row count under <paramref name="runId"/>; returns the failed checks.</summary>
    public IReadOnlyList<string> RunChecks(DuckDBConnection connection, long runId)
    {
        var failed = new List<string>();
        foreach (var (name, sql) in Checks)
        {
            var failing = connection.ExecuteScalar<long>($"select count(*) from (\n{sql}\n)");
            connection.ExecuteNonQuery(RecordCheckResultSql,
                ("run", runId), ("name", name), ("failing", failing));
            if (failing > 0) failed.Add(name);
        }
        return failed;
    }

    static List<int?> Chunks(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand(BatchChunksSql);
        using var reader = command.ExecuteReader();
        var chunks = new List<int?>();
        while (reader.Read()) chunks.Add(reader.GetInt32(0));
        return chunks;
    }

    static List<(string, string, string)> LoadModels()
    {
        var all = SqlResource.List(typeof(ModelRunner).Assembly, ModelsPrefix);
        return Layers
            .SelectMany(layer => all
                .Where(r => r.StartsWith($"{ModelsPrefix}.{layer}.", StringComparison.Ordinal))
                .Select(r => (layer, Name(r, $"{ModelsPrefix}.{layer}"), SqlResource.Read(typeof(ModelRunner).Assembly, r))))
            .ToList();
    }

    static string Name(string resource, string prefix) => resource[(prefix.Length + 1)..^".sql".Length];
}
