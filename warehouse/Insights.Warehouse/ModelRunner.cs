using System.Diagnostics;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insights.Warehouse;

/// <summary>
/// Builds the models of the declared graph (<see cref="ModelGraph"/>) in dependency order, inside the caller's transaction.
/// Staging models (a SELECT each) become views over the raw landing tables. The others are scripts run with $run_id and
/// $full: the batch steps (batch/) compute once the keys the run touched, as temporary tables every later model and every
/// data check reads; the dims, facts and marts rebuild the rows of exactly those keys. A full build empties its models first
/// and treats every landed key as new.
/// A statement that uses $chunk runs once per row of the batch step's table batch_chunks (column chunk): a big batch (a first
/// load of millions of order lines) is then built a slice at a time inside the same transaction, within DuckDB's memory limit.
/// Then runs the data checks (Checks/*.sql, each selecting the rows that break a rule).
/// </summary>
public sealed partial class ModelRunner(ILogger<ModelRunner> logger, IOptions<WarehouseOptions> options)
{
    const string ModelsPrefix = "Insights.Warehouse.Models";
    const string ChecksPrefix = "Insights.Warehouse.Checks";
    const string MigrationsPrefix = "Insights.Warehouse.Migrations";
    static readonly string RecordCheckResultsSql = SqlResource.Load<ModelRunner>("record_check_results.sql");
    static readonly string BatchChunksSql = SqlResource.Load<ModelRunner>("batch_chunks.sql");
    static readonly string BatchSlicesSql = SqlResource.Load<ModelRunner>("batch_slices.sql");
    static readonly string LandedSql = SqlResource.Load<ModelRunner>("landed.sql");
    static readonly string PendingModelsSql = SqlResource.Load<ModelRunner>("pending_models.sql");
    static readonly string ClearPendingModelsSql = SqlResource.Load<ModelRunner>("clear_pending_models.sql");

    // Lazy rather than a static initialiser, so a bad header surfaces as its own exception (naming the models), not a
    // TypeInitializationException; WarehouseInitializer reads it at start, so the site and the CLI stop there.
    static readonly Lazy<ModelGraph> LazyGraph = new(LoadGraph);

    /// <summary>The model graph, read from the embedded model files; refuses a cycle or a missing input when first read.</summary>
    public static ModelGraph Graph => LazyGraph.Value;

    /// <summary>The models in build order (each after the models it reads).</summary>
    public static IReadOnlyList<Model> Models => Graph.Models;

    /// <summary>The data checks, as (name, select statement).</summary>
    public static IReadOnlyList<(string Name, string Sql)> Checks { get; } = DataChecks.Load(typeof(ModelRunner).Assembly, ChecksPrefix);

