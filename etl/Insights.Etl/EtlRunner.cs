using System.Collections.Concurrent;
using System.Diagnostics;
using Insights.Etl.Sources;
using Insights.Warehouse;
using Insights.Warehouse.Publish;
using Landing = Insights.Etl.Sources.Landing.Landing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insights.Etl;

/// <summary>The outcome of one source load, with the time each of its steps took (see <see cref="EtlSteps"/>).</summary>
public sealed record EtlRunResult(long RunId, string Source, string Status, LoadCounts Counts, IReadOnlyList<string> FailedChecks,
    IReadOnlyList<EtlStepTime> Steps);

/// <summary>How long one step of a load took.</summary>
public sealed record EtlStepTime(string Step, TimeSpan Elapsed);

/// <summary>The steps of a load, in order.</summary>
public static class EtlSteps
{
    /// <summary>Extract, land, quarantine the unusable rows and append the new ones to the raw tables (the source's loader).</summary>
    public const string Land = "land";

    /// <summary>Rebuild the models (dimensions, facts, marts) for what was landed.</summary>
    public const string Models = "models";

    /// <summary>Run the data checks.</summary>
    public const string Checks = "checks";

    /// <summary>Record the run and commit the transaction.</summary>
    public const string Commit = "commit";

    /// <summary>After the commit: the <see cref="IAfterLoad"/> steps (per-customer model scores), each in its own transaction.</summary>
    public const string AfterLoad = "after-load";

    /// <summary>After the after-load steps: the Parquet publication for readers and replicas (when Publish:Folder is set).</summary>
    public const string Publish = "publish";
}

