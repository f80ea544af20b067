namespace Insights.Demo;

/// <summary>The values of orders.status.</summary>
static class OrderStatus
{
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
