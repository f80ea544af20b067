namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>A basket item that can be offered (a product or a category, by the filter's level) and its category.</summary>
public sealed record OfferItem(string Name, string Category);

/// <summary>An item a customer bought before the as-of day: on how many days, the last of them, their own median gap, the spend.</summary>
public readonly record struct CustomerItem(int Item, int PurchaseDays, DateOnly LastPurchaseOn, double? MedianGapDays, double NetAmount);

/// <summary>An item the customer returned or complained about shortly before the as-of day (never offered), and when.</summary>
public readonly record struct OfferBlock(int Item, string What, DateOnly On);

/// <summary>
/// A customer as the offers see them on the as-of day: their purchase days, first and last purchase day, segment as of that day,
/// preferred name (personal data: shown through <see cref="Access.PersonalDataPolicy"/>), the items bought (by item id) and the
/// items blocked by a recent return or complaint.
/// </summary>
public sealed record OfferCustomer(int Id, string? Segment, string? PreferredName, int PurchaseDays, DateOnly FirstPurchaseOn,
    DateOnly LastPurchaseOn, IReadOnlyList<CustomerItem> Bought, IReadOnlyList<OfferBlock> Blocked);

/// <summary>
/// A customer's activity over the offers' horizon: P(alive) and the expected purchase days if alive (BG/NBD on the as-of day);
/// <see cref="Modelled"/> is false when the model could not be trusted, and then P(alive) is taken as 1 and the expected purchases
/// are the customer's own rate so far (purchase days per day since the first) times the horizon.
/// </summary>
public readonly record struct OfferActivity(double ProbabilityAlive, double ExpectedPurchasesIfAlive, bool Modelled)
{
    /// <summary>Expected purchase days in the horizon: P(alive) × expected purchases if alive.</summary>
    public double ExpectedPurchases => ProbabilityAlive * ExpectedPurchasesIfAlive;
}