/// <summary>
/// Runs one source load as one DuckDB transaction: land what changed (everything with <c>full</c>), append the new rows to the
/// raw tables, rebuild the models for the keys that changed (all of them with <c>full</c>), run the data checks, record the
/// run with its reconciliation. Readers see the warehouse before or after, never half; a failure rolls everything back
/// (cursors and file checksums included, so the next run picks the same work up) and leaves a 'failed' run row.
/// </summary>
public sealed class EtlRunner(DuckDbWarehouse warehouse, ModelRunner models, IEnumerable<ISourceLoader> loaders, EtlProgress progress,
    IOptions<EtlOptions> options, TimeProvider clock, ILogger<EtlRunner> logger, IEnumerable<IAfterLoad> afterLoads,
    Publisher publisher)
{
    // DuckDB takes one writer at a time per table; serialising the loads of one warehouse file turns a write conflict into a
    // short wait. Per file, not per process: loads of other files (tests, a process hosting several warehouses) never conflict,
    // and one waiting for its extraction workers must not hold them up.
    static readonly ConcurrentDictionary<string, SemaphoreSlim> Writers = new(StringComparer.Ordinal);

    SemaphoreSlim Writer => Writers.GetOrAdd(warehouse.DatabasePath, _ => new SemaphoreSlim(1, 1));

    readonly Dictionary<string, ISourceLoader> _loaders = loaders.ToDictionary(l => l.Source, StringComparer.OrdinalIgnoreCase);

    /// <summary>The sources that can be loaded: the built-in ones first (masters before facts), then the mapped file sources.</summary>
    public IReadOnlyList<string> Sources =>
        SourceNames.All.Where(_loaders.ContainsKey).Concat(_loaders.Keys.Except(SourceNames.All).Order()).ToList();

    /// <summary>
    /// Loads every source in turn (masters first). With <paramref name="full"/> every source re-reads everything, but the models
    /// are rebuilt from scratch once, by the first source; the others' changes then build incrementally on that.
    /// </summary>
    public IReadOnlyList<EtlRunResult> RunAll(string trigger, CancellationToken cancellationToken, bool full = false)
    {
        // one publication for the whole set, after the last source (each would cost a full export)
        var results = Sources.Select((s, i) => Run(s, trigger, cancellationToken, full, rebuildModels: full && i == 0, publish: false)).ToList();
        if (results.Any(Changed)) PublishAfterLoad(results[^1].RunId, results[^1].Source, cancellationToken);
        return results;
    }

    /// <summary>Whether a load changed the warehouse (rows loaded, or models rebuilt), so the after-load steps and publish ran.</summary>
    public static bool Changed(EtlRunResult result) => result.Steps.Any(s => s.Step == EtlSteps.AfterLoad);

    /// <summary>Loads one source; throws (after recording the failure) when the load fails.</summary>
    public EtlRunResult Run(string source, string trigger, CancellationToken cancellationToken, bool full = false) =>
        Run(source, trigger, cancellationToken, full, rebuildModels: full);

    /// <summary>
    /// Loads one source, re-reading everything when <paramref name="full"/>, and rebuilding the models from scratch only when
    /// <paramref name="rebuildModels"/> (otherwise for the keys this run landed); throws after recording a failure. With <paramref name="publish"/> (the default)
    /// it publishes after a load that changed the warehouse when Publish:Folder is set; a caller that loads several sources in
    /// turn passes false and publishes once at the end with <see cref="PublishAfterLoad"/>.
    /// </summary>
    public EtlRunResult Run(string source, string trigger, CancellationToken cancellationToken, bool full, bool rebuildModels,
        bool publish = true)
    {
        if (!_loaders.TryGetValue(source, out var loader))
            throw new ArgumentException($"Unknown source '{source}'. Known sources: {string.Join(", ", _loaders.Keys)}.", nameof(source));

        Writer.Wait(cancellationToken);
        try
        {
            using var loading = warehouse.BeginLoad();
            using var connection = warehouse.OpenWriteConnection();
            var runId = connection.ExecuteScalar<long>(EtlRunSql.Start,
                ("source", loader.Source), ("trigger", trigger), ("full", full), ("now", Now()));
            var watch = Stopwatch.StartNew();
            var steps = new List<EtlStepTime>();
            var step = Stopwatch.StartNew();
            void EndStep(string name)
            {
                steps.Add(new EtlStepTime(name, step.Elapsed));
                step.Restart();
            }
            try
            {
                using var transaction = connection.BeginTransaction();
                progress.Report(runId, loader.Source, full ? "landing every row" : "landing new and changed rows");
                LoadMacros.Declare(connection, options.Value, Now());
                var counts = loader.Load(connection, runId, full, cancellationToken);
                Landing.DropAll(connection);
                EndStep(EtlSteps.Land);
                if (!counts.Reconciles)
                    throw new InvalidOperationException($"Run {runId} does not reconcile: read {counts.Read} <> loaded {counts.Loaded} " +
                                                        $"+ quarantined {counts.Rejected} + skipped {counts.Skipped}.");
                cancellationToken.ThrowIfCancellationRequested();
                // nothing landed and nothing to rebuild or fill (a mart a migration left pending): the models and checks would
                // only re-read what they already hold
                IReadOnlyList<string> failedChecks = [];
                var build = counts.Loaded > 0 || rebuildModels || ModelRunner.Pending(connection).Count > 0;
                var changed = new HashSet<string>(StringComparer.Ordinal);
                if (build)
                {
                    models.Build(connection, runId, rebuildModels, building: model => progress.Report(runId, loader.Source, "building " + model),
                        ct: cancellationToken, changed: changed);
                    EndStep(EtlSteps.Models);
                    progress.Report(runId, loader.Source, "running data checks");
                    failedChecks = models.RunChecks(connection, runId, cancellationToken);
                    EndStep(EtlSteps.Checks);
                }
                // what this run changed, committed with it: an after-load step none of whose inputs changed since it was last
                // current is skipped (a rebuild from scratch tracks nothing: null, anything may have changed)
                RunChanges.Record(connection, runId, rebuildModels ? null : changed);
                var status = failedChecks.Count == 0 ? "succeeded" : "warning";
                connection.ExecuteNonQuery(EtlRunSql.Finish, ("run_id", runId), ("status", status), ("now", Now()),
                    ("read", counts.Read), ("loaded", counts.Loaded), ("rejected", counts.Rejected), ("skipped", counts.Skipped),
                    ("error", failedChecks.Count == 0 ? null : "Data checks failed: " + string.Join(", ", failedChecks)));
                warehouse.Gate.Commit(transaction);
                EndStep(EtlSteps.Commit);
                // still holding the writer: the next load waits, so the steps see exactly this run's state
                if (build)
                {
                    RunAfterLoad(runId, loader.Source, cancellationToken);
                    EndStep(EtlSteps.AfterLoad);
                    if (publish && publisher.Enabled)
                    {
                        PublishCommitted(runId, loader.Source, cancellationToken);
                        EndStep(EtlSteps.Publish);
                    }
                }
                Log.SourceLoaded(logger, loader.Source, runId, counts.Loaded, counts.Rejected, watch.ElapsedMilliseconds,
                    string.Join(", ", steps.Select(s => $"{s.Step} {s.Elapsed.TotalMilliseconds:F0} ms")));
                return new EtlRunResult(runId, loader.Source, status, counts, failedChecks, steps);
            }
            catch (Exception e)
            {
                // The transaction is rolled back by now (disposed); record the failure outside it so it survives.
                var stopped = e is OperationCanceledException && cancellationToken.IsCancellationRequested;
                connection.ExecuteNonQuery(EtlRunSql.Fail, ("run_id", runId), ("now", Now()),
                    ("error", stopped ? "Cancelled: the load was stopped before it committed." : e.Message));
                if (stopped) Log.SourceStopped(logger, loader.Source, runId);   // asked for, not a fault: no stack trace
                else Log.SourceFailed(logger, e, loader.Source, runId);
                throw;
            }
            finally
            {
                progress.Finish(runId);
            }
        }
        finally
        {
            Writer.Release();
        }
    }

    // the run is committed: a failing or cancelled step is logged and left to its own catch-up (the site's warm-up), never
    // reported as a failed load
    void RunAfterLoad(long runId, string source, CancellationToken cancellationToken)
    {
        foreach (var step in afterLoads)
        {
            try
            {
                progress.Report(runId, source, step.Name);
                step.Run(runId, cancellationToken);
            }
            catch (Exception e)
            {
                Log.AfterLoadFailed(logger, e, step.Name, runId);
            }
        }
    }

    /// <summary>
    /// Publishes the committed warehouse when Publish:Folder is set (nothing otherwise); a failure is logged, never a failed load:
    /// the previous publication stays current and the next load publishes again.
    /// </summary>
    public void PublishAfterLoad(long runId, string source, CancellationToken cancellationToken)
    {
        if (!publisher.Enabled) return;
        // as the writer: no load commits while the files are written, so the publication is the state the caller just loaded
        Writer.Wait(cancellationToken);
        try
        {
            PublishCommitted(runId, source, cancellationToken);
        }
        finally
        {
            progress.Finish(runId);
            Writer.Release();
        }
    }

    void PublishCommitted(long runId, string source, CancellationToken cancellationToken)
    {
        try
        {
            progress.Report(runId, source, "publishing");
            publisher.Publish(cancellationToken, exporting: table => progress.Report(runId, source, "publishing " + table));
        }
        catch (Exception e)
        {
            Log.PublishFailed(logger, e, runId);
        }
    }

    DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
