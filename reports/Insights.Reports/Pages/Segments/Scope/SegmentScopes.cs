using System.Globalization;
using Insights.Reports.Caching;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Insights.Reports.Pages.Segments.Scope;

/// <summary>A saved segment a report's filter form offers: its id, name and size at its latest evaluation.</summary>
/// <param name="Id">The segment id (the value of <c>segmentId</c>).</param>
/// <param name="Name">Its name.</param>
/// <param name="Members">Its size (null: never evaluated).</param>
public sealed record SegmentOption(int Id, string Name, long? Members)
{
    /// <summary>The option's text, e.g. "Lapsed VIPs (1,204)".</summary>
    public string Text => Members is { } n ? $"{Name} ({n.ToString("N0", CultureInfo.InvariantCulture)})" : Name;
}

/// <summary>
/// The one place a report turns a <c>segmentId</c> into a <see cref="SegmentScope"/> (pages and CLI alike): an unknown id is
/// refused with a message, and a segment not yet evaluated at the warehouse's current state is evaluated first, as the
/// re-evaluation after a load (<see cref="SegmentRefresh"/>) would, so a report never counts members of an older state
/// without saying so.
/// </summary>
public sealed class SegmentScopes(SegmentStore store, SegmentEvaluation evaluation, WarehouseState state)
{
    /// <summary>The saved segments, by name, for a filter form's list.</summary>
    public IReadOnlyList<SegmentOption> Options() => [.. store.List().Select(s => new SegmentOption(s.Id, s.Name, s.Members))];

    /// <summary>The segment <paramref name="id"/> as a report filter; null when none is asked for.</summary>
    /// <exception cref="SegmentScopeException">No saved segment has this id, or it could never be evaluated.</exception>
    public SegmentScope? Resolve(int? id, CancellationToken ct)
    {
        if (id is not { } segmentId) return null;
        var saved = store.Get(segmentId)
            ?? throw new SegmentScopeException(
                $"There is no saved segment {segmentId.ToString(CultureInfo.InvariantCulture)}: choose one from the segment list (or none); /segments lists them all.");
        if (saved.StateRunId != state.Current)
        {
            // not evaluated at this state yet (the re-evaluation after the load has not reached it): evaluate it now
            evaluation.Evaluate(segmentId, ct, again: false);
            saved = store.Get(segmentId) ?? saved;
        }
        if (saved.Members is not { } members || saved.EvaluatedAt is not { } at)
            throw new SegmentScopeException(
                $"The segment “{saved.Name}” has never been evaluated: its conditions do not compile at the warehouse's current state. Open it on /segments to see why.");
        return new SegmentScope(segmentId, saved.Name, members, at, saved.StateRunId == state.Current);
    }

    /// <summary>
    /// Resolves <paramref name="filter"/>'s segment into it; a segment that cannot be applied becomes a model error (the page
    /// answers 400 with the message, a download 400 as text). Returns whether the filter is usable.
    /// </summary>
    public bool TryApply(ISegmentFiltered filter, ModelStateDictionary state, CancellationToken ct)
    {
        if (!state.IsValid) return false;
        try
        {
            filter.ApplySegment(Resolve(filter.SegmentId, ct));
            return true;
        }
        catch (SegmentScopeException e)
        {
            state.AddModelError("segmentId", e.Message);
            return false;
        }
    }
}
