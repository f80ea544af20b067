using Insights.Etl;
using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Reports.Pages.Customers.Scores;
using Insights.Reports.Pages.Intervals;
using Insights.Tests.Demo;
using Insights.Tests.Etl.Quarantine;
using Insights.Tests.Reports.Pages.CrossSell;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The offers page reads the after-load step's mart (mart_customer_offer) for every filter it can answer, and what it reads
/// equals what the page computes: on the hand-made offers and cross-sell worlds (no trusted fit) and on the small demo world
/// (a trusted BG/NBD fit, which the step shares with the offers).
/// </summary>
public sealed class OffersMartTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    // every filter the mart answers, beside the default: a segment, a P(alive) floor, each category, the other order, more or
    // fewer offers, a short page; with `every` false one segment and one category only (the demo world: each filter is a
    // whole computation of its offers, and the per-segment and per-category reads are each checked on the hand-made worlds)
    static IEnumerable<OffersFilter> Filters(OffersQuery query, IEnumerable<string?> segments, bool every = true)
    {
        yield return new OffersFilter();
        yield return new OffersFilter { Rank = "revenue" };
        yield return new OffersFilter { Top = 1, Limit = 3 };
        yield return new OffersFilter { Top = 50, Rank = "revenue", Limit = 7 };
        yield return new OffersFilter { MinAlive = 0.5m };
        foreach (var segment in segments.OfType<string>().Distinct().Take(every ? int.MaxValue : 1))
            yield return new OffersFilter { Segment = segment, Top = 2 };
        foreach (var category in query.Categories().Take(every ? int.MaxValue : 1))
        {
            yield return new OffersFilter { Category = category };
            yield return new OffersFilter { Category = category, Rank = "revenue", Top = 5 };
        }
    }

    internal static void AssertMartEqualsComputed(WarehouseHost host, bool everyFilter = true)
    {
        var query = host.Get<OffersQuery>();
        var computedDefault = query.Compute(new OffersFilter());
        Assert.NotEmpty(computedDefault.Offers);
        var checkedFilters = 0;
        foreach (var filter in Filters(query, computedDefault.Offers.Select(o => o.Segment), everyFilter))
        {
            var computed = query.Compute(filter, filter.Limit);
            var read = query.Run(filter, filter.Limit);
            var what = $"{filter.Segment}|{filter.Category}|{filter.Rank}|{filter.Top}|{filter.MinAlive}";
            Assert.True(read.FromMart, what);
            Assert.False(computed.FromMart);
            var first = Enumerable.Range(0, Math.Min(computed.Offers.Count, read.Offers.Count)).FirstOrDefault(i => computed.Offers[i] != read.Offers[i], -1);
            Assert.True(first < 0 && computed.Offers.Count == read.Offers.Count,
                $"{what}: {computed.Offers.Count} vs {read.Offers.Count} rows, first difference at {first}: {(first < 0 ? "" : computed.Offers[first] + " / " + read.Offers[first])}");
            Assert.Equal((computed.TotalOffers, computed.Customers, computed.PairRules, computed.MinCount, computed.HasSegments, computed.AsOf,
                computed.Horizon, computed.Modelled, computed.ModelNote, computed.Level),
                (read.TotalOffers, read.Customers, read.PairRules, read.MinCount, read.HasSegments, read.AsOf, read.Horizon, read.Modelled,
                 read.ModelNote, read.Level));
            Assert.Equal(query.ComputeStream(filter).ToList(), query.Stream(filter).ToList());
            checkedFilters++;
        }
        Assert.True(checkedFilters >= 7);
    }

    /// <summary>Runs the after-load step (the kept offers) on a hand-made world (purchase days built first) or the demo world.</summary>
    internal static void Score(WarehouseHost host, bool buildPurchaseDays)
    {
        if (buildPurchaseDays)
            using (var connection = host.Get<DuckDbWarehouse>().OpenConnection())
                host.Get<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_customer_purchase_day"]);
        // after the latest finished load (the demo world's loads are runs 1-3; the hand-made worlds have none)
        host.Get<CustomerScoresStep>().Run(Math.Max(1, host.Scalar<long>("select coalesce(max(run_id), 0) from etl_run where finished_at is not null")),
            CancellationToken.None);
    }

    [Fact]
    public void The_mart_answers_every_default_level_filter_as_the_page_computes_it_on_the_offers_world()
    {
        using var world = new OffersWorld();
        Score(world.Host, buildPurchaseDays: true);

        AssertMartEqualsComputed(world.Host);
    }

    [Fact]
    public void The_mart_answers_every_default_level_filter_as_the_page_computes_it_on_the_cross_sell_world()
    {
        using var world = new CrossSellWorld(withSegments: true);
        Score(world.Host, buildPurchaseDays: true);

        AssertMartEqualsComputed(world.Host);
    }

    [Fact]
    public void On_the_demo_world_the_offers_share_the_scores_fit_and_equal_the_computed_ones()
    {
        var intervals = demo.Host.Get<IntervalsQuery>();
        var model = intervals.Model(intervals.Resolve(CustomerScoreSettings.Intervals())!);
        Assert.True(model.BgNbd.Diagnostics.Trusted);
        using (var connection = demo.Host.Get<DuckDbWarehouse>().OpenConnection())
        {
            var asOf = OffersQuery.PurchaseDays(connection)!.Value.Last.AddDays(1);
            var history = OfferHistory.Read(connection, "category", asOf, cutoff: false, null, null, CancellationToken.None);
            // the step's fit is the fit the offers would make: the step fits once
            Assert.True(OfferActivityModel.Fits(OfferFit.From(model), history, CustomerScoreSettings.HorizonDays));
            Assert.False(OfferActivityModel.Fits(OfferFit.From(model), history, 30));
        }
        Score(demo.Host, buildPurchaseDays: false);

        AssertMartEqualsComputed(demo.Host, everyFilter: false);
        Assert.True(demo.Host.Get<OffersQuery>().Run(new OffersFilter()).Modelled);
    }

    [Fact]
    public void A_filter_the_mart_cannot_answer_or_a_mart_older_than_the_latest_load_is_computed_and_says_so()
    {
        using var world = new OffersWorld();
        var query = world.Get<OffersQuery>();
        Assert.Equal(OffersMart.NotCurrent, query.Run(new OffersFilter()).Source);   // never computed

        Score(world.Host, buildPurchaseDays: true);
        Assert.True(query.Run(new OffersFilter()).FromMart);
        foreach (var filter in new[] { new OffersFilter { Level = "product" }, new OffersFilter { Horizon = 30 }, new OffersFilter { MinSupport = 0.2m },
                     new OffersFilter { MinLift = 2 }, new OffersFilter { From = new DateOnly(2024, 1, 1) } })
        {
            var result = query.Run(filter);
            Assert.False(result.FromMart);
            Assert.Equal(OffersMart.OtherParameters, result.Source);
            Assert.Equal(query.Compute(filter).Offers, result.Offers);
        }

        // a load committed after the step: the mart is not current until the step runs for it
        using (var connection = world.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("insert into etl_run (run_id, source, started_at, finished_at, status, trigger) values (9, 'operational', now(), now(), 'succeeded', 'test')");
        var stale = query.Run(new OffersFilter());
        Assert.False(stale.FromMart);
        Assert.Equal(OffersMart.NotCurrent, stale.Source);
    }

    [Fact]
    public void The_download_read_in_chunks_of_customers_holds_the_computed_rows_in_the_same_order()
    {
        using var world = new CrossSellWorld(withSegments: true);
        Score(world.Host, buildPurchaseDays: true);
        var query = world.Get<OffersQuery>();
        var warehouse = world.Get<DuckDbWarehouse>();
        var customers = world.Host.Scalar<long>("select count(distinct customer_id) from mart_customer_offer");
        Assert.True(customers >= 4, $"{customers} customers with kept offers: too few to split");
        var checkedFilters = 0;
        foreach (var filter in Filters(query, query.Compute(new OffersFilter()).Offers.Select(o => o.Segment)))
        {
            var computed = query.ComputeStream(filter).ToList();
            // one customer a chunk, a few, and every customer in one chunk (the single sorted read of before)
            foreach (var chunk in new[] { 1, 3, int.MaxValue })
            {
                using var rows = new OffersMart(warehouse) { ChunkCustomers = chunk }.Stream(filter);
                Assert.NotNull(rows);
                Assert.Equal(computed, rows.ToList());
            }
            checkedFilters++;
        }
        Assert.True(checkedFilters >= 7);
    }

    [Fact]
    public void Loads_that_landed_nothing_after_the_step_leave_the_kept_offers_current_and_equal_to_the_computed_ones()
    {
        using var folder = new TempFolder();
        using var host = LoadedTinyWorld.Copy(folder);   // every source of the tiny world loaded, as RunAll leaves it
        var fitted = host.Scalar<long>("select current_run_id from mart_customer_score_fit");

        // two loads that land nothing run no after-load step (issue 22: the SF10 copy's fit row named run 11 of 13, and every
        // offers view computed for 16 s); what they changed is recorded: nothing
        var first = host.Get<EtlRunner>().Run(SourceNames.Contacts, "test", CancellationToken.None);
        var second = host.Get<EtlRunner>().Run(SourceNames.Complaints, "test", CancellationToken.None);
        Assert.DoesNotContain(second.Steps, s => s.Step == EtlSteps.AfterLoad);
        Assert.Equal(fitted, host.Scalar<long>("select current_run_id from mart_customer_score_fit"));
        Assert.True(second.RunId > first.RunId && first.RunId > fitted);

        AssertMartEqualsComputed(host);
        // the intervals page's downloads read the same kept scores by the same rule
        var intervals = host.Get<IntervalsQuery>().Resolve(new IntervalsFilter().InDays().Filter)!;
        using (var kept = host.Get<IntervalsMart>().Customers(intervals, "customer", CancellationToken.None))
            Assert.Equal(host.Scalar<long>("select count(*) from mart_customer_score"), kept!.LongCount());
        using (var overdue = host.Get<IntervalsMart>().Overdue(intervals, CancellationToken.None))
            Assert.NotNull(overdue);
    }

    [Fact]
    public void A_load_after_the_step_that_changed_an_input_or_recorded_nothing_makes_the_offers_computed()
    {
        using var world = new OffersWorld();
        var query = world.Get<OffersQuery>();
        Score(world.Host, buildPurchaseDays: true);
        var connection = world.Get<DuckDbWarehouse>().OpenConnection();
        using (connection)
        {
            // a contacts load: none of the step's inputs, so the kept offers stay current
            connection.ExecuteNonQuery("insert into etl_run (run_id, source, started_at, finished_at, status, trigger) values (9, 'contacts', now(), now(), 'succeeded', 'test')");
            RunChanges.Record(connection, 9, ["raw_contacts", "fct_contact"]);
            Assert.True(query.Run(new OffersFilter()).FromMart);
            // a failed load rolled back: it changed nothing
            connection.ExecuteNonQuery("insert into etl_run (run_id, source, started_at, finished_at, status, trigger) values (10, 'operational', now(), now(), 'failed', 'test')");
            connection.ExecuteNonQuery("insert into etl_run (run_id, source, started_at, finished_at, status, trigger) values (11, 'contacts', now(), now(), 'succeeded', 'test')");
            RunChanges.Record(connection, 11, []);
            Assert.True(query.Run(new OffersFilter { Segment = query.Run(new OffersFilter()).Offers[0].Segment }).FromMart);

            // a product complaint keeps an item out of the offers: computed until the step has run for it
            connection.ExecuteNonQuery("insert into etl_run (run_id, source, started_at, finished_at, status, trigger) values (12, 'complaints', now(), now(), 'succeeded', 'test')");
            RunChanges.Record(connection, 12, ["fct_complaint", "raw_complaints"]);
            var changed = query.Run(new OffersFilter { MinAlive = 0.5m });
            Assert.False(changed.FromMart);
            Assert.Equal(OffersMart.NotCurrent, changed.Source);

            // a full rebuild records no list: anything may have changed
            connection.ExecuteNonQuery("update mart_customer_score_fit set current_run_id = 12");
            Assert.True(query.Run(new OffersFilter()).FromMart);
            connection.ExecuteNonQuery("insert into etl_run (run_id, source, started_at, finished_at, status, trigger) values (13, 'operational', now(), now(), 'succeeded', 'test')");
            RunChanges.Record(connection, 13, null);
            Assert.Equal(OffersMart.NotCurrent, query.Run(new OffersFilter()).Source);
        }
    }
}
