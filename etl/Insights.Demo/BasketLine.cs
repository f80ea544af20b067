namespace Insights.Demo;

/// <summary>A product and quantity in a basket being put together.</summary>
sealed class BasketLine(CatalogProduct product, int quantity)
{
    public CatalogProduct Product { get; } = product;
    public int Quantity { get; set; } = quantity;
}
