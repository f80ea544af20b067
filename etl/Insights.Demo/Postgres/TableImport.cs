using Npgsql;

namespace Insights.Demo.Postgres;

/// <summary>
/// One table's binary COPY stream on a connection of its own, so the streams of all tables can stay open while the
/// generator interleaves their rows. The rows become visible when <see cref="Complete"/> ends the COPY; disposing before
/// that cancels it, and the table stays empty.
/// </summary>
sealed class TableImport : IDisposable
{
    readonly NpgsqlConnection _connection;
    readonly NpgsqlBinaryImporter _importer;

    /// <summary>Opens a connection and starts <c>COPY table (columns) FROM STDIN (FORMAT BINARY)</c>.</summary>
    /// <param name="connectionString">The operational database.</param>
    /// <param name="table">Table name (from code, never from input).</param>
    /// <param name="columns">Column list in the order the caller writes values.</param>
    public TableImport(string connectionString, string table, string columns)
    {
        _connection = new NpgsqlConnection(connectionString);
        try
        {
            _connection.Open();
            // The column list sits next to the code that writes the values in that order, so it lives here, not in a .sql file.
            _importer = _connection.BeginBinaryImport($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>Starts a row and returns the importer to write its values, in column order.</summary>
    public NpgsqlBinaryImporter StartRow()
    {
        _importer.StartRow();
        return _importer;
    }

    /// <summary>Ends the COPY, which commits the rows.</summary>
    public void Complete()
    {
        _importer.Complete();
        _importer.Dispose();
    }

    public void Dispose()
    {
        _importer.Dispose();
        _connection.Dispose();
    }
}
