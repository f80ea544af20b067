namespace Insights.Demo;

/// <summary>A line of the complaints export (complaints.jsonl).</summary>
/// <param name="ComplaintId">Unique id.</param>
/// <param name="CustomerId">The complaining customer.</param>
/// <param name="OrderId">The order complained about, when there is one.</param>
/// <param name="ProductId">The product complained about, when there is one.</param>
/// <param name="Category">delivery_delay, damaged_item, wrong_item, billing_error, product_quality, staff_behaviour or website_problem.</param>
/// <param name="Severity">low, medium, high or critical.</param>
/// <param name="OpenedAt">When the complaint was logged (UTC).</param>
/// <param name="ResolvedAt">When it was resolved (UTC); null while open.</param>
/// <param name="Status">open, in_progress or resolved.</param>
/// <param name="Text">The customer's words: free text that may hold quotes, ampersands and angle brackets.</param>
/// <param name="FirstResponseAt">When the service desk first answered (UTC), never after the resolution; null while nobody has.</param>
/// <param name="ReopenedCount">How often the complaint was reopened after a resolution.</param>
public readonly record struct DemoComplaint(
    long ComplaintId,
    int CustomerId,
    long? OrderId,
    int? ProductId,
    string Category,
    string Severity,
    DateTime OpenedAt,
    DateTime? ResolvedAt,
    string Status,
    string Text,
    DateTime? FirstResponseAt,
    int ReopenedCount);
