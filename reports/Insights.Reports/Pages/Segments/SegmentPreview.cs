namespace Insights.Reports.Pages.Segments;

/// <summary>One part of a segment's composition: its members in one RFM segment or one region.</summary>
/// <param name="Label">The RFM segment or region.</param>
/// <param name="Members">Members in it.</param>
/// <param name="NetAmount">Their completed net revenue, all time.</param>
public sealed record CompositionRow(string Label, long Members, decimal NetAmount);

/// <summary>What a segment holds now: size, share of customers, net revenue, and its composition.</summary>
/// <param name="Members">Customers in the segment.</param>
/// <param name="Customers">Every current customer.</param>
/// <param name="NetAmount">The members' completed net revenue, all time.</param>
/// <param name="BySegment">Members per RFM segment, largest first.</param>
/// <param name="ByRegion">Members per region, largest first.</param>
/// <param name="Milliseconds">How long the preview took (the page shows it; the bench reads it).</param>
/// <param name="MeanClvAmount">
/// Mean CLV of the members with one (a completed purchase on or before the fit's as-of date); null when none has one or the
/// fit behind the CLV is not computed or not trusted.
/// </param>
/// <param name="MembersWithClv">Members with a CLV (those the mean is over).</param>
public sealed record SegmentPreview(long Members, long Customers, decimal NetAmount, IReadOnlyList<CompositionRow> BySegment,
    IReadOnlyList<CompositionRow> ByRegion, long Milliseconds, double? MeanClvAmount = null, long MembersWithClv = 0)
{
    /// <summary>Members as a share of every current customer (0 with no customer).</summary>
    public double Share => Customers == 0 ? 0 : (double)Members / Customers;

    /// <summary>Mean completed net revenue per member (0 for an empty segment).</summary>
    public decimal NetAmountPerMember => Members == 0 ? 0 : decimal.Round(NetAmount / Members, 2);

    /// <summary>The mean CLV as the page shows it ("–" when there is none).</summary>
    public string MeanClvText => MeanClvAmount is { } clv
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{clv:N2} ({MembersWithClv:N0} with a CLV)")
        : "–";

    /// <summary>The preview as a one-line sentence (the chart-free summary of the page and the CLI).</summary>
    public string Summary => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Members:N0} customers ({Share:P1} of {Customers:N0}), net revenue {NetAmount:N2}") +
        (MeanClvAmount is { } clv ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", mean CLV {clv:N2} ({MembersWithClv:N0} with a CLV)") : "");
}
