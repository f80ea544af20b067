using System.Globalization;
using System.Text;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// A segment compiled for mart_segment_customer (alias c), which carries the model figures too (migration 0031): a WHERE
/// expression and its parameters.
/// </summary>
/// <param name="Where">The expression: fixed SQL from <see cref="SegmentCompiler"/>'s whitelist, values only as $parameters.</param>
/// <param name="Parameters">Every value of the definition, each bound by name.</param>
public sealed record CompiledSegment(string Where, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>
/// Turns a <see cref="SegmentDefinition"/> into a WHERE expression over mart_segment_customer (alias c), model figures included
/// (copied from mart_customer_score and mart_customer_offer: a customer without a score matches no model condition). Column and table
/// names come only from the fixed fragments below, chosen by the field's kind from <see cref="SegmentFields"/>; every value a
/// user gave (a region, a category, a number, a date derived from days) becomes its own $vN parameter, named by position, so
/// no text of the definition ever reaches the SQL. Invalid definitions are refused with every problem, one sentence each.
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
        var parameters = new List<(string, object?)>();
        string Bind(object? value)
        {
            var name = "v" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add((name, value));
            return "$" + name;
        }
        string List(IEnumerable<string> values) => "(" + string.Join(", ", values.Select(v => Bind(v.Trim()))) + ")";
        // any value a member of a chr(31)-delimited column (the mart's order_channels, categories, top3_offers, overdue_categories)
        string AnyOf(string column, IEnumerable<string> values) =>
            "(" + string.Join(" or ", values.Select(v => $"contains({column}, chr(31) || {Bind(v.Trim())}::varchar || chr(31))")) + ")";
        DateTime Cutoff(int days) => today.AddDays(-days).ToDateTime(TimeOnly.MinValue);

        string Condition(SegmentCondition condition)
        {
            var field = SegmentFields.Find(condition.Field)!;
            var values = condition.Values ?? [];
            return (field.Kind, condition.Op) switch
            {
                (FieldKind.Choice, "in") => $"coalesce({Column(field)} in {List(values)}, false)",
                (FieldKind.Choice, "not_in") => $"not coalesce({Column(field)} in {List(values)}, false)",
                (FieldKind.Range or FieldKind.Score, _) => Range(Column(field), condition, field, Bind),
                (FieldKind.OrderChannel, "any_of") => AnyOf("c.order_channels", values),
                (FieldKind.OrderChannel, "none_of") => "not " + AnyOf("c.order_channels", values),
                (FieldKind.Category, "ever") => AnyOf("c.categories", values),
                (FieldKind.Category, "never") => "not " + AnyOf("c.categories", values),
                (FieldKind.Category, "within") =>
                    $"c.customer_id in (select customer_id from mart_segment_category where category in {List(values)} and last_ordered_on >= {Bind(DateOnly.FromDateTime(Cutoff(condition.Days!.Value)))})",
                (FieldKind.Category, "not_within") =>
                    $"c.customer_id not in (select customer_id from mart_segment_category where category in {List(values)} and last_ordered_on >= {Bind(DateOnly.FromDateTime(Cutoff(condition.Days!.Value)))})",
                (FieldKind.Complaint, "any") => "c.count_complaints > 0",
                (FieldKind.Complaint, "none") => "c.count_complaints = 0",
                (FieldKind.Complaint, "open") => "c.count_open_complaints > 0",
                (FieldKind.Complaint, "unresolved") => "c.count_unresolved_complaints > 0",
                (FieldKind.Complaint, "resolved_slowly") => SlowlyResolved(slaHours, Bind),
                (FieldKind.LastContact, "within") => $"c.last_contacted_at >= {Bind(Cutoff(condition.Days!.Value))}" +
                    (values.Count > 0 ? $" and c.last_contact_channel in {List(values)}" : ""),
                (FieldKind.LastContact, "not_within") => $"coalesce(c.last_contacted_at < {Bind(Cutoff(condition.Days!.Value))}, true)",
                (FieldKind.SelfService, "ever") => "c.last_self_service_at is not null",
                (FieldKind.SelfService, "never") => "c.last_self_service_at is null",
                (FieldKind.SelfService, "within") => $"c.last_self_service_at >= {Bind(Cutoff(condition.Days!.Value))}",
                (FieldKind.SelfService, "not_within") => $"coalesce(c.last_self_service_at < {Bind(Cutoff(condition.Days!.Value))}, true)",
                (FieldKind.Overdue, "own_rhythm") => "coalesce(c.is_overdue, false)",
                (FieldKind.Overdue, "in_category") => AnyOf("c.overdue_categories", values),
                (FieldKind.Offer, "top_in") => $"coalesce(c.top_offer in {List(values)}, false)",
                (FieldKind.Offer, "top3_in") => AnyOf("c.top3_offers", values),
                _ => throw new InvalidOperationException($"{field.Name} {condition.Op} passed validation but has no SQL."),
            };
        }

        var where = new StringBuilder();
        foreach (var group in definition.Groups.Where(g => (g.AnyOf ?? []).Count > 0))
        {
            if (where.Length > 0) where.Append("\n  and ");
            where.Append('(').Append(string.Join(" or ", group.AnyOf.Select(c => "(" + Condition(c) + ")"))).Append(')');
        }
        return new CompiledSegment(where.Length == 0 ? "true" : where.ToString(), parameters);
    }

    // the column of a Choice or Range field: from this fixed map only (the field names are the whitelist)
    static string Column(SegmentField field) => field.Name switch
    {
        "segment" => "c.segment",
        "price_class" => "c.price_class",
        "region" => "c.region",
        "signup_channel" => "c.signup_channel",
        "r_score" => "c.r_score",
        "f_score" => "c.f_score",
        "m_score" => "c.m_score",
        "orders" => "c.count_orders",
        "net_spend" => "c.net_amount",
        "returns" => "c.count_returns",
        "clv" => "c.clv_amount",
        "p_alive" => "c.p_alive",
        "expected_purchases" => "c.expected_purchases_90d",
        _ => throw new InvalidOperationException($"{field.Name} has no column."),
    };

    static string Range(string column, SegmentCondition condition, SegmentField field, Func<object?, string> bind)
    {
        object Value(decimal d) => field.Whole ? (object)(long)d : d;
        var parts = new List<string>();
        if (condition.Min is { } min) parts.Add($"{column} >= {bind(Value(min))}");
        if (condition.Max is { } max) parts.Add($"{column} <= {bind(Value(max))}");
        return string.Join(" and ", parts);
    }

    // a complaint resolved in more hours than its severity's target (the service report's SLA rule): the mart keeps each
    // customer's slowest resolution per severity, one fixed column per severity of the fixed list
    static string SlowlyResolved(IReadOnlyDictionary<string, double> slaHours, Func<object?, string> bind) =>
        "(" + string.Join(" or ", Severities.Select(s =>
            $"coalesce(c.max_hours_to_resolve_{s} > {bind(slaHours.TryGetValue(s, out var hours) ? hours : null)}::double, false)")) + ")";

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
            if (models?.Problem(field) is { } unavailable)
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
