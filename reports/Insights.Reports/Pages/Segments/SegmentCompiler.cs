using System.Globalization;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// One condition of a compiled segment, as a slot of the fixed-slot statement (members.sql) takes it: one of the four kinds
/// of the macro segment_condition (migration 0052) and its values, each bound as a $parameter by <see cref="SegmentSlots"/>.
/// </summary>
/// <param name="GroupNumber">The number of its group (1, 2, ...): the conditions of one group are OR-ed.</param>
/// <param name="Kind">choice, range, listed or since.</param>
/// <param name="Field">What the kind reads (a field's name from the whitelist, or the figure a count or flag maps to).</param>
/// <param name="Values">The values it lists (null: none).</param>
/// <param name="Low">A range's lower bound, inclusive (null: none).</param>
/// <param name="High">A range's upper bound, inclusive (null: none).</param>
/// <param name="Since">The first moment of "within N days" (null: none, or ever).</param>
/// <param name="IsIn">in / any / within (true), not in / none / not within (false); null for a range.</param>
public sealed record CompiledCondition(int GroupNumber, string Kind, string Field, IReadOnlyList<string>? Values = null,
    double? Low = null, double? High = null, DateTime? Since = null, bool? IsIn = null);

/// <summary>
/// A segment compiled for mart_segment_customer, which carries the model figures too (migration 0031): its conditions, one
/// slot each of members.sql, the number of groups a member must be in (AND over groups, OR within), and the SLA targets
/// "resolved slowly" compares with.
/// </summary>
/// <param name="CountGroups">Groups with at least one condition (0: every customer).</param>
/// <param name="Conditions">The conditions, group by group.</param>
/// <param name="SlaHours">The resolution target in hours per severity of <see cref="SegmentCompiler.Severities"/> (null: none).</param>
public sealed record CompiledSegment(int CountGroups, IReadOnlyList<CompiledCondition> Conditions, IReadOnlyList<double?> SlaHours)
{
    /// <summary>Every value the conditions bind, in order (what the definition gave, and the bounds and dates derived from it).</summary>
    public IEnumerable<object?> Values => Conditions.SelectMany(c => new object?[] { c.Field, c.Values, c.Low, c.High, c.Since, c.IsIn });
}

/// <summary>
/// Turns a <see cref="SegmentDefinition"/> into conditions over mart_segment_customer, model figures included (copied from
/// mart_customer_score and mart_customer_offer: a customer without a score matches no model condition). Each condition becomes
/// a slot of the one fixed statement (<see cref="SegmentSlots"/>): one of four kinds, chosen by the field's kind from
/// <see cref="SegmentFields"/> and its operator, and every value a user gave (a region, a category, a number, a date derived
/// from days) and the field's name (from the whitelist) are $parameters, so no text of the definition ever reaches the SQL. Invalid definitions are refused with every
/// problem, one sentence each.
/// </summary>
public static class SegmentCompiler
{
    /// <summary>The severities complaints carry (fct_complaint__accepted_severity): one SLA parameter each.</summary>
    public static IReadOnlyList<string> Severities { get; } = ["low", "medium", "high", "critical"];

