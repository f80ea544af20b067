using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace Insights.Warehouse;

/// <summary>
/// Builds the models (Models/&lt;layer&gt;/&lt;name&gt;.sql, each a plain SELECT) in layer order, inside the caller's transaction:
/// staging models become views; dims, facts and marts are full refreshes of the tables the migrations created.
/// Then runs the data checks (Checks/*.sql, each selecting the rows that break a rule).
/// </summary>
public sealed class ModelRunner(ILogger<ModelRunner> logger)
{
    static readonly string[] Layers = ["staging", "dims", "facts", "marts"];
    const string ModelsPrefix = "Insights.Warehouse.Models";
    const string ChecksPrefix = "Insights.Warehouse.Checks";

    /// <summary>The models in build order, as (layer, name, select statement).</summary>
    public static IReadOnlyList<(string Layer, string Name, string Sql)> Models { get; } = LoadModels();

    /// <summary>The data checks, as (name, select statement).</summary>
    public static IReadOnlyList<(string Name, string Sql)> Checks { get; } =
        SqlResource.List(typeof(ModelRunner).Assembly, ChecksPrefix)
            .Select(r => (Name(r, ChecksPrefix), SqlResource.Read(typeof(ModelRunner).Assembly, r)))
            .ToList();

    /// <summary>Rebuilds every model on <paramref name="connection"/> (the caller owns the transaction).</summary>
    public void BuildAll(DuckDBConnection connection)
    {
        foreach (var (layer, name, sql) in Models)
        {
            var watch = Stopwatch.StartNew();
            if (layer == "staging")
                connection.ExecuteNonQuery($"create or replace view {name} as\n{sql}");
            else
            {
                connection.ExecuteNonQuery($"delete from {name}");
                connection.ExecuteNonQuery($"insert into {name} by name\n{sql}");
            }
            Log.ModelBuilt(logger, name, watch.ElapsedMilliseconds);
        }
    }

    /// <summary>Runs every check and records its failing-row count under <paramref name="runId"/>; returns the failed checks.</summary>
    public IReadOnlyList<string> RunChecks(DuckDBConnection connection, long runId)
    {
        var failed = new List<string>();
        foreach (var (name, sql) in Checks)
        {
            var failing = connection.ExecuteScalar<long>($"select count(*) from (\n{sql}\n)");
            connection.ExecuteNonQuery(
                "insert into etl_check_result (run_id, check_name, failing_rows, checked_at) values ($run, $name, $failing, now() at time zone 'UTC')",
                ("run", runId), ("name", name), ("failing", failing));
            if (failing > 0) failed.Add(name);
        }
        return failed;
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
