namespace Insights.Reports.Pages.Segments.Scope;

/// <summary>
/// A report filter that takes a saved segment: <see cref="SegmentId"/> arrives as GET <c>segmentId</c> (or CLI
/// <c>--segment-id</c>), <see cref="SegmentScopes.TryApply"/> resolves it into <see cref="AppliedSegment"/> (on the site the
/// <see cref="SegmentScopePageFilter"/> does, for any page binding such a filter, before its handler runs), and the report's
/// SQL reads it through <see cref="SegmentScope.ParameterOf"/>, which refuses an id that was never resolved (so no report
/// ignores a segment silently). The applied scope has no public setter: links and model binding carry only the id.
/// </summary>
public interface ISegmentFiltered
{
    /// <summary>The saved segment asked for (null: all customers).</summary>
    int? SegmentId { get; }

    /// <summary>The segment resolved (null: none asked for, or not resolved yet).</summary>
    SegmentScope? AppliedSegment { get; }

    /// <summary>Records the resolved segment.</summary>
    void ApplySegment(SegmentScope? scope);
}