    /// <summary>
    /// Compiles <paramref name="definition"/>. "Within N days" counts back from <paramref name="today"/>; "resolved slowly"
    /// compares each resolved complaint's hours to resolve with <paramref name="slaHours"/> of its severity (a severity without
    /// a target never counts). With <paramref name="choices"/>, listed values must be among the warehouse's; with
    /// <paramref name="models"/>, a model condition needs its figures computed and trusted.
    /// </summary>
    /// <exception cref="SegmentDefinitionException">The definition breaks a rule (all problems listed).</exception>
    public static CompiledSegment Compile(SegmentDefinition definition, DateOnly today, IReadOnlyDictionary<string, double> slaHours,
        SegmentChoices? choices = null, SegmentModelState? models = null)
    {
        var problems = Validate(definition, choices, models);
        if (problems.Count > 0) throw new SegmentDefinitionException(problems);
        DateTime Since(int days) => today.AddDays(-days).ToDateTime(TimeOnly.MinValue);

        CompiledCondition Condition(int group, SegmentCondition condition)
        {
            var field = SegmentFields.Find(condition.Field)!;
            List<string>? values = condition.Values is { Count: > 0 } given ? [.. given.Select(v => v.Trim())] : null;
            DateTime? since = condition.Days is { } days ? Since(days) : null;
            CompiledCondition Range(string figure, double? low = null, double? high = null) => new(group, "range", figure, Low: low, High: high);
            return (field.Kind, condition.Op) switch
            {
                (FieldKind.Choice, "in" or "not_in") => new(group, "choice", field.Name, values, IsIn: condition.Op == "in"),
                (FieldKind.Offer, "top_in") => new(group, "choice", "top_offer", values, IsIn: true),
                (FieldKind.Range or FieldKind.Score, _) => Range(Column(field), Bound(condition.Min), Bound(condition.Max)),
                (FieldKind.OrderChannel or FieldKind.Category or FieldKind.Offer or FieldKind.Overdue, "any_of" or "none_of" or "ever" or "never" or "top3_in" or "in_category") =>
                    new(group, "listed", field.Name, values, IsIn: condition.Op is not ("none_of" or "never")),
                // this slot's bit of the customers' recent categories (members.sql): 1 bought in one since, 0 not
                (FieldKind.Category, "within") => new(group, "range", "category_within", values, Low: 1, Since: since),
                (FieldKind.Category, "not_within") => new(group, "range", "category_within", values, High: 0, Since: since),
                (FieldKind.Complaint, "any") => Range("complaints", low: 1),
                (FieldKind.Complaint, "none") => Range("complaints", high: 0),
                (FieldKind.Complaint, "open") => Range("open_complaints", low: 1),
                (FieldKind.Complaint, "unresolved") => Range("unresolved_complaints", low: 1),
                (FieldKind.Complaint, "resolved_slowly") => Range("resolved_slowly", low: 1),
                (FieldKind.LastContact, "within") => new(group, "since", "last_contact", values, Since: since, IsIn: true),
                (FieldKind.LastContact, "not_within") => new(group, "since", "last_contact", Since: since, IsIn: false),
                (FieldKind.SelfService, _) => new(group, "since", "self_service", Since: since, IsIn: condition.Op is "ever" or "within"),
                (FieldKind.Overdue, "own_rhythm") => Range("overdue", low: 1),
                _ => throw new InvalidOperationException($"{field.Name} {condition.Op} passed validation but has no SQL."),
            };
        }

        var groups = definition.Groups.Where(g => (g.AnyOf ?? []).Count > 0).ToList();
        return new CompiledSegment(groups.Count, [.. groups.SelectMany((g, i) => g.AnyOf.Select(c => Condition(i + 1, c)))],
            [.. Severities.Select(s => slaHours.TryGetValue(s, out var hours) ? hours : (double?)null)]);
    }

    // a range bound as a double (null: no bound): exact for whole numbers and 2-decimal amounts, as the columns compare
    static double? Bound(decimal? value) => value is { } v ? (double)v : null;

    // the figure a Range or Score field is known by in segment_condition (the field names are the whitelist; the macro maps each to its column)
    static string Column(SegmentField field) => field.Name is "r_score" or "f_score" or "m_score" or "orders" or "net_spend" or "returns"
        or "clv" or "p_alive" or "expected_purchases" ? field.Name : throw new InvalidOperationException($"{field.Name} has no column.");

