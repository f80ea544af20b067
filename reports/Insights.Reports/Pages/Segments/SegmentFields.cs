namespace Insights.Reports.Pages.Segments;

/// <summary>How a field's condition is written and what its operators take.</summary>
public enum FieldKind
{
    /// <summary>A column holding one of a list of choices (in / not in).</summary>
    Choice,
    /// <summary>A whole number or amount column (between).</summary>
    Range,
    /// <summary>The channels of the customer's orders (any of / none of).</summary>
    OrderChannel,
    /// <summary>Categories bought (ever, within N days, not within N days, never).</summary>
    Category,
    /// <summary>Complaints (any, none, open, unresolved, resolved past the SLA).</summary>
    Complaint,
    /// <summary>The last contact (within N days or not, optionally through given channels).</summary>
    LastContact,
    /// <summary>Self-service use (ever, never, within N days or not).</summary>
    SelfService,
    /// <summary>A model figure of the per-customer scores mart (mart_customer_score): CLV, P(alive), expected purchases (between).</summary>
    Score,
    /// <summary>
    /// Overdue in the customer's own rhythm (mart_customer_score's flag) or in one of the given categories (the intervals page's
    /// category rule, kept per customer in mart_customer_category_overdue: migration 0042).
    /// </summary>
    Overdue,
    /// <summary>The category of the customer's next-best offers (mart_customer_offer): the top one, or any of the top 3.</summary>
    Offer,
}

/// <summary>An operator of a field.</summary>
/// <param name="Name">Its name in the JSON and the form.</param>
/// <param name="Label">What the form shows.</param>
/// <param name="Values">It takes a list of values: required, optional (last contact's channels) or none.</param>
/// <param name="Range">It takes min and/or max.</param>
/// <param name="Days">It takes a number of days.</param>
public sealed record SegmentOperator(string Name, string Label, ValuesUse Values = ValuesUse.None, bool Range = false, bool Days = false);

/// <summary>Whether an operator takes a list of values.</summary>
public enum ValuesUse
{
    /// <summary>No values.</summary>
    None,
    /// <summary>At least one value.</summary>
    Required,
    /// <summary>Zero or more values (none: no restriction).</summary>
    Optional,
}

/// <summary>A field a condition can test: the whitelist the compiler and the form draw from.</summary>
/// <param name="Name">Its name in the JSON and the form.</param>
/// <param name="Label">What the form shows.</param>
/// <param name="Kind">How its condition is compiled.</param>
/// <param name="Operators">Its operators.</param>
/// <param name="Choices">The list its values come from (<see cref="SegmentChoices"/>), for fields with values.</param>
/// <param name="Floor">Smallest value of a range.</param>
/// <param name="Cap">Largest value of a range.</param>
/// <param name="Whole">The range takes whole numbers only.</param>
public sealed record SegmentField(string Name, string Label, FieldKind Kind, IReadOnlyList<SegmentOperator> Operators,
    string? Choices = null, decimal Floor = 0, decimal Cap = 0, bool Whole = true)
{
    /// <summary>The operator named <paramref name="name"/>, or null.</summary>
    public SegmentOperator? Operator(string? name) => Operators.FirstOrDefault(o => o.Name == name);
}

/// <summary>
/// Every field a segment condition can test (the whitelist: the compiler writes SQL only for these names). The model-based
/// fields (<see cref="IsModel"/>) read the marts the after-load scores step writes, and are refused with the reason while those
/// are not computed or their fit is not trusted (<see cref="SegmentModelState"/>).
/// </summary>
public static class SegmentFields
{
    /// <summary>Most days a "within N days" condition looks back (ten years).</summary>
    public const int MaxDays = 3650;

    /// <summary>Most values one condition lists.</summary>
    public const int MaxValues = 50;

    /// <summary>Longest value (a region, a category name).</summary>
    public const int MaxValueLength = 100;

    /// <summary>Most conditions in a segment: the slots of the segment statement (members.sql), so the form offers no more.</summary>
    public const int MaxConditions = SegmentSlots.Count;

