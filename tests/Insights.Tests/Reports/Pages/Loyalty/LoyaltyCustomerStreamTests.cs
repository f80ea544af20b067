using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>
/// The customer export of the default view streams from the marts (DuckDB's streaming mode, rows as they are written): the
/// same customers in the same order as the list read whole, and a view over the order lines still reads the list.
/// </summary>
public sealed class LoyaltyCustomerStreamTests(CdnowSampleWarehouse cdnow) : IClassFixture<CdnowSampleWarehouse>
{
    LoyaltyQuery Query => cdnow.Host.Get<LoyaltyQuery>();

    [Fact]
    public void The_default_views_export_streams_the_same_rows_as_the_list()
    {
        var scope = Query.Resolve(new LoyaltyFilter());
        Assert.True(Query.UsesMart(scope));
        var all = new LoyaltySelection();

        var streamed = Query.StreamCustomers(scope, all, CancellationToken.None);

        Assert.IsNotAssignableFrom<IReadOnlyList<LoyaltyCustomer>>(streamed);   // read as enumerated, not a list
        var list = Query.Customers(scope, all);
        Assert.True(list.Count > 100);
        Assert.Equal(list, streamed.ToList());
    }

    [Fact]
    public void A_stream_stops_when_its_token_fires()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var streamed = Query.StreamCustomers(Query.Resolve(new LoyaltyFilter()), new LoyaltySelection(), cancelled.Token);

        Assert.Throws<OperationCanceledException>(() => streamed.First());
    }
}
