using System.Text.Json;
using Insights.Etl.Sources.Contacts;
using Insights.Etl.Sources.Csv;
using Insights.Etl.Sources.Landing;
using Insights.Etl.Sources.Operational;
using Insights.Etl.Sources.Operational.Postgres;
using Insights.Warehouse;

namespace Insights.Tests.Etl.Sources.Operational;

/// <summary>
/// Each operational table's columns are listed once (&lt;table&gt;_columns.sql): the CSV contract DuckDB declares from it, the
/// list read from its text, and the PostgreSQL select are the same columns in the same order.
/// </summary>
public sealed class OperationalColumnsTests : IDisposable
{
    readonly TempFolder _folder = new();

    public static TheoryData<string> Tables() => [.. LandingTables.Operational.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Column_list_read_from_the_script_is_the_one_DuckDB_declares(string table)
    {
        using var host = new WarehouseHost(_folder);
        using var connection = host.Get<DuckDbWarehouse>().OpenConnection();

        OperationalLanding.Columns(connection, LandingTables.Operational.Single(t => t.Name == table));
        using var declared = JsonDocument.Parse(connection.ExecuteScalar<string>("select to_json(getvariable('csv_columns'))::varchar"));

        Assert.Equal(declared.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())),
            OperationalLanding.Columns(table).Columns.Select(c => (c.Name, (string?)c.Type)));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void PostgreSQL_select_reads_the_listed_columns_in_order(string table)
    {
        var names = OperationalLanding.Columns(table).Columns.Select(c => '"' + c.Name + '"');
        var expected = "select " + string.Join(", ", names) + "\n";

        Assert.Contains(expected, OperationalQueries.Select(table, since: null), StringComparison.Ordinal);
        Assert.Contains(expected, OperationalQueries.Select(table, since: new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Raw_table_of_migration_0001_starts_with_the_listed_columns_in_order(string table)
    {
        // 0001 is applied and keeps its own text; the landing maps the listed columns by position onto raw_<table> (columns a
        // later migration added, as 0005's line_amount, and the landing's _run_id and _source_file come after them)
        using var host = new WarehouseHost(_folder);
        var names = OperationalLanding.Columns(table).Names;
        var raw = host.Rows($"select column_name from duckdb_columns() where table_name = 'raw_{table}' order by column_index")
            .Select(r => (string)r[0]!)
            .ToList();

        Assert.Equal(names, raw.Take(names.Count));
    }

    [Fact]
    public void Contact_log_contract_read_from_its_script_is_the_one_DuckDB_declares()
    {
        using var host = new WarehouseHost(_folder);
        using var connection = host.Get<DuckDbWarehouse>().OpenConnection();

        var contract = CsvContract.Declare(connection, typeof(ContactFilesLoader), "contacts_columns.sql");
        using var declared = JsonDocument.Parse(connection.ExecuteScalar<string>("select to_json(getvariable('csv_columns'))::varchar"));

        Assert.Equal(declared.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())),
            contract.Columns.Select(c => (c.Name, (string?)c.Type)));
    }

    public void Dispose() => _folder.Dispose();
}
