using Insights.Etl;
using Insights.Reports.Pages.Customers.Scores;
using Insights.Reports.Pages.Intervals;

namespace Insights.Tests.Reports.Pages.Customers.Scores;

/// <summary>
/// The step on the CDNOW sample, where the fit is trusted: it ran after the fixture's load, and each customer's figures are the
/// intervals page's for that customer.
/// </summary>
public sealed class CdnowCustomerScoresTests(CdnowSampleWarehouse cdnow) : IClassFixture<CdnowSampleWarehouse>
{
    sealed record Row(int CustomerId, double? PAlive, double? Expected, double? Spend, double? Clv, double? MedianGap, int DaysSinceLast, bool Overdue);

    List<Row> Mart() => cdnow.Host.Rows("""
            select customer_id, p_alive, expected_purchases_90d, expected_average_amount, clv_amount, median_gap_days, days_since_last, is_overdue
            from mart_customer_score order by customer_id
            """)
        .Select(r => new Row((int)r[0]!, (double?)r[1], (double?)r[2], (double?)r[3], (double?)r[4], (double?)r[5], (int)r[6]!, (bool)r[7]!)).ToList();

    [Fact]
    public void The_load_ran_the_step_for_its_own_run_with_a_trusted_fit()
    {
        var run = cdnow.Host.Scalar<long>("select max(run_id) from etl_run where finished_at is not null");

        Assert.Equal([run, "1998-06-30", 2357, true, true],
            cdnow.Host.Rows("select current_run_id, as_of_date::varchar, count_customers, is_trusted, is_spend_trusted from mart_customer_score_fit").Single());
        Assert.Equal(2357, Mart().Count);
    }

    [Fact]
    public void Every_customers_figures_are_the_intervals_pages_for_that_customer()
    {
        var query = cdnow.Host.Get<IntervalsQuery>();
        var settings = query.Resolve(CustomerScoreSettings.Intervals())!;
        var model = query.Model(settings);
        var gaps = query.Gaps(settings).ToDictionary(g => g.CustomerId);
        var overdue = IntervalsQuery.OverdueCustomers(gaps.Values, settings.OverdueFactor).Select(g => g.CustomerId).ToHashSet();
        // the default view in the scores' unit (weeks): the same fit, a year's horizon; P(alive), spend and CLV do not depend on the horizon
        var page = query.Model(new IntervalsFilter { Unit = "weeks" })!.Customers.ToDictionary(c => c.CustomerId);

        var expected = model.Customers.Select(c => new Row(c.CustomerId, c.ProbabilityAlive, c.ExpectedPurchases, c.ExpectedAverageSpend, c.Clv,
            gaps[c.CustomerId].MedianGapDays, gaps[c.CustomerId].DaysSinceLast, overdue.Contains(c.CustomerId))).ToList();
        var mart = Mart();
        Assert.Equal(expected, mart);
        Assert.All(mart, r => Assert.Equal(page[r.CustomerId].ProbabilityAlive, r.PAlive));
        Assert.All(mart, r => Assert.Equal(page[r.CustomerId].Clv, r.Clv));
        Assert.Contains(mart, r => r.Overdue);
        // 90 days is 90/7 weeks of the year's 52: fewer expected purchases for anyone likely to buy
        Assert.All(mart.Where(r => r.PAlive > 0.5), r => Assert.True(r.Expected < page[r.CustomerId].ExpectedPurchases));
    }

    [Fact]
    public void A_reload_runs_the_step_again_without_duplicating_rows()
    {
        using var again = new CdnowSampleWarehouse();
        var before = again.Host.Scalar<long>("select count(*) from mart_customer_score");

        var run = again.Host.Get<EtlRunner>().Run("cdnow", "test", CancellationToken.None, full: true);

        Assert.Equal(before, again.Host.Scalar<long>("select count(*) from mart_customer_score"));
        // the same rows again: nothing the scores read changed, so they stay and are recorded as current for the reload
        Assert.Equal([run.RunId, 1L], again.Host.Rows("select max(current_run_id), count(*) from mart_customer_score_fit").Single());
        Assert.Contains(run.Steps, s => s.Step == EtlSteps.AfterLoad);
    }
}
