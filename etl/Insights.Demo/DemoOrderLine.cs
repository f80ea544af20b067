namespace Insights.Demo;

/// <summary>A row of the operational order_lines table.</summary>
/// <param name="OrderId">The order the line belongs to.</param>
/// <param name="LineNumber">1..k within the order.</param>
/// <param name="ProductId">The product bought (one line per product in an order).</param>
/// <param name="Quantity">Units bought, at least 1.</param>
/// <param name="UnitPrice">Price per unit at the time of the order.</param>
/// <param name="DiscountAmount">Discount on the whole line, 0 when bought at full price; never above the gross amount.</param>
public readonly record struct DemoOrderLine(
    long OrderId,
    int LineNumber,
    int ProductId,
    int Quantity,
    decimal UnitPrice,
    decimal DiscountAmount)
{
    /// <summary>quantity × unit_price − discount_amount.</summary>
    public decimal NetAmount => Quantity * UnitPrice - DiscountAmount;
}
