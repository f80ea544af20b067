using Npgsql;

namespace Insights.Tests.Fixtures;

/// <summary>
/// Holds an exclusive lock on one source table, so a load's extract stops on that table until the lock goes: the test then
/// knows the load is in the middle of its extract (see <see cref="WaitForBlockedReaderAsync"/>) and can cut it off there.
/// </summary>
public sealed class SourceLock : IDisposable
{
    readonly NpgsqlConnection _connection;
    readonly NpgsqlTransaction _transaction;
    readonly string _connectionString;

    public SourceLock(string connectionString, string table)
    {
        _connectionString = connectionString;
        _connection = new NpgsqlConnection(connectionString);
        _connection.Open();
        _transaction = _connection.BeginTransaction();
        using var command = new NpgsqlCommand($"lock table {table} in access exclusive mode", _connection, _transaction);   // our name
        command.ExecuteNonQuery();
    }

    /// <summary>Waits until another session of the database waits for this lock (the extract has reached the table).</summary>
    public async Task WaitForBlockedReaderAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        await using var probe = new NpgsqlConnection(_connectionString);
        await probe.OpenAsync();
        await using var blocked = new NpgsqlCommand(
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'", probe);
        while ((long)(await blocked.ExecuteScalarAsync())! == 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no load reached the locked table in {timeout.TotalSeconds:F0} s");
            await Task.Delay(50);
        }
    }

    /// <summary>Releases the lock (or forgets it, when the server is gone).</summary>
    public void Dispose()
    {
        try { _transaction.Rollback(); } catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { }
        _connection.Dispose();
    }
}
