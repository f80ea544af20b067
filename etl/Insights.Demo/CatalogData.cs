namespace Insights.Demo;

/// <summary>The fixed catalogue the demo products are built from: twelve categories, their items, brands and habits.</summary>
static class CatalogData
{
    /// <summary>Products in the catalogue, whatever the scale (so product reports look the same at every scale).</summary>
    public const int ProductCount = 400;

    public static readonly CategoryDefinition[] Categories =
    [
        new("Coffee", "COF", 8, 14, 0.01, 2, ["Bellavista", "Kaffa House", "Morning Ridge", "North Roast"],
        [
            new("Espresso Whole Beans 1kg", 18.99m), new("House Blend Beans 500g", 9.49m), new("Colombian Ground 250g", 5.29m),
            new("Decaf Ground 250g", 5.79m), new("Espresso Pods, 20 pack", 5.49m), new("Lungo Pods, 20 pack", 5.79m),
            new("Instant Gold 200g", 7.49m), new("Cold Brew Concentrate 1L", 6.99m), new("Single Origin Ethiopia 250g", 8.99m),
        ]),
        new("Tea", "TEA", 5, 21, 0.01, 2, ["Tea Garden", "Camellia & Co", "Blue Pagoda", "Leaf & Kettle"],
        [
            new("English Breakfast, 80 bags", 3.99m), new("Earl Grey, 50 bags", 3.49m), new("Green Sencha, 40 bags", 3.29m),
            new("Chamomile, 20 bags", 2.79m), new("Peppermint, 20 bags", 2.79m), new("Rooibos, 40 bags", 3.49m),
            new("Chai Spice, 20 bags", 3.19m), new("Loose Leaf Darjeeling 125g", 7.99m), new("Matcha Powder 30g", 12.99m),
        ]),
        new("Bakery", "BAK", 7, 7, 0.01, 2, ["Village Bakery", "Le Fournil", "Golden Crust", "Hearth & Crumb"],
        [
            new("Sourdough Loaf 800g", 3.49m), new("Wholemeal Sliced Bread", 2.19m), new("Butter Croissants, 4 pack", 2.99m),
            new("Pain au Chocolat, 4 pack", 3.29m), new("Cinnamon Rolls, 4 pack", 3.49m), new("Plain Bagels, 5 pack", 2.49m),
            new("Blueberry Muffins, 4 pack", 3.19m), new("Rye Bread 500g", 2.79m), new("Baguette", 1.29m),
        ]),
        new("Dairy", "DAI", 12, 7, 0.01, 3, ["Meadow Fresh", "Alpine Valley", "Clover Hill", "Green Pastures"],
        [
            new("Whole Milk 2L", 1.89m), new("Semi-Skimmed Milk 2L", 1.79m), new("Greek Yogurt 500g", 2.49m),
            new("Natural Yogurt 1kg", 2.29m), new("Mature Cheddar 400g", 4.29m), new("Salted Butter 250g", 2.39m),
            new("Free-Range Eggs, 12", 3.49m), new("Oat Drink 1L", 1.99m), new("Double Cream 300ml", 1.59m),
        ]),
        new("Produce", "PRO", 12, 7, 0.015, 3, ["Sunny Fields", "Orchard Lane", "Green Basket", "Harvest Co-op"],
        [
            new("Bananas 1kg", 1.19m), new("Apples, Gala 6 pack", 2.29m), new("Vine Tomatoes 500g", 1.99m),
            new("Baby Spinach 200g", 1.49m), new("Avocados, 2 pack", 1.99m), new("Carrots 1kg", 0.79m),
            new("Strawberries 400g", 2.99m), new("Blueberries 150g", 2.49m), new("Brown Onions 1kg", 0.99m),
        ]),
        new("Snacks", "SNK", 9, 0, 0.01, 3, ["Crunchy Bay", "Oakleaf", "Happy Hedgehog", "Nibble & Co"],
        [
            new("Sea Salt Crisps 150g", 1.79m), new("Salted Peanuts 200g", 1.99m), new("Dark Chocolate 85% 100g", 2.29m),
            new("Milk Chocolate Bar 200g", 2.49m), new("Digestive Biscuits 400g", 1.49m), new("Oat Cookies 200g", 1.99m),
            new("Tortilla Chips 200g", 1.69m), new("Trail Mix 250g", 3.49m), new("Rice Cakes 130g", 1.29m),
        ]),
        new("Household", "HOU", 7, 30, 0.015, 2, ["CleanHome", "Sparkle", "EcoNest", "Bright & Fresh"],
        [
            new("Laundry Liquid 1.5L", 6.99m), new("Dishwasher Tablets, 40 pack", 7.49m), new("Washing-Up Liquid 500ml", 1.49m),
            new("Toilet Roll, 9 pack", 4.99m), new("Kitchen Roll, 4 pack", 3.49m), new("Bin Bags, 20 pack", 2.49m),
            new("Multi-Surface Spray 750ml", 1.99m), new("Fabric Conditioner 1L", 2.99m), new("Sponges, 6 pack", 1.29m),
        ]),
        new("Personal Care", "PER", 6, 35, 0.015, 2, ["Pure Bloom", "Nordic Glow", "Aqua Vita", "Dermacare"],
        [
            new("Shampoo 400ml", 3.49m), new("Conditioner 400ml", 3.49m), new("Shower Gel 500ml", 2.49m),
            new("Toothpaste 75ml", 1.99m), new("Toothbrush Heads, 4 pack", 14.99m), new("Deodorant 150ml", 2.79m),
            new("Hand Cream 75ml", 3.99m), new("Razor Blades, 8 pack", 12.99m), new("Sunscreen SPF50 200ml", 8.99m),
        ]),
        new("Baby", "BAB", 5, 10, 0.03, 3, ["Little Sprout", "Cuddle Bear", "Tiny Steps", "Bambino"],
        [
            new("Nappies Size 3, 60 pack", 11.99m), new("Nappies Size 4, 54 pack", 12.49m), new("Baby Wipes, 4 x 64", 4.99m),
            new("Infant Formula 800g", 13.49m), new("Baby Porridge 200g", 2.49m), new("Fruit Pouches, 4 pack", 3.29m),
            new("Baby Shampoo 300ml", 3.19m), new("Nappy Cream 100g", 3.99m), new("Teething Biscuits 120g", 2.29m),
        ]),
        new("Pet", "PET", 6, 30, 0.03, 2, ["Happy Paws", "Whisker & Tail", "Good Boy", "Feline Fine"],
        [
            new("Dry Dog Food 12kg", 34.99m), new("Dry Cat Food 4kg", 15.99m), new("Wet Cat Food, 12 x 85g", 6.49m),
            new("Wet Dog Food, 6 x 400g", 8.99m), new("Dog Treats 300g", 3.99m),
            new("Cat Litter 10L", 6.99m, 1), new("Squeaky Dog Toy", 4.99m, 1), new("Cat Scratching Post", 24.99m, 1),
            new("Stainless Pet Bowl", 7.99m, 1), new("Reflective Dog Lead", 12.99m, 1),
        ]),
        new("Electronics", "ELE", 3, 0, 0.16, 1, ["Voltix", "Sonique", "Pixelon", "Nordwave"],
        [
            new("Wireless Earbuds", 59.99m), new("Bluetooth Speaker", 49.99m), new("Smart Watch", 149.99m),
            new("Tablet 10\"", 229.99m), new("E-Reader 6\"", 119.99m),
            new("USB-C Cable 2m", 9.99m, 1), new("Phone Charger 20W", 19.99m, 1), new("Power Bank 10000mAh", 29.99m, 1),
            new("Screen Protector, 2 pack", 12.99m, 1), new("AA Batteries, 8 pack", 6.99m, 1),
        ]),
        new("Apparel", "APP", 5, 0, 0.25, 2, ["Basics Co", "Linen & Loom", "Trailhead", "Urban Thread"],
        [
            new("Cotton T-Shirt", 12.99m), new("Slim Fit Jeans", 39.99m), new("Hooded Sweatshirt", 29.99m),
            new("Running Socks, 3 pack", 9.99m), new("Rain Jacket", 59.99m), new("Wool Beanie", 14.99m),
            new("Leggings", 19.99m), new("Canvas Trainers", 34.99m), new("Flannel Shirt", 24.99m),
        ]),
    ];

    public static readonly AffinityRule[] Affinities =
    [
        new("Coffee", -1, "Bakery", -1, 0.55),       // coffee with a pastry
        new("Tea", -1, "Snacks", -1, 0.40),          // tea and biscuits
        new("Baby", -1, "Household", -1, 0.40),     // nappies and wipes come with cleaning supplies
        new("Pet", 0, "Pet", 1, 0.35),               // pet food -> pet accessories
        new("Electronics", 0, "Electronics", 1, 0.55), // a device -> a cable, charger or protector
    ];
}
