using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources.Csv;

/// <summary>
/// Passes a load's CSV exports through <see cref="CsvScreen"/> before DuckDB reads them: refused lines go to quarantine_row with
/// their line number, raw text and reason; the rest is read by DuckDB from the file itself, or from a clean copy in a scratch
/// folder when lines had to be left out or line breaks made uniform (deleted with the gate). The mapping from the file DuckDB
/// reads back to the source file and its line numbers is kept in temporary tables, for the read (_source_file) and for the
/// quarantine of what DuckDB itself refuses (quarantine_csv_rejects.sql).
/// </summary>
public sealed class CsvGate : IDisposable
{
    static readonly string TablesSql = SqlResource.Load(typeof(CsvGate), "csv_gate_tables.sql");
    static readonly string QuarantineSql = SqlResource.Load(typeof(CsvGate), "quarantine_refused_lines.sql");

    readonly DuckDBConnection _connection;
    int _copies;
    readonly string _scratch = Path.Combine(Path.GetTempPath(), "insights-csv-" + Guid.NewGuid().ToString("N"));

    /// <summary>Prepares the gate's tables on <paramref name="connection"/>.</summary>
    public CsvGate(DuckDBConnection connection)
    {
        _connection = connection;
        connection.ExecuteNonQuery(TablesSql);
    }

    /// <summary>Screens <paramref name="path"/>; returns the path DuckDB should read for it.</summary>
    public string Pass(string path, CsvContract contract)
    {
        // a first pass only reads: most exports are clean and DuckDB reads them as they are; only a file that needs a copy is read
        // a second time, to write it
        var screened = CsvScreen.Screen(path, contract);
        var readPath = path;
        if (screened.NeedsCopy)
        {
            Directory.CreateDirectory(_scratch);
            readPath = Path.Combine(_scratch, $"{++_copies}-{Path.GetFileName(path)}");
            using var copy = new FileStream(readPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
            screened = CsvScreen.Screen(path, contract, copy);
        }
        using (var files = _connection.CreateAppender("csv_gate_file"))
            files.CreateRow().AppendValue(readPath).AppendValue(path).EndRow();
        using (var lines = _connection.CreateAppender("csv_gate_line"))
            foreach (var shift in screened.Shifts)
                lines.CreateRow().AppendValue(readPath).AppendValue(shift.FromLine).AppendValue(shift.Offset).EndRow();
        using (var refused = _connection.CreateAppender("csv_gate_refused"))
            foreach (var line in screened.Refused)
                refused.CreateRow().AppendValue(path).AppendValue(line.RowRef).AppendValue(line.Raw).AppendValue(line.Reason).EndRow();
        Refused += screened.Refused.Count;
        return readPath;
    }

    /// <summary>Lines refused so far (by every <see cref="Pass"/>).</summary>
    public long Refused { get; private set; }

    /// <summary>Moves the refused lines into quarantine_row for <paramref name="runId"/>; returns how many.</summary>
    public long Quarantine(long runId, string source, DateTime nowUtc)
    {
        _connection.ExecuteNonQuery(QuarantineSql, ("run_id", runId), ("source", source), ("now", nowUtc));
        return Refused;
    }

    /// <summary>Deletes the clean copies.</summary>
    public void Dispose()
    {
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }
}
