namespace Insights.Demo;

/// <summary>A row of the operational products table.</summary>
/// <param name="ProductId">1..P, grouped by category.</param>
/// <param name="Sku">Unique stock-keeping unit, category code and number (COF-0001).</param>
/// <param name="ProductName">Brand and item; may contain commas, quotes and ampersands.</param>
/// <param name="Category">One of the twelve categories (Coffee, Tea, Bakery, ...).</param>
/// <param name="ListPrice">Current price; orders before <paramref name="UpdatedAt"/> were sold at the previous, lower price.</param>
/// <param name="UpdatedAt">Time of the last price change (UTC).</param>
public readonly record struct DemoProduct(
    int ProductId,
    string Sku,
    string ProductName,
    string Category,
    decimal ListPrice,
    DateTime UpdatedAt);
