using Insights.Etl.Sources.Contacts;
using Insights.Etl.Sources.Csv;
using Insights.Etl.Sources.Operational;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Bench;

/// <summary>
/// DuckDB's own readers on the same world's files (read_csv, read_json) into a scratch database, with typed columns and nothing
/// else: what a load of these files costs before landing, quarantine, models and checks.
/// </summary>
sealed class NativeDuckDbLoad(BenchWorkspace workspace, int threads)
{
    // the CSV files are read with the ETL's own contract (its *_columns.sql declares csv_columns), so both read the same columns
    static readonly (string Table, string Folder, string File, Type? ContractAnchor)[] Inputs =
    [
        ("customers", "operational", "customers.csv", typeof(OperationalLanding)),
        ("products", "operational", "products.csv", typeof(OperationalLanding)),
        ("orders", "operational", "orders.csv", typeof(OperationalLanding)),
        ("order_lines", "operational", "order_lines.csv", typeof(OperationalLanding)),
        ("returns", "operational", "returns.csv", typeof(OperationalLanding)),
        ("contacts", "contacts", "contacts.csv", typeof(ContactFilesLoader)),
        ("complaints", "complaints", "complaints.jsonl", null),
    ];

    /// <summary>Loads every file into its own table of a fresh scratch database; one part per table.</summary>
    public BenchPhase Run(CancellationToken cancellationToken)
    {
        // DuckDbWarehouse is the project's one way to open DuckDB; here it opens the scratch file, never the warehouse.
        using var database = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = workspace.NativeDatabase, Threads = threads }));
        using var connection = database.OpenConnection();
        var meter = new PhaseMeter();
        foreach (var (table, folder, file, contractAnchor) in Inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (contractAnchor is not null) CsvContract.Declare(connection, contractAnchor, $"{table}_columns.sql");
            meter.StartPart();
            connection.ExecuteNonQuery(SqlResource.Load<NativeDuckDbLoad>($"native_{table}.sql"), ("path", workspace.File(folder, file)));
            // create table as reports no row count; counting a fresh table reads its metadata, not its rows. Names are ours.
            meter.EndPart(table, connection.ExecuteScalar<long>($"select count(*) from {table}"));
        }
        return meter.Finish("native", "DuckDB read_csv / read_json of the same files");
    }
}
