using Insights.Reports.Caching;
using Insights.Warehouse;
using Microsoft.Extensions.Logging;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// Re-evaluates saved segments at the warehouse's current state (the latest finished ETL run): each segment's members are
/// compiled and selected afresh, who entered and left since its previous evaluation is recorded, and its size and value go
/// into the history (app_segment_size). Once per segment and state; one callable class, so whatever runs after a load (today
/// the site's warm-up, <see cref="SegmentRefresh"/>, and the CLI's `etl run` at its end) calls <see cref="EvaluateAll"/>.
/// </summary>
public sealed partial class SegmentEvaluation(DuckDbWarehouse warehouse, SegmentQuery query, WarehouseState state, TimeProvider clock,
    ILogger<SegmentEvaluation> logger)
{
    /// <summary>Serialises the writers of the app_segment tables in this process (a save and a re-evaluation).</summary>
    internal static readonly object Writes = new();

    static readonly string EvaluateSql = SqlResource.Load<SegmentEvaluation>("evaluate_segment.sql");
    static readonly string EvaluatedSql = SqlResource.Load<SegmentEvaluation>("evaluated_at_state.sql");
    static readonly string SegmentsSql = SqlResource.Load<SegmentEvaluation>("saved_segments.sql");
    static readonly string DefinitionSql = SqlResource.Load<SegmentEvaluation>("segment_definition.sql");
    static readonly string ForgetStateSql = SqlResource.Load<SegmentEvaluation>("forget_state.sql");

    long _changes;

    /// <summary>How many writes of the segment tables this process has committed (a save, an evaluation): a reader keeping the list takes it as stale when this count moved.</summary>
    internal long Changes => Interlocked.Read(ref _changes);

    /// <summary>Counts a committed write of the segment tables.</summary>
    internal void Changed() => Interlocked.Increment(ref _changes);

    /// <summary>Evaluates every saved segment not yet evaluated at the current state; returns how many it evaluated.</summary>
    public int EvaluateAll(CancellationToken ct)
    {
        var ids = new List<int>();
        using (var connection = warehouse.OpenConnection())
        using (var command = connection.CreateCommand(SegmentsSql, ("segment_id", null)))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) ids.Add(reader.GetInt32(0));
        return ids.Count(id => Evaluate(id, ct, again: false));
    }

    /// <summary>
    /// Evaluates segment <paramref name="id"/> at the current state, unless it was evaluated there already and not
    /// <paramref name="again"/> (a save evaluates again: the conditions changed). Returns whether it evaluated.
    /// A segment whose conditions no longer compile (a value the warehouse lost, model figures not trusted after this load) is
    /// skipped with a warning in the log, so its recorded members stay those of its last evaluation.
    /// </summary>
    public bool Evaluate(int id, CancellationToken ct, bool again)
    {
        lock (Writes)
        {
            var runId = state.Current;
            using var connection = warehouse.OpenWriteConnection();
            if (!again && connection.ExecuteScalar<bool>(EvaluatedSql, ("segment_id", id), ("state_run_id", runId))) return false;
            using var read = connection.CreateCommand(DefinitionSql, ("segment_id", id));
            if (read.ExecuteScalar() is not string json) return false;
            CompiledSegment compiled;
            try
            {
                compiled = SegmentCompiler.Compile(SegmentDefinition.FromJson(json), query.Today, query.SlaHours(), models: query.ModelState());
            }
            catch (SegmentDefinitionException e)
            {
                NotEvaluated(logger, id, e.Problems.Count);
                return false;
            }
            ct.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction();
            if (again)
                connection.ExecuteNonQuery(ForgetStateSql, ("segment_id", id), ("state_run_id", runId));
            SegmentQuery.SelectMembers(connection, compiled, ct);
            connection.ExecuteNonQuery(EvaluateSql, ("segment_id", id), ("state_run_id", runId), ("now", clock.GetUtcNow().UtcDateTime));
            transaction.Commit();
            Changed();
            return true;
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Segment {SegmentId} was not evaluated: its conditions have {Problems} problem(s)")]
    static partial void NotEvaluated(ILogger logger, int segmentId, int problems);
}