    /// <summary>
    /// Every problem of <paramref name="definition"/> (empty: it compiles), one sentence each, naming the condition; with
    /// <paramref name="models"/>, model conditions whose figures are not computed or not trusted are refused with the reason.
    /// </summary>
    public static IReadOnlyList<string> Validate(SegmentDefinition definition, SegmentChoices? choices = null, SegmentModelState? models = null)
    {
        var problems = new List<string>();
        var conditions = definition.Conditions.ToList();
        if (conditions.Count > SegmentSlots.Count)
            problems.Add($"A segment has at most {SegmentSlots.Count} conditions (the slots of the segment statement); this one has {conditions.Count}.");
        var number = 0;
        foreach (var (_, condition) in conditions)
        {
            number++;
            if (condition is null) { problems.Add($"Condition {number} is empty."); continue; }
            var field = SegmentFields.Find(condition.Field);
            var at = $"Condition {number}";
            if (field is null)
            {
                problems.Add($"{at}: there is no field '{Shorten(condition.Field)}'; choose one of {string.Join(", ", SegmentFields.All.Select(f => f.Name))}.");
                continue;
            }
            at += $" ({field.Label})";
            if (models?.Problem(field, condition.Op) is { } unavailable)
            {
                problems.Add($"{at}: {unavailable}");
                continue;
            }
            var op = field.Operator(condition.Op);
            if (op is null)
            {
                problems.Add($"{at}: '{Shorten(condition.Op)}' is not an operator of this field; choose {string.Join(", ", field.Operators.Select(o => o.Name))}.");
                continue;
            }
            var values = condition.Values ?? [];
            if (op.Values == ValuesUse.None && values.Count > 0) problems.Add($"{at}: '{op.Label}' takes no values.");
            if (op.Values == ValuesUse.Required && values.Count == 0) problems.Add($"{at}: choose at least one value.");
            if (values.Count > SegmentFields.MaxValues) problems.Add($"{at}: at most {SegmentFields.MaxValues} values; {values.Count} were given.");
            foreach (var value in values.Take(SegmentFields.MaxValues))
            {
                if (string.IsNullOrWhiteSpace(value)) problems.Add($"{at}: a value is empty.");
                else if (value.Length > SegmentFields.MaxValueLength) problems.Add($"{at}: a value is longer than {SegmentFields.MaxValueLength} characters.");
                else if (value.Any(char.IsControl)) problems.Add($"{at}: a value holds a control character (a line break, a tab).");
                else if (choices is not null && field.Choices is { } list && !choices.Of(list).Contains(value.Trim()))
                    problems.Add($"{at}: '{Shorten(value)}' is not a value the warehouse knows; choose from {string.Join(", ", choices.Of(list).Take(20))}.");
            }
            if (op.Range) RangeProblems(at, field, condition, problems);
            else if (condition.Min is not null || condition.Max is not null) problems.Add($"{at}: '{op.Label}' takes no minimum or maximum.");
            if (op.Days)
            {
                if (condition.Days is not { } days) problems.Add($"{at}: give the number of days (1 to {SegmentFields.MaxDays}).");
                else if (days is < 1 or > SegmentFields.MaxDays) problems.Add($"{at}: the number of days must be 1 to {SegmentFields.MaxDays}; {days} was given.");
            }
            else if (condition.Days is not null) problems.Add($"{at}: '{op.Label}' takes no number of days.");
        }
        return problems;
    }

    static void RangeProblems(string at, SegmentField field, SegmentCondition condition, List<string> problems)
    {
        if (condition.Min is null && condition.Max is null) { problems.Add($"{at}: give a minimum, a maximum or both."); return; }
        foreach (var (name, value) in new[] { ("minimum", condition.Min), ("maximum", condition.Max) })
        {
            if (value is not { } v) continue;
            if (v < field.Floor || v > field.Cap)
                problems.Add($"{at}: the {name} must be {Format(field.Floor)} to {Format(field.Cap)}; {Format(v)} was given.");
            else if (field.Whole && v != decimal.Truncate(v)) problems.Add($"{at}: the {name} must be a whole number; {Format(v)} was given.");
            else if (!field.Whole && decimal.Round(v, 2) != v) problems.Add($"{at}: the {name} has at most 2 decimals; {Format(v)} was given.");
        }
        if (condition.Min > condition.Max) problems.Add($"{at}: the minimum {Format(condition.Min!.Value)} is above the maximum {Format(condition.Max!.Value)}.");
    }

    static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // echoed input is cut short (pages encode it; a message should not repeat a megabyte)
    static string Shorten(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";
}