    static readonly SegmentOperator In = new("in", "is one of", ValuesUse.Required);
    static readonly SegmentOperator NotIn = new("not_in", "is none of", ValuesUse.Required);
    static readonly SegmentOperator Between = new("between", "is between", Range: true);
    static readonly IReadOnlyList<SegmentOperator> ChoiceOps = [In, NotIn];

    /// <summary>The fields, in the order the form lists them.</summary>
    public static IReadOnlyList<SegmentField> All { get; } =
    [
        new("segment", "RFM segment", FieldKind.Choice, ChoiceOps, "segments"),
        new("r_score", "R score (recency, 1-5)", FieldKind.Range, [Between], Floor: 1, Cap: 5),
        new("f_score", "F score (frequency, 1-5)", FieldKind.Range, [Between], Floor: 1, Cap: 5),
        new("m_score", "M score (monetary, 1-5)", FieldKind.Range, [Between], Floor: 1, Cap: 5),
        new("price_class", "Price class", FieldKind.Choice, ChoiceOps, "price_classes"),
        new("region", "Region", FieldKind.Choice, ChoiceOps, "regions"),
        new("signup_channel", "Sign-up channel", FieldKind.Choice, ChoiceOps, "signup_channels"),
        new("order_channel", "Ordered through", FieldKind.OrderChannel,
            [new("any_of", "any of", ValuesUse.Required), new("none_of", "none of", ValuesUse.Required)], "order_channels"),
        new("category", "Category bought", FieldKind.Category,
        [
            new("ever", "ever", ValuesUse.Required), new("within", "within the last N days", ValuesUse.Required, Days: true),
            new("not_within", "not within the last N days", ValuesUse.Required, Days: true), new("never", "never", ValuesUse.Required),
        ], "categories"),
        new("orders", "Number of completed orders", FieldKind.Range, [Between], Floor: 0, Cap: 1_000_000),
        new("net_spend", "Net spend", FieldKind.Range, [Between], Floor: 0, Cap: 1_000_000_000, Whole: false),
        new("complaints", "Complaints", FieldKind.Complaint,
        [
            new("any", "any"), new("none", "none"), new("open", "an open one"), new("unresolved", "an unresolved one (open or in progress)"),
            new("resolved_slowly", "one resolved past its SLA"),
        ]),
        new("returns", "Number of returns", FieldKind.Range, [Between], Floor: 0, Cap: 1_000_000),
        new("last_contact", "Last contact", FieldKind.LastContact,
            [new("within", "within the last N days", ValuesUse.Optional, Days: true), new("not_within", "not within the last N days (or never)", Days: true)],
            "contact_channels"),
        new("self_service", "Self-service use", FieldKind.SelfService,
        [
            new("ever", "ever"), new("never", "never"), new("within", "within the last N days", Days: true),
            new("not_within", "not within the last N days (or never)", Days: true),
        ]),
        // the model figures (mart_customer_score, mart_customer_offer): refused with the reason while not computed or not trusted
        new("clv", "CLV (customer lifetime value)", FieldKind.Score, [Between], Floor: 0, Cap: 1_000_000_000, Whole: false),
        new("p_alive", "P(alive) (0-1)", FieldKind.Score, [Between], Floor: 0, Cap: 1, Whole: false),
        new("expected_purchases", "Expected purchases (next 90 days)", FieldKind.Score, [Between], Floor: 0, Cap: 1000, Whole: false),
        new("overdue", "Overdue", FieldKind.Overdue,
            [new("own_rhythm", "in their own rhythm"), new("in_category", "in any of the categories", ValuesUse.Required)], "categories"),
        new("next_best_offer", "Next-best offer category", FieldKind.Offer,
            [new("top_in", "top offer is one of", ValuesUse.Required), new("top3_in", "any of the top 3 offers is one of", ValuesUse.Required)], "categories"),
    ];

    /// <summary>Whether <paramref name="field"/> reads the model figures (needs a computed, trusted fit).</summary>
    public static bool IsModel(SegmentField field) => field.Kind is FieldKind.Score or FieldKind.Overdue or FieldKind.Offer;

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public static SegmentField? Find(string? name) => All.FirstOrDefault(f => f.Name == name);
}
