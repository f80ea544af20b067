namespace Insights.Demo;

/// <summary>A product category of the demo catalogue and the habits attached to it.</summary>
/// <param name="Name">Category name as stored in products.category.</param>
/// <param name="Code">SKU prefix.</param>
/// <param name="Popularity">Relative share of basket lines for an average shopper.</param>
/// <param name="StapleDays">Typical replenishment interval when a shopper buys it as a staple; 0 = never a staple.</param>
/// <param name="ReturnRate">Probability that a bought line comes back.</param>
/// <param name="MaxQuantity">Largest quantity on one line.</param>
/// <param name="Brands">Brands; the first is the standard line, the second premium, the third the value line.</param>
/// <param name="Items">Items, each sold under every brand.</param>
sealed record CategoryDefinition(
    string Name,
    string Code,
    double Popularity,
    double StapleDays,
    double ReturnRate,
    int MaxQuantity,
    string[] Brands,
    ItemDefinition[] Items);

/// <summary>An item of a category at its standard-brand price; <paramref name="Group"/> splits a category (0 = main, 1 = accessories).</summary>
sealed record ItemDefinition(string Name, decimal BasePrice, int Group = 0);

/// <summary>
/// A cross-category habit: a basket holding the "from" side gets the "to" side added with <paramref name="Probability"/>,
/// which is what gives association rules a lift above 1. A group of -1 means any group of the category.
/// </summary>
sealed record AffinityRule(string FromCategory, int FromGroup, string ToCategory, int ToGroup, double Probability);
