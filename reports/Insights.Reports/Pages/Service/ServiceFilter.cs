using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.Service;

/// <summary>
/// What every service view can be limited to: the period (days of the event: contact, complaint opened, return), the customer's
/// region (the customer version in force at the event), current RFM segment and a saved segment's members. Each view adds its
/// own fields.
/// </summary>
public abstract record ServiceFilter : PeriodFilter, ISegmentFiltered
{
    /// <summary>Only events of customers in this region (as at the event); empty: every region.</summary>
    [FilterText]
    public string? Region { get; set; }

    /// <summary>Only events of customers whose current RFM segment (mart_customer_rfm) is this one; empty: every segment.</summary>
    [FilterText]
    public string? Segment { get; set; }

    /// <summary>Only events of the members of this saved segment (app_segment_member, after the latest load); empty: everyone.</summary>
    public int? SegmentId { get; set; }

    /// <summary>The saved segment resolved (SegmentScopes.TryApply); part of the cache key, so a re-evaluation is never served stale.</summary>
    public SegmentScope? AppliedSegment { get; private set; }

    /// <inheritdoc />
    public void ApplySegment(SegmentScope? scope) => AppliedSegment = scope;

    /// <summary>The shared filter as $parameters (null for "any"), for the views' .sql files.</summary>
    public IEnumerable<(string Name, object? Value)> SharedParameters() =>
    [
        ("from", From?.ToDateTime(TimeOnly.MinValue)), ("to", To?.ToDateTime(TimeOnly.MinValue)),
        ("region", Blank(Region)), ("segment", Blank(Segment)), SegmentScope.ParameterOf(this),
    ];

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
