using Insights.Reports.Caching;
using Insights.Reports.Pages.Service.Attribution;
using Insights.Reports.Pages.Service.Channels;
using Insights.Reports.Pages.Service.Complaints;
using Insights.Reports.Pages.Service.Returns;
using Insights.Reports.Pages.Service.Texts;

namespace Insights.Reports.Pages.Service;

/// <summary>
/// Computes the default view of every service page into the cache after each load (and the complaints view again when the
/// clock's step moves on, since open complaints age), so the first visitor of /service and its tabs finds them ready. Views
/// with filters stay computed on demand.
/// </summary>
public sealed class ServiceWarmUp(ChannelsQuery channels, ComplaintsQuery complaints, ReturnsQuery returns, ComplaintTermsQuery terms,
    AttributionQuery attribution, WarmUpViews views) : IReportWarmUp
{
    /// <inheritdoc />
    public string Name => "service";

    /// <inheritdoc />
    public object Key(long state) => (state, complaints.ClockNow());

    /// <inheritdoc />
    public int Run(CancellationToken cancellation)
    {
        (string View, Action Read)[] defaults =
        [
            ("channels", () => channels.Run(new ChannelsFilter(), cancellation)),
            ("complaints", () => complaints.Run(new ComplaintsFilter(), cancellation)),
            ("returns", () => returns.Run(new ReturnsFilter(), cancellation)),
            ("complaint terms", () => terms.Run(new TextsFilter(), cancellation)),
            ("contacts lead to", () => attribution.Run(new AttributionFilter(), cancellation)),
        ];
        return defaults.Count(d => views.Warm(Name, d.View, d.Read, cancellation));
    }
}
