namespace Insights.Demo;

/// <summary>A row of the operational returns table.</summary>
/// <param name="ReturnId">Unique id.</param>
/// <param name="OrderId">Order of the returned line.</param>
/// <param name="LineNumber">Line returned.</param>
/// <param name="ReturnedAt">Return time (UTC), after the order.</param>
/// <param name="Quantity">Units returned, at most the line's quantity.</param>
/// <param name="RefundAmount">Money refunded, at most the line's net amount.</param>
/// <param name="Reason">damaged, wrong_size, not_as_described, changed_mind or late_delivery.</param>
public readonly record struct DemoReturn(
    long ReturnId,
    long OrderId,
    int LineNumber,
    DateTime ReturnedAt,
    int Quantity,
    decimal RefundAmount,
    string Reason);