    /// <summary>
    /// Builds <paramref name="targets"/> (every model when null) and what they need, on <paramref name="connection"/> (the
    /// caller owns the transaction), for the rows landed by run <paramref name="runId"/>:
    /// <list type="bullet">
    /// <item>without <paramref name="targets"/> and <paramref name="full"/>, every model downstream of a raw table the run
    /// landed rows into (a load that changed any input of a model rebuilds it; the others are current), and every model a
    /// migration left pending (<see cref="Pending"/>), that one in full;</item>
    /// <item>with <paramref name="targets"/>, those models, and the models upstream of them that the run changed;</item>
    /// <item>in every case the staging views and batch steps the built models read, which hold no state of their own.</item>
    /// </list>
    /// With <paramref name="full"/> the targets are emptied and rebuilt with $full; the models they need are brought up to date
    /// for the run only, so a target-only full build (the loyalty bench's, a test world's) leaves the facts as they are. The
    /// batch steps are then the run's too: a model that rebuilds whole under $full (the per-customer marts: totals, RFM,
    /// cohorts, purchase days, the completed-order marts) is rebuilt whole; one that takes its keys from a batch step even
    /// then (dims, facts) rebuilds only the run's keys (in an ETL full build the batch steps hold every key).
    /// A build without <paramref name="targets"/> clears the pending models (in the caller's transaction). Returns the names of
    /// the models built, in order. An ETL build (no targets, not full) adds to <paramref name="changed"/> the lasting relations it
    /// changed (the raw tables landed into, and the dims, facts and marts whose rows it wrote), what the after-load steps are
    /// skipped by (<see cref="RunChanges"/>); any other build adds nothing, as it does not track them.
    /// </summary>
    /// <exception cref="ArgumentException">A target names no model.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> fired: the running statement was interrupted (the caller's
    /// transaction is then rolled back, so the warehouse keeps its last committed state).</exception>
    public IReadOnlyList<string> Build(DuckDBConnection connection, long runId, bool full, IReadOnlyCollection<string>? targets = null,
        Action<string>? building = null, CancellationToken ct = default, ISet<string>? changed = null)
    {
        var plan = Plan(connection, runId, full, targets);
        foreach (var model in plan.Where(p => p.Full && !p.Model.IsStateless))
            connection.ExecuteNonQuery($"delete from {model.Model.Name}");
        // an ETL build (no targets, not full) follows what actually changed, relation by relation: null builds the whole plan
        var changes = targets is null && !full ? new BuildChanges(Landed(connection, runId)) : null;
        var built = new List<string>();
        // Models order explicitly where order matters; keeping insertion order would pin whole inputs of a full build in memory.
        // (A failed build aborts the transaction, and its connection is dropped: no reset needed on that path.)
        connection.ExecuteNonQuery("set session preserve_insertion_order = false");
        foreach (var (model, modelFull) in plan)
        {
            if (changes is not null && !modelFull && !changes.MustBuild(connection, model))
            {
                Log.ModelSkipped(logger, model.Name);
                continue;
            }
            building?.Invoke(model.Name);
            var watch = Stopwatch.StartNew();
            if (model.Layer == "staging")
                connection.ExecuteNonQuery($"create or replace view {model.Name} as\n{model.Sql}");
            else
                RunScript(connection, model.Sql, runId, modelFull, changes, ct);
            changes?.Built(connection, model, modelFull);
            built.Add(model.Name);
            Log.ModelBuilt(logger, model.Name, watch.ElapsedMilliseconds);
        }
        connection.ExecuteNonQuery("reset session preserve_insertion_order");
        if (targets is null) connection.ExecuteNonQuery(ClearPendingModelsSql);
        if (changes is not null && changed is not null) changed.UnionWith(changes.Lasting);
        return built;
    }

