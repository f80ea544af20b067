namespace Insights.Demo;

/// <summary>A row of the operational orders table.</summary>
/// <param name="OrderId">Ascending in <paramref name="OrderedAt"/>.</param>
/// <param name="CustomerId">The buying customer.</param>
/// <param name="OrderedAt">Order time (UTC).</param>
/// <param name="Channel">store, web, app or phone.</param>
/// <param name="Status">completed (about 99%) or cancelled.</param>
/// <param name="UpdatedAt">Last status change (UTC): completion or cancellation.</param>
public readonly record struct DemoOrder(
    long OrderId,
    int CustomerId,
    DateTime OrderedAt,
    string Channel,
    string Status,
    DateTime UpdatedAt);
