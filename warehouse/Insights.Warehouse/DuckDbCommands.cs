using DuckDB.NET.Data;

namespace Insights.Warehouse;

/// <summary>Small extensions for running parameterised statements ($name parameters only; values never go into SQL text).</summary>
public static class DuckDbCommands
{
    /// <summary>Runs a statement (or a script of several) with named parameters; returns the affected row count.</summary>
    public static int ExecuteNonQuery(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand(sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// Runs a statement with named parameters, interrupted when <paramref name="ct"/> fires (a model or check of a load can run
    /// for minutes at scale; a stopping process should not wait for it); returns the affected row count.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> fired before or while the statement ran.</exception>
    public static int ExecuteNonQuery(this DuckDBConnection connection, CancellationToken ct, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand(sql, parameters);
        return command.RunStopping(ct, c => c.ExecuteNonQuery());
    }

    /// <summary>Runs a query returning one value, converted to <typeparamref name="T"/>.</summary>
    public static T ExecuteScalar<T>(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Creates a command with its parameters bound.</summary>
    public static DuckDBCommand CreateCommand(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return command;
    }
}
