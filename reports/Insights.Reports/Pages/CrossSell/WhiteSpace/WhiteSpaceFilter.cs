using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>Filter of the white-space matrix: the period and a saved segment (the RFM segments are its rows).</summary>
public sealed record WhiteSpaceFilter : PeriodFilter, ISegmentFiltered
{
    /// <summary>Only this saved segment's members (after the latest load) are counted, in every cell and benchmark; empty: everyone.</summary>
    public int? SegmentId { get; set; }

    /// <summary>The saved segment resolved (SegmentScopes.TryApply); part of the cache key, so a re-evaluation is never served stale.</summary>
    public SegmentScope? AppliedSegment { get; private set; }

    /// <inheritdoc />
    public void ApplySegment(SegmentScope? scope) => AppliedSegment = scope;
}
