using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// A segment as data: every group must hold (AND), and a group holds when any of its conditions does (OR). A group of one
/// condition is a plain AND-ed condition. Never SQL: <see cref="SegmentCompiler"/> turns it into a parameterised WHERE.
/// The CLI reads it from a JSON file (<see cref="FromJson"/>), the warehouse keeps it as JSON in app_segment.
/// </summary>
/// <param name="Groups">The groups, all of which must hold.</param>
public sealed record SegmentDefinition(IReadOnlyList<ConditionGroup> Groups)
{
    /// <summary>The JSON shape: camelCase, nulls left out (as the CLI's files are written).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    /// <summary>No condition: every current customer.</summary>
    public static SegmentDefinition Everyone { get; } = new([]);

    /// <summary>Every condition, with the number of its group.</summary>
    public IEnumerable<(int Group, SegmentCondition Condition)> Conditions =>
        Groups.SelectMany((g, i) => (g.AnyOf ?? []).Select(c => (i, c)));

    /// <summary>The definition as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a definition; a malformed document throws <see cref="SegmentDefinitionException"/> with the reason.</summary>
    public static SegmentDefinition FromJson(string json)
    {
        try
        {
            var definition = JsonSerializer.Deserialize<SegmentDefinition>(json, Json);
            return definition is { Groups: not null } ? definition
                : throw new SegmentDefinitionException(["The segment has no \"groups\": give a list of groups, each with \"anyOf\" conditions."]);
        }
        catch (JsonException e)
        {
            throw new SegmentDefinitionException([$"The segment is not valid JSON: {e.Message}"]);
        }
    }
}

/// <summary>A group of conditions of which at least one must hold.</summary>
/// <param name="AnyOf">The conditions (OR).</param>
public sealed record ConditionGroup(IReadOnlyList<SegmentCondition> AnyOf);

/// <summary>
/// One condition: a field of <see cref="SegmentFields"/>, one of its operators, and the values that operator takes (a list of
/// choices, a range, a number of days).
/// </summary>
/// <param name="Field">The field's name (region, segment, category, ...).</param>
/// <param name="Op">The operator's name (in, not_in, between, within, ...).</param>
/// <param name="Values">Chosen values (regions, categories, channels, ...), for the operators that take them.</param>
/// <param name="Min">Lower bound (inclusive) of a range.</param>
/// <param name="Max">Upper bound (inclusive) of a range.</param>
/// <param name="Days">The N of "within N days".</param>
public sealed record SegmentCondition(string Field, string Op, IReadOnlyList<string>? Values = null, decimal? Min = null,
    decimal? Max = null, int? Days = null);

/// <summary>A segment definition or saved segment that cannot be used, with every reason (one sentence each).</summary>
public sealed class SegmentDefinitionException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    /// <summary>What is wrong, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