    /// <summary>The raw tables holding rows that run <paramref name="runId"/> landed.</summary>
    public static IReadOnlyList<string> Landed(DuckDBConnection connection, long runId) =>
        Graph.Sources
            .Where(source => source.StartsWith("raw_", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            // the table name comes from the graph's own source list (a whitelist), never from input
            .Where(source => connection.ExecuteScalar<bool>(LandedSql.Replace("{raw_table}", source, StringComparison.Ordinal), ("run_id", runId)))
            .ToList();

    /// <summary>
    /// The models a migration created empty and left for the next load to build in full (etl_model_pending), those the graph
    /// still has (a model dropped since its migration is not built).
    /// </summary>
    public static IReadOnlyList<string> Pending(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand(PendingModelsSql);
        using var reader = command.ExecuteReader();
        var pending = new List<string>();
        while (reader.Read())
            if (Graph.Models.Any(m => m.Name == reader.GetString(0))) pending.Add(reader.GetString(0));
        return pending;
    }

    // the models to build, in graph order, each with its own $full
    List<(Model Model, bool Full)> Plan(DuckDBConnection connection, long runId, bool full, IReadOnlyCollection<string>? targets)
    {
        HashSet<string> selected, fullOnes;
        if (targets is null)
        {
            selected = full ? Models.Select(m => m.Name).ToHashSet(StringComparer.Ordinal)
                            : Graph.Downstream(Landed(connection, runId)).ToHashSet(StringComparer.Ordinal);
            // a pending model is built whole; what it reads is current, or brought up to date by this run before it
            fullOnes = full ? selected : Pending(connection).ToHashSet(StringComparer.Ordinal);
            selected.UnionWith(fullOnes);
            // the data checks after an ETL build read every batch step's tables: a run that lands nothing and builds only a
            // pending model needing fewer of them (mart_customer_profile) builds them all the same (empty, for such a run)
            if (selected.Count > 0) selected.UnionWith(Models.Where(m => m.Layer == "batch").Select(m => m.Name));
        }
        else
        {
            fullOnes = targets.Select(t => Graph[t].Name).ToHashSet(StringComparer.Ordinal);
            selected = [.. fullOnes, .. Graph.Upstream(fullOnes).Intersect(Graph.Downstream(Landed(connection, runId)))];
            if (!full) fullOnes = [];
        }
        // the staging views and batch steps the selected models read (through each other), not those of models left as they are
        var pending = new Stack<string>(selected);
        while (pending.TryPop(out var name))
            foreach (var input in Graph[name].Inputs)
                if (Graph.ProducerOf(input) is { IsStateless: true } producer && selected.Add(producer.Name))
                    pending.Push(producer.Name);
        return Models.Where(m => selected.Contains(m.Name)).Select(m => (m, fullOnes.Contains(m.Name))).ToList();
    }

    // a model script statement by statement; one using $chunk runs once per slice of batch_chunks, one using $slice once per
    // slice of batch_slices
    void RunScript(DuckDBConnection connection, string sql, long runId, bool full, BuildChanges? changes, CancellationToken ct)
    {
        foreach (var statement in SqlScript.Statements(sql))
        {
            var affected = 0L;
            var name = SqlScript.Uses(statement, "chunk") ? "chunk" : SqlScript.Uses(statement, "slice") ? "slice" : null;
            List<int?> slices = name switch
            {
                "chunk" => Slices(connection, BatchChunksSql),
                "slice" => Slices(connection, BatchSlicesSql),
                _ => [null],
            };
            foreach (var slice in slices)
                affected += connection.ExecuteNonQuery(ct, statement, ("run_id", runId), ("full", full),
                    ("chunk_orders", options.Value.ModelChunkOrders), ("chunk_customers", options.Value.ModelChunkCustomers),
                    (name ?? "chunk", slice));
            changes?.Wrote(statement, affected);
        }
    }

    /// <summary>Runs every check and records its failing-row count under <paramref name="runId"/>; returns the failed checks.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> fired (the running check is interrupted).</exception>
    public IReadOnlyList<string> RunChecks(DuckDBConnection connection, long runId, CancellationToken ct = default)
    {
        var names = new List<string>(Checks.Count);
        var counts = new List<long>(Checks.Count);
        foreach (var (name, sql) in Checks)
        {
            var watch = Stopwatch.StartNew();
            var failing = DataChecks.Failing(connection, sql, ct);
            Log.CheckRan(logger, name, watch.ElapsedMilliseconds, failing);
            names.Add(name);
            counts.Add(failing);
        }
        connection.ExecuteNonQuery(RecordCheckResultsSql, ("run", runId), ("names", names), ("failing", counts));
        return names.Where((_, i) => counts[i] > 0).ToList();
    }

    // the slices a $chunk or $slice statement runs once for, in order
    static List<int?> Slices(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand(sql);
        using var reader = command.ExecuteReader();
        var chunks = new List<int?>();
        while (reader.Read()) chunks.Add(reader.GetInt32(0));
        return chunks;
    }

    static ModelGraph LoadGraph()
    {
        var assembly = typeof(ModelRunner).Assembly;
        var models = SqlResource.List(assembly, ModelsPrefix).Select(resource =>
        {
            var layerAndName = resource[(ModelsPrefix.Length + 1)..^".sql".Length];
            var dot = layerAndName.IndexOf('.', StringComparison.Ordinal);
            return Model.Parse(layerAndName[..dot], layerAndName[(dot + 1)..], SqlResource.Read(assembly, resource));
        });
        // the source tables are the tables the migrations create (a model's own table is created there too, and counts as the model)
        var sources = SqlResource.List(assembly, MigrationsPrefix)
            .SelectMany(resource => CreatedTable().Matches(SqlResource.Read(assembly, resource)).Select(m => m.Groups["name"].Value));
        return ModelGraph.Create(models, sources);
    }

    [GeneratedRegex(@"^\s*create\s+(?:or\s+replace\s+)?table\s+(?:if\s+not\s+exists\s+)?(?<name>\w+)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex CreatedTable();
}
