using System.Globalization;

namespace Insights.Reports.Pages.Segments.Scope;

/// <summary>
/// A saved segment applied to a report as a filter (GET <c>segmentId</c>, CLI <c>--segment-id</c>): the report counts only its
/// members as evaluated at the warehouse's current state (app_segment_member). Every report binds it as <c>$segment_id</c>
/// (<see cref="Parameter"/>) and tests it with the one fragment
/// <c>($segment_id::integer is null or x.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))</c>.
/// </summary>
/// <param name="Id">The segment's id.</param>
/// <param name="Name">Its name (user input: encoded on output, slugged in file names).</param>
/// <param name="Members">Its members at the evaluation the report reads.</param>
/// <param name="EvaluatedAt">When that evaluation ran (UTC): part of every cache key, since a save re-evaluates at the same state.</param>
/// <param name="IsCurrent">Evaluated at the warehouse's current state; false: its conditions no longer compile there, so the
/// members are those of its last evaluation (the page says so).</param>
public sealed record SegmentScope(int Id, string Name, long Members, DateTime EvaluatedAt, bool IsCurrent)
{
    /// <summary>The SQL parameter every report's .sql reads: the id, or null for no segment.</summary>
    public static (string Name, object? Value) Parameter(SegmentScope? scope) => ("segment_id", scope?.Id);

    /// <summary>The SQL parameter of <paramref name="filter"/>'s segment.</summary>
    /// <exception cref="InvalidOperationException">A segment was asked for but never resolved: a report must not ignore it.</exception>
    public static (string Name, object? Value) ParameterOf(ISegmentFiltered filter) =>
        filter.SegmentId is { } id && filter.AppliedSegment?.Id != id
            ? throw new InvalidOperationException($"Segment {id} was asked for but not resolved (SegmentScopes.TryApply) before the report read its numbers.")
            : Parameter(filter.AppliedSegment);

    /// <summary>What the page shows above the numbers, e.g. "Segment: Lapsed VIPs (1,204 customers)".</summary>
    public string Label => $"Segment: {Name} ({Members.ToString("N0", CultureInfo.InvariantCulture)} customers)";

    /// <summary>A cache key part that changes whenever the members may have (another evaluation).</summary>
    public string Key => $"segment:{Id}@{EvaluatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A file-name part: "segment-7-" and the name in letters, digits and dashes (at most 40), e.g. segment-7-Lapsed-VIPs.</summary>
    public string FileLabel
    {
        get
        {
            var slug = new string([.. Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
            if (slug.Length > 40) slug = slug[..40];
            return $"segment-{Id.ToString(CultureInfo.InvariantCulture)}" + (slug.Length > 0 ? "-" + slug : "");
        }
    }

    /// <summary>The file-name part of an optional scope: empty without a segment, else "_" and <see cref="FileLabel"/>.</summary>
    public static string FileSuffix(SegmentScope? scope) => scope is null ? "" : "_" + scope.FileLabel;
}
