using System.Globalization;
using Insights.Etl;
using Insights.Etl.Sources;
using Insights.Etl.Sources.Operational;
using Insights.Etl.Sources.Operational.Postgres;
using Npgsql;

namespace Insights.Tests.Etl.Sources.Operational;

/// <summary>
/// The PostgreSQL extract (CSV COPY on two connections, landed by DuckDB's reader) lands every value exactly as the source
/// holds it: text with the characters CSV quotes, empty strings that are not nulls, and timestamps from a server whose time
/// zone is not UTC.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresExtractTests : IDisposable
{
    readonly PostgresWarehouse _world;
    readonly WarehouseHost _host;

    public PostgresExtractTests(PostgresFixture postgres)
    {
        _world = new PostgresWarehouse(postgres, 0.003, seed: 5);
        _host = _world.Host;
        // every new session of this database writes timestamps in Auckland time unless the extract says otherwise
        Source("do $$ begin execute format('alter database %I set timezone to %L', current_database(), 'Pacific/Auckland'); end $$");
    }

    void Source(string sql) => _world.Source(sql);

    List<string> SourceRows(string sql)
    {
        using var connection = new NpgsqlConnection(_world.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(Row(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))));
        return rows;
    }

    List<string> WarehouseRows(string sql) => _host.Rows(sql).Select(Row).ToList();

    // one comparable line per row: timestamps as UTC ticks (PostgreSQL's timestamptz comes back as UTC, DuckDB's timestamp as
    // the UTC wall time it stores), decimals normalised, nulls distinct from empty strings
    static string Row(IEnumerable<object?> values) => string.Join(" | ", values.Select(value => value switch
    {
        null => "<null>",
        DateTime at => at.Ticks.ToString(CultureInfo.InvariantCulture),
        decimal amount => amount.ToString("0.00####", CultureInfo.InvariantCulture),
        string text => "[" + text + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    }));

    [Fact]
    public void Every_value_lands_as_the_source_holds_it()
    {
        Source("""
            insert into customers values
                (900001, E'O''Brien, "Bob"\nJr.', '', 'NULL', 'Zürich ✓', '\N', '2026-06-01 12:34:56.123456+02', now()),
                (900002, ' spaced  ', ',', '""', 'North', 'web', '2026-01-01 00:00:00+00', now());
            """);

        _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None, full: true);

        // every column of the table's one list (<table>_columns.sql), the source's and the warehouse's alike
        static string Every(string table, string orderBy) =>
            $"select {string.Join(", ", OperationalLanding.Columns(table).Names)} from {table} order by {orderBy}";
        var customers = Every("customers", "customer_id");
        var orders = Every("orders", "order_id");
        var lines = Every("order_lines", "order_id, line_number");
        Assert.Equal(SourceRows(customers), WarehouseRows(customers.Replace("from customers", "from raw_customers")));
        Assert.Equal(SourceRows(orders), WarehouseRows(orders.Replace("from orders", "from raw_orders")));
        Assert.Equal(SourceRows(lines), WarehouseRows(lines.Replace("from order_lines", "from raw_order_lines")));
        Assert.Equal(["[O'Brien, \"Bob\"\nJr.]", "[]", "[NULL]"],
            _host.Rows("select full_name, preferred_name, email from raw_customers where customer_id = 900001").Single()
                .Select(v => "[" + v + "]"));
        Assert.Equal(new DateTime(2026, 6, 1, 10, 34, 56).AddTicks(1_234_560),
            _host.Scalar<DateTime>("select signed_up_at from raw_customers where customer_id = 900001"));
    }

    [Fact]
    public void The_export_folder_is_gone_after_a_load_and_after_a_failed_one()
    {
        var loader = _host.Get<OperationalPostgresLoader>();
        _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);
        Assert.False(Directory.Exists(loader.ExportFolder));

        Source("alter table order_lines rename column quantity to qty");
        var error = Assert.Throws<SourceContractException>(() => _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None, full: true));

        Assert.Contains("quantity", error.Message);
        Assert.False(Directory.Exists(loader.ExportFolder));
    }

    public void Dispose() => _world.Dispose();
}
