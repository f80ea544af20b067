namespace Insights.Reports.Pages.Customers;

/// <summary>The kinds of event on a customer's timeline; the lower-case name is the page's <c>kind</c> filter value.</summary>
public enum TimelineKind
{
    /// <summary>An order (any status).</summary>
    Order,

    /// <summary>A return of (part of) an order line.</summary>
    Return,

    /// <summary>A contact between the customer and the company.</summary>
    Contact,

    /// <summary>A complaint.</summary>
    Complaint,

    /// <summary>A change of the customer's attributes (a new type-2 version).</summary>
    Change,
}

/// <summary>One event of a customer's timeline: when it happened and what kind it is.</summary>
/// <param name="At">When it happened (an order's time, a complaint's opening, a version's start).</param>
public abstract record TimelineEvent(DateTime At)
{
    /// <summary>The kind of event.</summary>
    public abstract TimelineKind Kind { get; }
}

/// <summary>An order with its lines summed.</summary>
public sealed record OrderEvent(DateTime At, long OrderId, string Channel, string Status, long Lines, long Quantity,
    decimal GrossAmount, decimal DiscountAmount, decimal NetAmount, string Products) : TimelineEvent(At)
{
    /// <inheritdoc />
    public override TimelineKind Kind => TimelineKind.Order;
}

/// <summary>A return: what came back, why, and the refund.</summary>
public sealed record ReturnEvent(DateTime At, long ReturnId, long OrderId, string Product, int Quantity, decimal RefundAmount,
    string Reason) : TimelineEvent(At)
{
    /// <inheritdoc />
    public override TimelineKind Kind => TimelineKind.Return;
}

/// <summary>A contact: channel, direction, topic and duration (null where the source has none).</summary>
public sealed record ContactEvent(DateTime At, long ContactId, string Channel, string Direction, string? Topic,
    int? DurationSeconds) : TimelineEvent(At)
{
    /// <inheritdoc />
    public override TimelineKind Kind => TimelineKind.Contact;
}

/// <summary>
/// A complaint with its service-level state. <paramref name="Text"/> is the customer's own words (null: none).
/// </summary>
public sealed record ComplaintEvent(DateTime At, long ComplaintId, string Status, string Category, string Severity,
    DateTime? FirstResponseAt, DateTime? ResolvedAt, string? Text, long? OrderId, string? Product, ComplaintSla Sla)
    : TimelineEvent(At)
{
    /// <inheritdoc />
    public override TimelineKind Kind => TimelineKind.Complaint;

    /// <summary>Still open (no resolution yet).</summary>
    public bool IsOpen => ResolvedAt is null;
}

/// <summary>One attribute that changed between two versions of the customer (values as the reader may see them).</summary>
/// <param name="Attribute">What changed ("Region", "E-mail", ...).</param>
/// <param name="From">The value before (null: none, or hidden from the reader).</param>
/// <param name="To">The value after (null: none, or hidden from the reader).</param>
public sealed record AttributeChange(string Attribute, string? From, string? To);

/// <summary>A new version of the customer (type-2 history): the attributes it changed, from its start.</summary>
public sealed record ChangeEvent(DateTime At, IReadOnlyList<AttributeChange> Changes) : TimelineEvent(At)
{
    /// <inheritdoc />
    public override TimelineKind Kind => TimelineKind.Change;
}
