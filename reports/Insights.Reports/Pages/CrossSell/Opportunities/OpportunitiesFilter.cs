using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;
using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.CrossSell.Opportunities;

/// <summary>Filter of the new-offering opportunities (GET parameters on the page, options in the CLI; the initialisers are the defaults).</summary>
public sealed record OpportunitiesFilter : PeriodFilter, ISegmentFiltered
{
    /// <summary>Only this saved segment's members (after the latest load) are counted in the three lists; empty: everyone.</summary>
    public int? SegmentId { get; set; }

    /// <summary>The saved segment resolved (SegmentScopes.TryApply); part of the cache key, so a re-evaluation is never served stale.</summary>
    public SegmentScope? AppliedSegment { get; private set; }

    /// <inheritdoc />
    public void ApplySegment(SegmentScope? scope) => AppliedSegment = scope;

    /// <summary>Pairs need at least this many orders (for trends: in the later half).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Minimum orders per pair must be at least 1.")]
    public int MinOrders { get; set; } = 20;

    /// <summary>Rows per list.</summary>
    [Range(1, 10_000, ErrorMessage = "Rows per list must be between 1 and 10,000.")]
    public int Limit { get; set; } = 50;
}
