using Insights.Etl;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

/// <summary>What ModelRunner.Build builds: the models downstream of what a run landed, or the targets and what they need.</summary>
public sealed class ModelRunnerTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public ModelRunnerTests()
    {
        _host = new WarehouseHost(_folder);
        TinyWorld.CopyTo(_host.SourcesFolder);
    }

    [Fact]
    public void A_run_names_the_raw_tables_it_landed_rows_into()
    {
        var operational = _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None).RunId;
        var complaints = _host.Get<EtlRunner>().Run(SourceNames.Complaints, "test", CancellationToken.None).RunId;

        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        Assert.Equal(["raw_customers", "raw_order_lines", "raw_orders", "raw_products", "raw_returns"], ModelRunner.Landed(connection, operational));
        Assert.Equal(["raw_complaints"], ModelRunner.Landed(connection, complaints));
    }

    [Fact]
    public void A_complaints_load_rebuilds_the_rfm_mart_after_the_complaints_fact()
    {
        _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);
        var complaints = _host.Get<EtlRunner>().Run(SourceNames.Complaints, "test", CancellationToken.None).RunId;

        var built = Build(connection => _host.Get<ModelRunner>().Build(connection, complaints, full: false));

        Assert.Contains("fct_complaint", built);
        Assert.Contains("mart_customer_rfm", built);
        Assert.Contains("stg_complaints", built);
        Assert.True(built.IndexOf("fct_complaint") < built.IndexOf("mart_customer_rfm"));
    }

    [Fact]
    public void A_target_alone_is_rebuilt_whole_with_the_batch_steps_and_views_it_reads_and_leaves_its_inputs_alone()
    {
        _host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        var rfm = _host.Rows("select * from mart_customer_rfm order by customer_id");
        var facts = _host.Rows("select * from fct_order_line order by order_id, line_number");

        Assert.Equal(["mart_customer_rfm"], Build(connection => _host.Get<ModelRunner>().Build(connection, 0, full: true, ["mart_customer_rfm"])));
        Assert.Equal(
            ["stg_complaints", "stg_contacts", "stg_order_lines", "stg_orders", "stg_returns", "batch_keys", "batch_fact_keys", "batch_mart_keys",
             "mart_customer_order_totals"],
            Build(connection => _host.Get<ModelRunner>().Build(connection, 0, full: true, ["mart_customer_order_totals"])));

        Assert.NotEmpty(rfm);
        Assert.Equal(rfm, _host.Rows("select * from mart_customer_rfm order by customer_id"));
        Assert.Equal(facts, _host.Rows("select * from fct_order_line order by order_id, line_number"));
    }

    [Fact]
    public void An_unknown_target_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(connection => _host.Get<ModelRunner>().Build(connection, 0, full: true, ["mart_nothing"])));
        Assert.Contains("\"mart_nothing\"", error.Message);
    }

    List<string> Build(Func<DuckDB.NET.Data.DuckDBConnection, IReadOnlyList<string>> build)
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var transaction = connection.BeginTransaction();
        var built = build(connection).ToList();
        transaction.Commit();
        return built;
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
