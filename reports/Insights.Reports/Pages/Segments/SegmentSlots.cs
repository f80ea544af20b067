using Insights.Warehouse;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// The segment statement (members.sql): one whole statement of <see cref="Count"/> fixed condition slots, each slot's
/// condition bound as $parameters (unused slots: null, group bit 0), so no text of a definition ever reaches the SQL. It
/// writes this connection's temporary table segment_members; the preview and the re-evaluation read it.
/// </summary>
public static class SegmentSlots
{
    /// <summary>The slots the statement has: the most conditions a segment may have (the form's cap, SegmentFields.MaxConditions, is this).</summary>
    public const int Count = 20;

    /// <summary>The statement, embedded as it is.</summary>
    public static string Sql { get; } = SqlResource.Load(typeof(SegmentSlots), "members.sql");

    // a list's values as members.sql splits them (chr(31): the compiler refuses control characters in values)
    const char Separator = '\u001f';

    /// <summary>Every $parameter of <see cref="Sql"/> for <paramref name="segment"/>: slot n is its n-th condition.</summary>
    public static (string Name, object? Value)[] Parameters(CompiledSegment segment)
    {
        if (segment.Conditions.Count > Count)
            throw new SegmentDefinitionException([$"A segment has at most {Count} conditions (the slots of the segment statement); this one has {segment.Conditions.Count}."]);
        var parameters = new List<(string, object?)>
        {
            ("all_groups", (1 << segment.CountGroups) - 1),
            ("uses_resolved_slowly", segment.Conditions.Any(c => c.Field == "resolved_slowly")),
        };
        parameters.AddRange(SegmentCompiler.Severities.Select((s, i) => ("sla_hours_" + s, (object?)segment.SlaHours[i])));
        for (var n = 1; n <= Count; n++)
        {
            var c = n <= segment.Conditions.Count ? segment.Conditions[n - 1] : null;
            parameters.AddRange([
                ($"kind_{n}", c?.Kind), ($"field_{n}", c?.Field),
                ($"values_{n}", c?.Values is { } values ? string.Join(Separator, values) : null),
                ($"low_{n}", c?.Low), ($"high_{n}", c?.High), ($"since_{n}", c?.Since), ($"is_in_{n}", c?.IsIn),
                ($"group_bit_{n}", c is null ? 0 : 1 << (c.GroupNumber - 1)),
            ]);
        }
        return [.. parameters];
    }
}
