using Insights.Reports.Pages.Customers;

namespace Insights.Tests.Reports.Pages.Customers.Scores;

/// <summary>The profile query's lookup of the scores marts (TestData/customers/README.md, "Model scores").</summary>
public sealed class CustomerModelFiguresTests
{
    static CustomerModelFigures Figures(WarehouseHost host, int id, PersonalDataView view = PersonalDataView.Full) =>
        host.Get<CustomerProfileQuery>().Run(id, new CustomerTimelineFilter(), view, CancellationToken.None)!.Model;

    [Fact]
    public void Before_the_first_fit_the_profile_says_the_scores_are_being_computed()
    {
        using var world = new ScoredCustomerWorld(score: false);

        var figures = Figures(world.Host, 1);

        Assert.True(figures.IsPending);
        Assert.StartsWith("Scores are being computed", figures.Missing);
        Assert.Empty(figures.Offers);
    }

    [Fact]
    public void The_profile_looks_up_the_customers_rhythm_and_says_why_the_model_figures_are_empty()
    {
        using var world = new ScoredCustomerWorld();

        var bjorn = Figures(world.Host, 1);

        Assert.Null(bjorn.Missing);
        Assert.Equal(new CustomerModelScore(2, new DateOnly(2024, 4, 10), null, null, null, null, 96, 96, 0, 0, false), bjorn.Score);
        Assert.Equal(7, bjorn.Fit!.RunId);
        Assert.StartsWith("The purchase model (BG/NBD) fit is not trusted, so P(alive), expected purchases and CLV are left empty: ", bjorn.Untrusted);
        Assert.EndsWith(world.Host.Scalar<string>("select bg_nbd_diagnosis from mart_customer_score_fit"), bjorn.Untrusted);
        // the product role sees the same figures: nothing in them is personal
        Assert.Equal(bjorn.Score, Figures(world.Host, 1, PersonalDataView.Masked).Score);
    }

    [Fact]
    public void A_customer_without_a_purchase_has_no_figures_and_is_told_why()
    {
        using var world = new ScoredCustomerWorld();

        var marta = Figures(world.Host, 5);

        Assert.Null(marta.Score);
        Assert.Equal("No completed purchase on or before 2024-04-10: the purchase models have nothing to score.", marta.Missing);
    }
}
