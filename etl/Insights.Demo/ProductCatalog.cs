namespace Insights.Demo;

/// <summary>
/// The 400 demo products, drawn once per seed from <see cref="CatalogData"/>, and weighted picking among them: within a
/// category a few products sell far more than the rest (popularity falls with rank), as in real assortments.
/// </summary>
sealed class ProductCatalog
{
    // Price factor per brand position: standard, premium, value, standard-plus.
    static readonly decimal[] BrandTier = [1.00m, 1.22m, 0.80m, 1.06m];
    readonly Dictionary<(int Category, int Group, int Brand), ProductPool> _pools = [];

    ProductCatalog(List<CatalogProduct> products)
    {
        Products = products;
    }

    public IReadOnlyList<CatalogProduct> Products { get; }

    public static ProductCatalog Create(Random random, DemoCalendar calendar)
    {
        var categories = CatalogData.Categories;
        var quotas = Quotas(categories.Select(c => c.Items.Length * c.Brands.Length).ToArray(), CatalogData.ProductCount);
        var products = new List<CatalogProduct>(CatalogData.ProductCount);
        for (var c = 0; c < categories.Length; c++)
        {
            var category = categories[c];
            var combos = Enumerable.Range(0, category.Items.Length)
                .SelectMany(i => Enumerable.Range(0, category.Brands.Length).Select(b => (Item: i, Brand: b)))
                .ToArray();
            random.Shuffle(combos);
            foreach (var (item, brand) in combos.Take(quotas[c]).OrderBy(x => x.Item).ThenBy(x => x.Brand))
            {
                var id = products.Count + 1;
                var definition = category.Items[item];
                var listPrice = ShelfPrice(definition.BasePrice * BrandTier[brand] * (decimal)random.Uniform(0.93, 1.07));
                var previousPrice = Math.Min(ShelfPrice(listPrice * (decimal)random.Uniform(0.86, 0.97)), Math.Max(0.29m, listPrice - 0.20m));
                // Most prices last changed inside the history, so orders before that date carry the older, lower price.
                var changedAt = calendar.DayTime(random, calendar.Start.AddDays(-365 + random.Next(365 + calendar.Days - 1)), online: false);
                var row = new DemoProduct(id, $"{category.Code}-{id:D4}", $"{category.Brands[brand]} {definition.Name}",
                    category.Name, listPrice, changedAt);
                products.Add(new CatalogProduct(row, c, definition.Group, brand, previousPrice));
            }
        }
        var catalog = new ProductCatalog(products);
        catalog.BuildPools(random);
        return catalog;
    }

    /// <summary>Picks a product of a category, optionally only of one group and/or brand (-1 = any), by popularity.</summary>
    public CatalogProduct Pick(Random random, int category, int group = -1, int brand = -1)
    {
        if (!_pools.TryGetValue((category, group, brand), out var pool))
            pool = _pools[(category, group, -1)];   // that brand has no product in the group: fall back to any brand
        return Products[pool.Pick(random)];
    }

    void BuildPools(Random random)
    {
        var weights = new double[Products.Count];
        foreach (var group in Products.GroupBy(p => p.Category))
        {
            var ranks = Enumerable.Range(1, group.Count()).ToArray();
            random.Shuffle(ranks);
            var i = 0;
            foreach (var product in group) weights[product.Row.ProductId - 1] = 1 / Math.Pow(ranks[i++], 0.8);
        }
        var keys = Products
            .SelectMany(p => new[] { (p.Category, -1, -1), (p.Category, p.Group, -1), (p.Category, -1, p.Brand), (p.Category, p.Group, p.Brand) })
            .Distinct();
        foreach (var key in keys)
        {
            var members = Products
                .Where(p => p.Category == key.Item1 && (key.Item2 < 0 || p.Group == key.Item2) && (key.Item3 < 0 || p.Brand == key.Item3))
                .Select(p => p.Row.ProductId - 1)
                .ToArray();
            _pools[key] = new ProductPool(members, members.Select(m => weights[m]).ToArray());
        }
    }

    /// <summary>Rounds to a shelf price ending in .49 or .99.</summary>
    static decimal ShelfPrice(decimal value) => Math.Max(0.49m, Math.Round(value * 2, MidpointRounding.AwayFromZero) / 2 - 0.01m);

    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="sizes"/> (largest remainder), never above a size.</summary>
    static int[] Quotas(int[] sizes, int total)
    {
        var sum = sizes.Sum();
        var exact = sizes.Select(s => (double)s * total / sum).ToArray();
        var quotas = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var i in Enumerable.Range(0, sizes.Length).OrderByDescending(i => exact[i] - quotas[i]).ThenBy(i => i)
                     .Take(total - quotas.Sum()))
            quotas[i]++;
        return quotas;
    }

    sealed class ProductPool(int[] members, double[] weights)
    {
        readonly double[] _cumulative = Cumulative(weights);

        public int Pick(Random random)
        {
            var target = random.NextDouble() * _cumulative[^1];
            var index = Array.BinarySearch(_cumulative, target);
            if (index < 0) index = ~index;
            return members[Math.Min(index, members.Length - 1)];
        }

        static double[] Cumulative(double[] weights)
        {
            var result = new double[weights.Length];
            var sum = 0.0;
            for (var i = 0; i < weights.Length; i++) result[i] = sum += weights[i];
            return result;
        }
    }
}
