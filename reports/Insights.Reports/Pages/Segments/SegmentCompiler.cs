using System.Globalization;
using Insights.Reports.Pages.Segments.Conditions;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// One condition of a compiled segment: a whole statement from <see cref="ConditionSql"/> (chosen by the condition's kind, never
/// written from the definition) and its values, each a $parameter. Run on a connection, it inserts the customers it selects
/// into segment_hits under its group's number.
/// </summary>
/// <param name="GroupNumber">The number of its group (1, 2, ...): the conditions of one group are OR-ed.</param>
/// <param name="File">Its file in <see cref="ConditionSql.Files"/>.</param>
/// <param name="Values">Its parameters but the group number: every value the user gave (a list of values, a bound, a date).</param>
public sealed record CompiledCondition(int GroupNumber, string File, IReadOnlyList<(string Name, object? Value)> Values)
{
    /// <summary>Its statement.</summary>
    public string Sql => ConditionSql.Text(File);

    /// <summary>Every parameter of <see cref="Sql"/>: the group number and the values.</summary>
    public (string Name, object? Value)[] Parameters => [("group_number", GroupNumber), .. Values];
}

/// <summary>
/// A segment compiled for mart_segment_customer, which carries the model figures too (migration 0031): its conditions, each a
/// whole statement with $parameters, and the number of groups a member must be in (members.sql: AND over groups, OR within).
/// </summary>
/// <param name="CountGroups">Groups with at least one condition (0: every customer).</param>
/// <param name="Conditions">The conditions, group by group.</param>
public sealed record CompiledSegment(int CountGroups, IReadOnlyList<CompiledCondition> Conditions)
{
    /// <summary>Every value the conditions bind, in order (what the definition gave, and the dates and targets derived from it).</summary>
    public IEnumerable<object?> Values => Conditions.SelectMany(c => c.Values.Select(v => v.Value));
}

/// <summary>
/// Turns a <see cref="SegmentDefinition"/> into conditions over mart_segment_customer, model figures included (copied from
/// mart_customer_score and mart_customer_offer: a customer without a score matches no model condition). Each condition is a
/// fixed statement of <see cref="ConditionSql"/>, chosen by the field's kind from <see cref="SegmentFields"/> and its operator;
/// every value a user gave (a region, a category, a number, a date derived from days) and the field's name (from the
/// whitelist) are $parameters, so no text of the definition ever reaches the SQL. Invalid definitions are refused with every
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
            List<string> values = [.. (condition.Values ?? []).Select(v => v.Trim())];
            CompiledCondition Sql(string file, params (string, object?)[] parameters) => new(group, file, parameters);
            return (field.Kind, condition.Op) switch
            {
                (FieldKind.Choice, "in" or "not_in") =>
                    Sql("choice.sql", ("field", field.Name), ("values", values), ("is_in", condition.Op == "in")),
                (FieldKind.Range or FieldKind.Score, _) => Sql("range.sql", ("field", Column(field)),
                    ("min", Bound(field, condition.Min)), ("max", Bound(field, condition.Max))),
                (FieldKind.OrderChannel or FieldKind.Category or FieldKind.Offer or FieldKind.Overdue, "any_of" or "none_of" or "ever" or "never" or "top3_in" or "in_category") =>
                    Sql("listed.sql", ("field", field.Name), ("values", values), ("is_any", condition.Op is not ("none_of" or "never"))),
                (FieldKind.Category, "within" or "not_within") => Sql("category_within.sql", ("values", values),
                    ("since", DateOnly.FromDateTime(Since(condition.Days!.Value))), ("is_within", condition.Op == "within")),
                (FieldKind.Complaint, "resolved_slowly") => Sql("complaints_resolved_slowly.sql",
                    [.. Severities.Select(s => ("sla_hours_" + s, (object?)(slaHours.TryGetValue(s, out var hours) ? hours : null)))]),
                (FieldKind.Complaint, _) => Sql("complaints.sql", ("kind", condition.Op)),
                (FieldKind.LastContact, "within") =>
                    Sql("last_contact_within.sql", ("since", Since(condition.Days!.Value)), ("channels", values)),
                (FieldKind.LastContact, "not_within") => Sql("last_contact_not_within.sql", ("since", Since(condition.Days!.Value))),
                (FieldKind.SelfService, _) => Sql("self_service.sql", ("kind", condition.Op),
                    ("since", condition.Days is { } days ? Since(days) : null)),
                (FieldKind.Overdue, "own_rhythm") => Sql("overdue_own_rhythm.sql"),
                (FieldKind.Offer, "top_in") => Sql("top_offer.sql", ("values", values)),
                _ => throw new InvalidOperationException($"{field.Name} {condition.Op} passed validation but has no SQL."),
            };
        }

        var groups = definition.Groups.Where(g => (g.AnyOf ?? []).Count > 0).ToList();
        return new CompiledSegment(groups.Count, [.. groups.SelectMany((g, i) => g.AnyOf.Select(c => Condition(i + 1, c)))]);
    }

    // a range bound as the field takes it: a whole number for counts and scores, else the 2-decimal value (null: no bound)
    static object? Bound(SegmentField field, decimal? value) => value is not { } v ? null : field.Whole ? (long)v : v;

    // the name range.sql knows a Range or Score field by (the field names are the whitelist; the file maps each to its column)
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
        if (conditions.Count > SegmentFields.MaxConditions)
            problems.Add($"A segment has at most {SegmentFields.MaxConditions} conditions; this one has {conditions.Count}.");
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
