using DuckDB.NET.Data;
using Insights.Etl;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

/// <summary>
/// A load builds only the models some input of which changed in it (ModelRunner skips the rest), and the warehouse it leaves
/// equals a full rebuild of every model from the same raw rows: a skipped model holds what rebuilding it would write.
/// </summary>
[RunsLong(45)]
public sealed class ModelSkipTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    // the tiny world loaded (every source), copied from the run's one template rather than loaded again for each test
    public ModelSkipTests() => _host = LoadedTinyWorld.Copy(_folder);

    [Fact]
    public void A_contacts_load_leaves_the_order_models_alone_and_equals_a_full_rebuild()
    {
        // a new contact of a known customer: the contact models change, no order, complaint or customer master does
        File.WriteAllText(Path.Combine(_host.SourcesFolder, "contacts", "contacts_2.csv"),
            "contact_id,customer_id,contacted_at,channel,direction,duration_seconds,topic\n9001,1,2024-03-05 09:30:00,phone,outbound,120,follow-up\n");
        var run = _host.Get<EtlRunner>().Run(SourceNames.Contacts, "test", CancellationToken.None);

        var built = BuiltAgain(run.RunId);

        Assert.Equal((1L, "succeeded"), ((long)run.Counts.Loaded, run.Status));
        Assert.Contains("fct_contact", built);
        Assert.Contains("mart_customer_contact", built);
        Assert.All(["fct_order_line", "fct_return", "fct_complaint", "dim_product", "mart_customer_order", "mart_customer_category_order",
            "mart_customer_order_totals", "mart_customer_rfm", "mart_customer_search", "mart_loyalty_cohort", "mart_sale_day"],
            model => Assert.DoesNotContain(model, built));
        AssertSkippedAsRebuilt(run.RunId, built);
    }

    [Fact]
    public void A_complaints_load_leaves_the_contact_and_sales_models_alone_and_equals_a_full_rebuild()
    {
        File.WriteAllText(Path.Combine(_host.SourcesFolder, "complaints", "complaints_2.jsonl"),
            """{"complaint_id":9001,"customer_id":2,"order_id":null,"product_id":null,"category":"delivery_delay","severity":"medium","opened_at":"2024-03-06 08:00:00","resolved_at":"2024-03-07 08:00:00","status":"resolved","text":"late"}""" + "\n");
        var run = _host.Get<EtlRunner>().Run(SourceNames.Complaints, "test", CancellationToken.None);

        var built = BuiltAgain(run.RunId);

        Assert.Equal((1L, "succeeded"), ((long)run.Counts.Loaded, run.Status));
        Assert.Contains("fct_complaint", built);
        Assert.Contains("mart_customer_rfm", built);          // RFM reads the complaints fact
        Assert.All(["fct_contact", "fct_order_line", "mart_customer_contact", "mart_contact_month", "mart_customer_order",
            "mart_sale_day", "mart_customer_search"], model => Assert.DoesNotContain(model, built));
        AssertSkippedAsRebuilt(run.RunId, built);
    }

    [Fact]
    public void An_operational_load_of_one_changed_order_equals_a_full_rebuild()
    {
        var orders = Path.Combine(_host.SourcesFolder, "operational", "orders.csv");
        var lines = File.ReadAllLines(orders);
        // the last order changes channel: its lines move, the contact and complaint models stay
        var last = lines[^1].Split(',');
        last[3] = last[3] == "web" ? "store" : "web";
        last[5] = "2024-03-06 10:00:00";
        File.WriteAllLines(orders, [.. lines[..^1], string.Join(',', last)]);
        var run = _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);

        var built = BuiltAgain(run.RunId);

        Assert.Equal("succeeded", run.Status);
        Assert.True(run.Counts.Loaded > 0, $"{run.Counts}");
        Assert.Contains("fct_order_line", built);
        Assert.All(["fct_contact", "fct_complaint", "mart_customer_contact", "mart_customer_complaint"], model => Assert.DoesNotContain(model, built));
        AssertSkippedAsRebuilt(run.RunId, built);
    }

    [Fact]
    public void A_model_whose_table_is_empty_is_built_though_its_inputs_did_not_change()
    {
        // as a warehouse migrated before pending models existed leaves a per-customer mart: empty, not pending
        _host.Execute("delete from mart_customer_search");
        File.WriteAllText(Path.Combine(_host.SourcesFolder, "complaints", "complaints_2.jsonl"),
            """{"complaint_id":9002,"customer_id":1,"category":"wrong_item","severity":"low","opened_at":"2024-03-06 08:00:00","status":"open"}""" + "\n");

        _host.Get<EtlRunner>().Run(SourceNames.Complaints, "test", CancellationToken.None);

        Assert.Equal(_host.Scalar<long>("select count(distinct customer_id) from dim_customer where is_current"),
            _host.Scalar<long>("select count(distinct customer_id) from mart_customer_search"));
    }

    // the models ModelRunner builds for run runId (built again on the committed run, then rolled back)
    List<string> BuiltAgain(long runId)
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var transaction = connection.BeginTransaction();
        var built = _host.Get<ModelRunner>().Build(connection, runId, full: false).ToList();
        transaction.Rollback();
        return built;
    }

    // what the load left equals what it would have left building every model: building them all again for the run (its keys,
    // as before models were skipped) changes no row; and every model it skipped equals its full rebuild from the raw rows
    // (the columns stamping the run or the build time aside)
    void AssertSkippedAsRebuilt(long runId, List<string> built)
    {
        var tables = ModelRunner.Models.Where(m => !m.IsStateless).Select(m => m.Name).ToList();
        var skipped = tables.Except(built).ToList();
        Assert.NotEmpty(skipped);
        var before = tables.ToDictionary(t => t, t => Contents(t));
        using (var connection = _host.Get<DuckDbWarehouse>().OpenConnection())
        {
            using var transaction = connection.BeginTransaction();
            _host.Get<ModelRunner>().Build(connection, runId, full: false, targets: tables);
            Assert.All(tables, t => Assert.True(before[t].SequenceEqual(Contents(t, connection)), $"{t} changes when every model is built"));
            transaction.Rollback();
        }

        _host.Get<EtlRunner>().Run(SourceNames.Contacts, "test", CancellationToken.None, full: false, rebuildModels: true);

        Assert.Contains(skipped, t => before[t].Count > 0);
        Assert.All(skipped, t => Assert.True(before[t].SequenceEqual(Contents(t)), $"skipped {t} differs from its full rebuild"));
    }

    List<string> Contents(string table, DuckDBConnection? open = null)
    {
        using var own = open is null ? _host.Get<DuckDbWarehouse>().OpenConnection() : null;
        var connection = open ?? own!;
        using var command = connection.CreateCommand();
        command.CommandText = $"select columns(c -> c not like '%run_id' and c not in ('built_at')) from {table}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
