using System.Data.Common;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Insights.Reports.Access;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Segments;

/// <summary>What a save asks: a name, a description and the conditions (for an existing segment, its id).</summary>
/// <param name="Id">The segment to replace (null: a new one).</param>
/// <param name="Name">1 to <see cref="SegmentStore.MaxNameLength"/> characters, unique without regard to case.</param>
/// <param name="Description">At most <see cref="SegmentStore.MaxDescriptionLength"/> characters.</param>
/// <param name="Definition">The conditions.</param>
public sealed record SegmentSave(int? Id, string? Name, string? Description, SegmentDefinition Definition);

/// <summary>
/// The saved segments (app_segment and its history tables: migration 0022; no model builds them, so `etl run --full` leaves
/// them alone). Saving checks the name and the conditions, stores the definition as JSON, and evaluates the segment at once,
/// so the list shows its size.
/// </summary>
public sealed class SegmentStore(DuckDbWarehouse warehouse, SegmentQuery query, SegmentEvaluation evaluation, TimeProvider clock)
{
    /// <summary>Longest segment name.</summary>
    public const int MaxNameLength = 80;

    /// <summary>Longest description.</summary>
    public const int MaxDescriptionLength = 1000;

    /// <summary>Most entered and left customers listed on a segment's page (of each).</summary>
    public const int ChangesListed = 50;

    static readonly string ListSql = SqlResource.Load<SegmentStore>("saved_segments.sql");
    static readonly string SaveSql = SqlResource.Load<SegmentStore>("save_segment.sql");
    static readonly string NameTakenSql = SqlResource.Load<SegmentStore>("name_taken.sql");
    static readonly string HistorySql = SqlResource.Load<SegmentStore>("size_history.sql");
    static readonly string ChangesSql = SqlResource.Load<SegmentStore>("latest_changes.sql");

    // Every report page's filter form lists the saved segments, so the list is kept: read again as soon as this process writes
    // a segment (SegmentEvaluation.Changes: a save, an evaluation) or commits a load (CommitGate.Commits), and at most a second
    // after the last read (as WarehouseState's run id). Read per request it was a quarter of a cached service view's CPU
    // under 20 clients at SF10 (a DuckDB statement and connection for a list of a few rows).
    sealed record ListReading(IReadOnlyList<SavedSegment> Segments, long Commits, long Changes, long ValidUntil);
    ListReading? _list;

    /// <summary>Every saved segment with its latest size, by name.</summary>
    public IReadOnlyList<SavedSegment> List(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var now = Environment.TickCount64;
        // both counts before the read: a write or commit after it makes the next call read again
        var commits = warehouse.Gate.Commits;
        var changes = evaluation.Changes;
        if (Volatile.Read(ref _list) is { } seen && now < seen.ValidUntil && seen.Commits == commits && seen.Changes == changes)
            return seen.Segments;
        var segments = Read(null);
        Volatile.Write(ref _list, new ListReading(segments, commits, changes, now + 1000));
        return segments;
    }

    /// <summary>One saved segment, or null.</summary>
    public SavedSegment? Get(int id) => Read(id).SingleOrDefault();

