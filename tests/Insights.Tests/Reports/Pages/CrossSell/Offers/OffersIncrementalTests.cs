using System.Globalization;
using Insights.Etl;
using Insights.Demo;
using Insights.Reports.Pages.Customers.Scores;
using Insights.Tests.Demo;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>
/// Issue 19: after a load that changes only returns or product complaints, the after-load step recomputes the offers of the
/// customers whose blocked items changed and nobody else's, and what it leaves equals a full recompute row for row (on the small
/// demo world: a trusted BG/NBD fit, which the full computation shares with the scores and the partial one fits itself).
/// </summary>
public sealed class OffersIncrementalTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public OffersIncrementalTests()
    {
        _host = new WarehouseHost(_folder);
        var spec = DemoWorldFixture.Spec;
        _host.Get<DemoSourcePreparer>().Generate(spec.Scale, spec.Seed, spec.EndDate, toPostgres: false);
        _host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
    }

    [Fact]
    public void A_complaints_load_recomputes_only_the_blocked_customers_offers_and_equals_a_full_recompute()
    {
        var fit = _host.Rows("select run_id, fitted_at, offers_as_of::varchar, offers_modelled from mart_customer_score_fit").Single();
        Assert.Equal(true, fit[3]);                                      // a trusted fit: P(alive) from BG/NBD
        var asOf = DateOnly.Parse((string)fit[2]!, CultureInfo.InvariantCulture);
        // three customers' next-best offers (a category) become blocked: each complains about a product of that category the day
        // before the as-of day; none of them had a block already
        var targets = _host.Rows("""
            select offers.customer_id, offers.item, min(products.product_id)
            from mart_customer_offer as offers
            join dim_product as products on products.category = offers.item
            where offers.offer_rank = 1
              and offers.customer_id not in (select customer_id from mart_customer_offer_block)
            group by offers.customer_id, offers.item
            order by offers.customer_id
            limit 3
            """).Select(r => (Customer: Convert.ToInt32(r[0], CultureInfo.InvariantCulture), Item: (string)r[1]!, Product: Convert.ToInt32(r[2], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(3, targets.Count);
        var openedAt = asOf.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 09:00:00";
        File.WriteAllLines(Path.Combine(_host.SourcesFolder, "complaints", "complaints_blocks.jsonl"), targets.Select((t, i) =>
            $$"""{"complaint_id":{{990001 + i}},"customer_id":{{t.Customer}},"order_id":null,"product_id":{{t.Product}},"category":"damaged_item","severity":"low","opened_at":"{{openedAt}}","status":"open"}"""));
        var untouched = Offers("customer_id not in (" + string.Join(",", targets.Select(t => t.Customer)) + ")");

        var run = _host.Get<EtlRunner>().Run(SourceNames.Complaints, "test", CancellationToken.None);

        Assert.Equal(3L, run.Counts.Loaded);
        // the partial path: the fit (and its scores) stayed, the run is current, the blocked item left each target's offers and
        // every other customer's rows stayed as they were, their run included
        Assert.Equal([fit[0], fit[1], run.RunId], _host.Rows("select run_id, fitted_at, current_run_id from mart_customer_score_fit").Single());
        foreach (var (customer, item, _) in targets)
        {
            Assert.Equal(0L, _host.Scalar<long>($"select count(*) from mart_customer_offer where customer_id = {customer} and item = '{item}'"));
            Assert.True(_host.Scalar<long>($"select count(*) from mart_customer_offer where customer_id = {customer} and run_id = {run.RunId}") > 0);
        }
        Assert.Equal(untouched, Offers("customer_id not in (" + string.Join(",", targets.Select(t => t.Customer)) + ")"));
        var partial = Tables();

        // the full recompute of the same run (the step's state forgotten): the same rows
        Execute("delete from mart_customer_score_fit");
        _host.Get<CustomerScoresStep>().Run(run.RunId, CancellationToken.None);
        Assert.NotEqual(fit[1], _host.Scalar<DateTime>("select fitted_at from mart_customer_score_fit"));
        var full = Tables();
        var first = Enumerable.Range(0, Math.Min(full.Count, partial.Count)).FirstOrDefault(i => full[i] != partial[i], -1);
        Assert.True(first < 0 && full.Count == partial.Count,
            $"{partial.Count} vs {full.Count} rows; first difference at {first}: {(first < 0 ? "" : partial[first] + " / " + full[first])}");
    }

    List<string> Offers(string where) => Text($"select * from mart_customer_offer where {where} order by customer_id, offer_rank").ToList();

    // the step's tables, without the columns that stamp the run or the time of the fit
    List<string> Tables() =>
    [
        .. Text("select * exclude (run_id) from mart_customer_score order by customer_id"),
        .. Text("select * exclude (run_id) from mart_customer_offer order by customer_id, offer_rank"),
        .. Text("select * exclude (run_id) from mart_customer_category_overdue order by all"),
        .. Text("select * from mart_customer_offer_block order by all"),
        .. Text("select * exclude (run_id, fitted_at, category_overdue_run_id) from mart_customer_score_fit"),
        .. Text("select * from mart_segment_customer order by customer_id"),
    ];

    IEnumerable<string> Text(string sql) =>
        _host.Rows(sql).Select(row => string.Join("|", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));

    void Execute(string sql)
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(sql);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
