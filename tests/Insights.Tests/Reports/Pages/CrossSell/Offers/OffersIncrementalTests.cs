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
        AssertEqualsAFullRecompute(run.RunId, fit[1]);
    }

    [Fact]
    public void A_returns_load_recomputes_only_the_returning_customers_offers_and_equals_a_full_recompute()
    {
        var fit = _host.Rows("select run_id, fitted_at, offers_as_of::varchar from mart_customer_score_fit").Single();
        var asOf = DateOnly.Parse((string)fit[2]!, CultureInfo.InvariantCulture);
        var day = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // two customers return one item of a line bought in the weeks before the as-of day, of a category they are offered
        // (a repeat or a habit): that category is blocked for them
        var targets = _host.Rows($"""
            select lines.order_id, lines.line_number, customers.customer_id, products.category
            from fct_order_line as lines
            join dim_customer as customers on customers.customer_key = lines.customer_key
            join dim_product as products on products.product_key = lines.product_key
            join mart_customer_offer as offers on offers.customer_id = customers.customer_id and offers.item = products.category
            where lines.order_status = 'completed'
              and lines.ordered_at >= date '{day}' - interval 60 day
              and lines.ordered_at < date '{day}' - interval 2 day
              and customers.customer_id not in (select customer_id from mart_customer_offer_block)
              and not exists (select 1 from fct_return as returns where returns.order_id = lines.order_id and returns.line_number = lines.line_number)
            qualify row_number() over (partition by customers.customer_id order by lines.order_id, lines.line_number) = 1
            order by customers.customer_id
            limit 2
            """).Select(r => (Order: Convert.ToInt64(r[0], CultureInfo.InvariantCulture), Line: Convert.ToInt32(r[1], CultureInfo.InvariantCulture),
                Customer: Convert.ToInt32(r[2], CultureInfo.InvariantCulture), Item: (string)r[3]!)).ToList();
        Assert.Equal(2, targets.Count);
        var returnedAt = asOf.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 10:00:00";
        var returns = Path.Combine(_host.SourcesFolder, "operational", "returns.csv");
        var text = File.ReadAllText(returns);
        File.WriteAllText(returns, (text.EndsWith('\n') ? text : text + "\n") +
            string.Concat(targets.Select((t, i) => $"{990001 + i},{t.Order},{t.Line},{returnedAt},1,0.00,damaged\n")));
        var others = "customer_id not in (" + string.Join(",", targets.Select(t => t.Customer)) + ")";
        var untouched = Offers(others);

        var run = _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);

        Assert.Equal(2L, run.Counts.Loaded);
        Assert.Equal([fit[0], fit[1], run.RunId], _host.Rows("select run_id, fitted_at, current_run_id from mart_customer_score_fit").Single());
        foreach (var (_, _, customer, item) in targets)
            Assert.Equal(0L, _host.Scalar<long>($"select count(*) from mart_customer_offer where customer_id = {customer} and item = '{item}'"));
        Assert.Equal(untouched, Offers(others));
        AssertEqualsAFullRecompute(run.RunId, fit[1]);
    }

    // the step's tables equal what a full recompute of the same run writes (the step's state forgotten, so it fits again)
    void AssertEqualsAFullRecompute(long runId, object? fittedAt)
    {
        var partial = Tables();
        _host.Execute("delete from mart_customer_score_fit");
        _host.Get<CustomerScoresStep>().Run(runId, CancellationToken.None);
        Assert.NotEqual(fittedAt, _host.Scalar<DateTime>("select fitted_at from mart_customer_score_fit"));
        var full = Tables();
        var first = Enumerable.Range(0, Math.Min(full.Count, partial.Count)).FirstOrDefault(i => full[i] != partial[i], -1);
        Assert.True(first < 0 && full.Count == partial.Count,
            $"{partial.Count} vs {full.Count} rows; first difference at {first}: {(first < 0 ? "" : partial[first] + " / " + full[first])}");
    }

    List<string> Offers(string where) => ScoreStepTables.Rows(_host, $"select * from mart_customer_offer where {where} order by customer_id, offer_rank").ToList();

    List<string> Tables() => ScoreStepTables.Of(_host, withFingerprint: true);

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
