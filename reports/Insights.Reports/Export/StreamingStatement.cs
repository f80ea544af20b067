using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Reports.Export;

/// <summary>
/// One chunk's statement of a download read a chunk at a time, running in DuckDB's streaming mode (its rows are read as they
/// are produced, one vector at a time) and stopped when the request's token fires. Disposing it (once) closes the reader.
/// </summary>
internal sealed class StreamingStatement : IDisposable
{
    readonly DuckDBCommand _command;
    readonly CancellationTokenRegistration _stop;
    int _disposed;

    public StreamingStatement(DuckDBConnection connection, string sql, (string, object?)[] parameters, CancellationToken ct)
    {
        _command = connection.CreateCommand(sql, parameters);
        _command.UseStreamingMode = true;
        _stop = _command.StopWhen(ct);
        try
        {
            Reader = _command.ExecuteReader();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The statement's rows.</summary>
    public DuckDBDataReader Reader { get; } = null!;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        Reader?.Dispose();
        _stop.Dispose();
        _command.Dispose();
    }
}
