using Insights.Etl;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

/// <summary>What ModelRunner.Build builds: the models downstream of what a run landed, or the targets and what they need.</summary>
[RunsLong(40)]
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
    public void A_fresh_warehouse_builds_the_marts_its_migrations_left_pending_with_its_first_load()
    {
        Assert.Equal(["mart_basket_category", "mart_complaint_detail", "mart_complaint_signal_word", "mart_complaint_term_month", "mart_contact_control", "mart_contact_followup", "mart_contact_month", "mart_customer_item_sequence", "mart_customer_profile", "mart_opportunity_category_customer", "mart_opportunity_category_day", "mart_opportunity_pair",
            "mart_opportunity_pair_customer", "mart_opportunity_pair_customer_day", "mart_opportunity_pair_day", "mart_opportunity_pair_month", "mart_opportunity_rising", "mart_opportunity_signal", "mart_opportunity_signal_order", "mart_opportunity_state", "mart_order_category_mask", "mart_order_segment_day", "mart_sale_day",
            "mart_sale_return", "mart_sale_segment_day", "mart_sequence_item"], Pending());

        _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);

        Assert.Empty(Pending());
        Assert.True(_host.Scalar<long>("select count(*) from mart_sale_day") > 0);
        // every customer of the operational source has a profile document
        Assert.Equal(_host.Scalar<long>("select count(distinct customer_id) from dim_customer"),
            _host.Scalar<long>("select count(*) from mart_customer_profile"));
    }

    [Fact]
    public void A_model_left_pending_is_built_whole_by_the_next_run_even_one_that_lands_nothing_and_then_no_more()
    {
        var runner = _host.Get<EtlRunner>();
        runner.RunAll("test", CancellationToken.None);
        const string Days = "select * from mart_sale_day order by all";
        const string Returns = "select * from mart_sale_return order by all";
        var days = _host.Rows(Days);
        var returns = _host.Rows(Returns);
        // as a migration creating the marts leaves them: empty, and named pending
        _host.Execute("delete from mart_sale_day; delete from mart_sale_return; " +
                "insert into etl_model_pending (model) values ('mart_sale_day'), ('mart_sale_return'), ('mart_dropped_since')");

        var filling = runner.Run(SourceNames.Complaints, "test", CancellationToken.None);
        var nothing = runner.Run(SourceNames.Complaints, "test", CancellationToken.None);

        Assert.Equal(0, filling.Counts.Loaded);
        Assert.Contains(filling.Steps, s => s.Step == EtlSteps.Models);
        Assert.NotEmpty(days);
        Assert.NotEmpty(returns);
        Assert.Equal(days, _host.Rows(Days));
        Assert.Equal(returns, _host.Rows(Returns));
        Assert.Empty(_host.Rows("select * from etl_model_pending"));
        Assert.DoesNotContain(nothing.Steps, s => s.Step == EtlSteps.Models);
    }

    [Fact]
    public void A_run_that_lands_nothing_fills_the_profile_documents_left_pending_alone_and_passes_its_checks()
    {
        var runner = _host.Get<EtlRunner>();
        runner.RunAll("test", CancellationToken.None);
        const string Documents = "select * from mart_customer_profile order by customer_id";
        var documents = _host.Rows(Documents);
        // a warehouse whose other marts are current migrates to 0036: the profile mart alone is empty and pending (it reads
        // no batch step of batch_mart_keys, which the checks read)
        _host.Execute("delete from mart_customer_profile; insert into etl_model_pending (model) values ('mart_customer_profile')");

        var filling = runner.Run(SourceNames.Complaints, "test", CancellationToken.None);

        Assert.Equal((0L, "succeeded"), ((long)filling.Counts.Loaded, filling.Status));
        Assert.NotEmpty(documents);
        Assert.Equal(documents, _host.Rows(Documents));
        Assert.Empty(Pending());
    }

    [Fact]
    public void A_pending_model_is_built_full_beside_the_models_the_run_changes()
    {
        _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);
        var complaints = _host.Get<EtlRunner>().Run(SourceNames.Complaints, "test", CancellationToken.None).RunId;
        _host.Execute("delete from mart_sale_day; insert into etl_model_pending (model) values ('mart_sale_day')");

        var built = Build(connection => _host.Get<ModelRunner>().Build(connection, complaints, full: false));

        Assert.Contains("fct_complaint", built);
        Assert.Contains("mart_sale_day", built);
        Assert.True(_host.Scalar<long>("select count(*) from mart_sale_day") > 0);
        Assert.Empty(Pending());
    }

    List<string> Pending()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        return [.. ModelRunner.Pending(connection)];
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
