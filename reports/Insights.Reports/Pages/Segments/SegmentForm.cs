using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// The editor's form (posted, so it works without script): a name, a description and condition rows. Rows with the same group
/// number are alternatives (OR); groups must all hold (AND). A row without a field is left out.
/// </summary>
public sealed class SegmentForm
{
    /// <summary>Most rows the form takes (the compiler's cap on conditions).</summary>
    public const int MaxRows = SegmentFields.MaxConditions;

    /// <summary>The segment's name (for a save).</summary>
    [StringLength(SegmentStore.MaxNameLength)] public string? Name { get; set; }

    /// <summary>What it is for.</summary>
    [StringLength(SegmentStore.MaxDescriptionLength)] public string? Description { get; set; }

    /// <summary>The condition rows.</summary>
    [MaxLength(MaxRows, ErrorMessage = "A segment has at most 20 conditions.")]
    public List<ConditionRow> Rows { get; set; } = [];

    /// <summary>The conditions as a definition: rows grouped by their group number, in order of first appearance.</summary>
    public SegmentDefinition ToDefinition() => new(
        [.. Rows.Where(r => !string.IsNullOrWhiteSpace(r.Field))
            .Select((r, i) => (Group: r.Group ?? 1000 + i, Condition: r.ToCondition()))
            .GroupBy(r => r.Group)
            .Select(g => new ConditionGroup([.. g.Select(r => r.Condition)]))]);

    /// <summary>A form showing <paramref name="definition"/> (one row per condition, numbered by group).</summary>
    public static SegmentForm From(SegmentDefinition definition, string? name = null, string? description = null) => new()
    {
        Name = name,
        Description = description,
        Rows = [.. definition.Conditions.Select(c => ConditionRow.From(c.Group + 1, c.Condition))],
    };
}

/// <summary>One condition row of the form.</summary>
public sealed class ConditionRow
{
    /// <summary>Rows with the same number are alternatives (OR); empty: a group of its own.</summary>
    [Range(1, 99)] public int? Group { get; set; }

    /// <summary>The field (<see cref="SegmentFields"/>).</summary>
    [StringLength(40)] public string? Field { get; set; }

    /// <summary>The operator (empty: the field's first).</summary>
    [StringLength(40)] public string? Op { get; set; }

    /// <summary>The chosen values.</summary>
    public List<string> Values { get; set; } = [];

    /// <summary>Lower bound of a range.</summary>
    public decimal? Min { get; set; }

    /// <summary>Upper bound of a range.</summary>
    public decimal? Max { get; set; }

    /// <summary>N of "within N days".</summary>
    public int? Days { get; set; }

    /// <summary>The field of this row, or null.</summary>
    public SegmentField? FieldInfo => SegmentFields.Find(Field);

    /// <summary>
    /// The operator of this row, or the field's first when none of its own was chosen (the form keeps the old operator when
    /// the field changes); null without a known field.
    /// </summary>
    public SegmentOperator? OpInfo => FieldInfo is { } f ? f.Operator(Op) ?? f.Operators[0] : null;

    /// <summary>The row as a condition (values trimmed, empty ones dropped: a multi-select posts none for nothing chosen).</summary>
    public SegmentCondition ToCondition() => new(Field!.Trim(), OpInfo?.Name ?? Op ?? "",
        Values.Count == 0 ? null : [.. Values.Where(v => !string.IsNullOrWhiteSpace(v))], Min, Max, Days);

    /// <summary>A row showing <paramref name="condition"/> in group <paramref name="group"/>.</summary>
    public static ConditionRow From(int group, SegmentCondition condition) => new()
    {
        Group = group, Field = condition.Field, Op = condition.Op, Values = [.. condition.Values ?? []],
        Min = condition.Min, Max = condition.Max, Days = condition.Days,
    };
}
