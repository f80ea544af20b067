using Insights.Reports.Caching;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// One of the site's warm-ups (at start and after every state change, in the background): reads what every profile of the new
/// state shares (product and channel names, the latest fit, which customers have any complaint or return) before a visitor
/// asks, so the first profile after a load pays only for its own customer's rows.
/// </summary>
public sealed class CustomerProfileWarmUp(CustomerProfileQuery query, CustomerPageCache cache) : IReportWarmUp
{
    /// <inheritdoc />
    public string Name => "customer profile";

    /// <inheritdoc />
    /// <remarks>The page cache's state: the after-load scores step commits a new fit without a new run.</remarks>
    public object Key(long state) => cache.State();

    /// <inheritdoc />
    public int Run(CancellationToken cancellation) => query.WarmUp(cancellation);
}
