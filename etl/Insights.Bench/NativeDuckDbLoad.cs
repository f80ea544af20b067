using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Bench;

/// <summary>
/// DuckDB's own readers on the same world's files (read_csv, read_json) into a scratch database, with typed columns and nothing
/// else: what a load of these files costs before landing, quarantine, models and checks.
/// </summary>
sealed class NativeDuckDbLoad(BenchWorkspace workspace, int threads)
{
    static readonly (string Table, string Folder, string File)[] Inputs =
    [
        ("customers", "operational", "customers.csv"),
        ("products", "operational", "products.csv"),
        ("orders", "operational", "orders.csv"),
        ("order_lines", "operational", "order_lines.csv"),
        ("returns", "operational", "returns.csv"),
        ("contacts", "contacts", "contacts.csv"),
        ("complaints", "complaints", "complaints.jsonl"),
    ];

    /// <summary>Loads every file into its own table of a fresh scratch database; one part per table.</summary>
    public BenchPhase Run(CancellationToken cancellationToken)
    {
        // DuckDbWarehouse is the project's one way to open DuckDB; here it opens the scratch file, never the warehouse.
        using var database = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = workspace.NativeDatabase, Threads = threads }));
        using var connection = database.OpenConnection();
        var meter = new PhaseMeter();
        foreach (var (table, folder, file) in Inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            meter.StartPart();
            connection.ExecuteNonQuery(SqlResource.Load<NativeDuckDbLoad>($"native_{table}.sql"), ("path", workspace.File(folder, file)));
            // create table as reports no row count; counting a fresh table reads its metadata, not its rows. Names are ours.
            meter.EndPart(table, connection.ExecuteScalar<long>($"select count(*) from {table}"));
        }
        return meter.Finish("native", "DuckDB read_csv / read_json of the same files");
    }
}
