using Insights.Warehouse;
using Npgsql;

namespace Insights.Demo.Postgres;

/// <summary>
/// Runs the demo operational database's embedded scripts (this class anchors them): the tables before the bulk load and
/// the foreign keys after it.
/// </summary>
static class OperationalSchema
{
    /// <summary>Drops and recreates the operational tables (empty, without foreign keys).</summary>
    public static void Create(string connectionString) => Run(connectionString, "operational_schema.sql");

    /// <summary>Adds the foreign keys; fails if the loaded rows are not consistent.</summary>
    public static void AddConstraints(string connectionString) => Run(connectionString, "operational_constraints.sql");

    static void Run(string connectionString, string fileName)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        // Checking keys over millions of rows can outlast the default 30 s command timeout on a slow machine.
        using var command = new NpgsqlCommand(SqlResource.Load(typeof(OperationalSchema), fileName), connection) { CommandTimeout = 600 };
        command.ExecuteNonQuery();
    }
}