    /// <summary>A segment's size and value at every evaluation, oldest first.</summary>
    public IReadOnlyList<SegmentSize> History(int id)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(HistorySql, ("segment_id", id));
        using var reader = command.ExecuteReader();
        var rows = new List<SegmentSize>();
        while (reader.Read())
            rows.Add(new SegmentSize(reader.GetInt64(0), reader.GetDateTime(1), reader.GetInt64(2), reader.GetDecimal(3), reader.GetInt64(4), reader.GetInt64(5)));
        return rows;
    }

    /// <summary>Who entered and left at the latest evaluation (at most <see cref="ChangesListed"/> of each), as <paramref name="view"/> may see them.</summary>
    public IReadOnlyList<SegmentChange> LatestChanges(int id, PersonalDataView view)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(ChangesSql, ("segment_id", id), ("limit", ChangesListed));
        using var reader = command.ExecuteReader();
        var rows = new List<SegmentChange>();
        while (reader.Read())
            rows.Add(new SegmentChange(reader.GetString(0), reader.GetInt32(1), Text(reader, 2), Text(reader, 3), Text(reader, 4)));
        return [.. PersonalDataPolicy.Apply(rows, view)];
    }

    /// <summary>Every problem of a save (empty: it can be saved): name, description and conditions.</summary>
    public IReadOnlyList<string> Problems(SegmentSave save)
    {
        var problems = new List<string>();
        var name = save.Name?.Trim() ?? "";
        if (name.Length == 0) problems.Add("Give the segment a name.");
        else if (name.Length > MaxNameLength) problems.Add($"The name has at most {MaxNameLength} characters; it has {name.Length}.");
        else if (name.Any(char.IsControl)) problems.Add("The name holds a control character (a line break or tab); write it on one line.");
        if ((save.Description?.Length ?? 0) > MaxDescriptionLength)
            problems.Add($"The description has at most {MaxDescriptionLength} characters; it has {save.Description!.Length}.");
        problems.AddRange(SegmentCompiler.Validate(save.Definition, query.Choices(), query.ModelState()));
        if (problems.Count == 0)
        {
            using var connection = warehouse.OpenConnection();
            if (connection.ExecuteScalar<bool>(NameTakenSql, ("name", name), ("segment_id", save.Id)))
                problems.Add($"A segment named “{name}” exists already; choose another name or open that one.");
            if (save.Id is { } id && Get(id) is null) problems.Add($"There is no segment {id} to save over.");
        }
        return problems;
    }

    /// <summary>Saves and evaluates the segment; returns its id.</summary>
    /// <exception cref="SegmentDefinitionException">The save breaks a rule (every problem listed).</exception>
    public int Save(SegmentSave save, string user, CancellationToken ct)
    {
        int id;
        lock (SegmentEvaluation.Writes)
        {
            var problems = Problems(save);
            if (problems.Count > 0) throw new SegmentDefinitionException(problems);
            // a write connection: it holds no reader's share, so a save from a page (inside its read scope) cannot wait on itself
            using var connection = warehouse.OpenWriteConnection();
            using var transaction = connection.BeginTransaction();
            try
            {
                id = connection.ExecuteScalar<int>(SaveSql, ("segment_id", save.Id), ("name", save.Name!.Trim()), ("description", save.Description?.Trim() ?? ""),
                    ("definition", save.Definition.ToJson()), ("user", user), ("now", clock.GetUtcNow().UtcDateTime));
                transaction.Commit();
                evaluation.Changed();
            }
            catch (DuckDBException e) when (e.ErrorType == DuckDBErrorType.Constraint)
            {
                // the key and the unique name (migration 0029) hold even against a writer outside this process's lock (none
                // today: another process cannot open the file while this one has it): the save is refused, never doubled
                throw new SegmentDefinitionException([$"A segment named “{save.Name!.Trim()}” exists already, or another save took its id at the same moment; try again."]);
            }
        }
        evaluation.Evaluate(id, ct, again: true);
        return id;
    }

    IReadOnlyList<SavedSegment> Read(int? id)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(ListSql, ("segment_id", id));
        using var reader = command.ExecuteReader();
        var rows = new List<SavedSegment>();
        while (reader.Read())
            rows.Add(new SavedSegment(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), SegmentDefinition.FromJson(reader.GetString(3)),
                reader.GetString(4), reader.GetDateTime(5), Nullable<long>(reader, 6), reader.IsDBNull(7) ? null : reader.GetDecimal(7),
                reader.IsDBNull(8) ? null : reader.GetDateTime(8), Nullable<long>(reader, 9), Nullable<long>(reader, 10), Nullable<long>(reader, 11)));
        return rows;
    }

    static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    static T? Nullable<T>(DbDataReader reader, int i) where T : struct => reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);
}
