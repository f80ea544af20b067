namespace Insights.Demo;

/// <summary>Draws a new customer: the customers row, and the hidden traits that drive how they buy.</summary>
sealed class ShopperFactory(Random random, DemoCalendar calendar)
{
    static readonly WeightedValues Regions = new(("North", 22), ("South", 24), ("East", 18), ("West", 20), ("Central", 16));
    static readonly WeightedValues SignupChannels = new(("store", 35), ("web", 25), ("app", 20), ("phone", 5), ("referral", 15));
    static readonly WeightedValues ReferredChannels = new(("web", 40), ("app", 30), ("store", 30));
    static readonly int Baby = CategoryIndex("Baby");
    static readonly int Pet = CategoryIndex("Pet");

    public (Shopper Shopper, DemoCustomer Row) SignUp(int id, DateTime signedUpAt)
    {
        var (fullName, preferredName, email) = PersonNames.Draw(random, id);
        var signupChannel = SignupChannels.Draw(random);
        // A third of the customers changed their profile since signing up.
        var updatedAt = random.Chance(0.35)
            ? DemoCalendar.Later(signedUpAt, random.Uniform(0, (calendar.End - signedUpAt).TotalDays))
            : signedUpAt;
        var row = new DemoCustomer(id, fullName, preferredName, email, Regions.Draw(random), signupChannel, signedUpAt, updatedAt);
        return (DrawShopper(id, signedUpAt, signupChannel), row);
    }

    Shopper DrawShopper(int id, DateTime signedUpAt, string signupChannel)
    {
        var categories = CatalogData.Categories;
        var weights = new double[categories.Length];
        var hasBaby = random.Chance(0.12);
        var hasPet = random.Chance(0.30);
        for (var c = 0; c < categories.Length; c++)
        {
            // Gamma(1) noise per category: households differ a lot in what they buy.
            weights[c] = categories[c].Popularity * random.Gamma(1.0, 1.0);
            if (c == Baby) weights[c] *= hasBaby ? 3 : 0;
            if (c == Pet) weights[c] *= hasPet ? 2 : 0;
        }
        var staples = DrawStaples(weights);
        foreach (var staple in staples) weights[staple.Category] = 0;

        // Buy-till-you-die (BG/NBD): a purchase rate λ ~ Gamma per customer, and after every purchase a dropout chance
        // p ~ Beta. Gives heavy buyers, one-timers, and customers who lapse. Replenishing shoppers buy on schedule
        // (fewer unplanned trips) and are stickier.
        var tripRate = random.Gamma(1.0, 1.0 / 50);
        var dropout = random.Beta(1.5, 8);
        if (staples.Length > 0)
        {
            tripRate *= 0.3;
            dropout *= 0.75;
        }
        var homeChannel = signupChannel switch
        {
            "phone" => random.Chance(0.6) ? "phone" : "store",
            "referral" => ReferredChannels.Draw(random),
            _ => signupChannel,
        };
        return new Shopper
        {
            Id = id,
            SignedUpAt = signedUpAt,
            HomeChannel = homeChannel,
            PortalUser = homeChannel is "web" or "app" && random.Chance(0.35),
            // Price sensitivity: brand-loyal shoppers pay full price, deal seekers wait for discounts.
            PriceStyle = random.NextDouble() switch { < 0.30 => PriceStyle.BrandLoyal, < 0.75 => PriceStyle.Middle, _ => PriceStyle.DealSeeker },
            CategoryWeights = weights,
            FavouriteBrand = categories.Select(c => random.Next(c.Brands.Length)).ToArray(),
            Staples = staples,
            ExtraLines = random.Gamma(3, 0.9),
            ComplaintProneness = random.Gamma(2, 0.5),
            TripRate = tripRate,
            DropoutProbability = dropout,
        };
    }

    /// <summary>
    /// Regular replenishment: 45% of shoppers have one to three staple categories (coffee every ~14 days, pet food every
    /// ~30, nappies every ~10), each at a personal interval around the category's typical one.
    /// </summary>
    Staple[] DrawStaples(double[] weights)
    {
        if (!random.Chance(0.45)) return [];
        var count = random.NextDouble() switch { < 0.5 => 1, < 0.85 => 2, _ => 3 };
        var candidates = new double[weights.Length];
        for (var c = 0; c < weights.Length; c++)
            candidates[c] = CatalogData.Categories[c].StapleDays > 0 ? weights[c] : 0;
        var staples = new List<Staple>(count);
        while (staples.Count < count && candidates.Sum() > 0)
        {
            var c = random.Weighted(candidates);
            candidates[c] = 0;
            staples.Add(new Staple(c, CatalogData.Categories[c].StapleDays * random.Uniform(0.75, 1.35)));
        }
        return staples.ToArray();
    }

    static int CategoryIndex(string name) => Array.FindIndex(CatalogData.Categories, c => c.Name == name);
}
