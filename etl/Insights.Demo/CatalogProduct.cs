namespace Insights.Demo;

/// <summary>A product as the simulation sees it: its row plus where it sits in the catalogue and its price history.</summary>
sealed record CatalogProduct(DemoProduct Row, int Category, int Group, int Brand, decimal PreviousPrice)
{
    /// <summary>The shelf price at <paramref name="at"/>: the previous price until the last price change, the list price after.</summary>
    public decimal PriceAt(DateTime at) => at < Row.UpdatedAt ? PreviousPrice : Row.ListPrice;
}
