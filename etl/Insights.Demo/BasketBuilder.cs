namespace Insights.Demo;

/// <summary>Puts together what a shopper buys on one trip: due staples, unplanned lines, and what those pull in.</summary>
sealed class BasketBuilder(Random random, ProductCatalog catalog)
{
    const int ValueBrand = 2;
    static readonly (int From, int FromGroup, int To, int ToGroup, double Probability)[] Affinities = CatalogData.Affinities
        .Select(a => (Index(a.FromCategory), a.FromGroup, Index(a.ToCategory), a.ToGroup, a.Probability))
        .ToArray();

    public List<BasketLine> Build(Shopper shopper, IReadOnlyList<Staple> dueStaples, bool unplannedTrip)
    {
        var basket = new List<BasketLine>(8);
        foreach (var staple in dueStaples)
        {
            // Staples are habits: the same brand most of the time, main group only (pet food, not toys).
            var brand = random.Chance(0.85) ? shopper.FavouriteBrand[staple.Category] : -1;
            Add(basket, catalog.Pick(random, staple.Category, group: 0, brand),
                Math.Min(1 + random.Next(2), CatalogData.Categories[staple.Category].MaxQuantity));
        }
        // A trip made for staples picks up a few extras; an unplanned trip has at least one line of its own.
        var unplanned = unplannedTrip ? 1 + random.Poisson(shopper.ExtraLines) : random.Poisson(shopper.ExtraLines * 0.5);
        for (var i = 0; i < unplanned; i++)
        {
            var category = random.Weighted(shopper.CategoryWeights);
            Add(basket, catalog.Pick(random, category, brand: BrandFor(shopper, category)), 1 + QuantityExtra(category));
        }
        AddAffinities(shopper, basket);
        return basket;
    }

    /// <summary>
    /// Cross-category affinity: each rule adds its partner (Coffee → Bakery, Baby → Household, pet food → pet accessories,
    /// device → accessory, Tea → Snacks) with its own probability, on top of the base rate, so such rules have lift &gt; 1.
    /// A partner the shopper buys as a staple is left to its schedule.
    /// </summary>
    void AddAffinities(Shopper shopper, List<BasketLine> basket)
    {
        foreach (var (from, fromGroup, to, toGroup, probability) in Affinities)
        {
            if (!Holds(basket, from, fromGroup) || Holds(basket, to, toGroup)) continue;
            if (toGroup <= 0 && shopper.Staples.Any(s => s.Category == to)) continue;
            if (!random.Chance(probability)) continue;
            Add(basket, catalog.Pick(random, to, toGroup, BrandFor(shopper, to)), 1);
        }
    }

    int BrandFor(Shopper shopper, int category) => shopper.PriceStyle switch
    {
        PriceStyle.BrandLoyal => random.Chance(0.8) ? shopper.FavouriteBrand[category] : -1,
        PriceStyle.DealSeeker => random.Chance(0.5) ? ValueBrand : -1,
        _ => random.Chance(0.3) ? shopper.FavouriteBrand[category] : -1,
    };

    int QuantityExtra(int category)
    {
        var max = CatalogData.Categories[category].MaxQuantity;
        return max > 1 && random.Chance(0.25) ? 1 + random.Next(max - 1) : 0;
    }

    static void Add(List<BasketLine> basket, CatalogProduct product, int quantity)
    {
        foreach (var line in basket)
        {
            if (line.Product.Row.ProductId != product.Row.ProductId) continue;
            line.Quantity = Math.Min(line.Quantity + quantity, CatalogData.Categories[product.Category].MaxQuantity);
            return;
        }
        basket.Add(new BasketLine(product, quantity));
    }

    static bool Holds(List<BasketLine> basket, int category, int group)
    {
        foreach (var line in basket)
            if (line.Product.Category == category && (group < 0 || line.Product.Group == group)) return true;
        return false;
    }

    static int Index(string category) => Array.FindIndex(CatalogData.Categories, c => c.Name == category);
}
