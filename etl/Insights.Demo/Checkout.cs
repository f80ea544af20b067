namespace Insights.Demo;

/// <summary>Turns a basket into an order with its lines (prices, discounts) and the returns that follow it.</summary>
sealed class Checkout(Random random, DemoCalendar calendar, DemoOutput output, ContactLog contacts)
{
    static readonly WeightedValues OtherChannels = new(("store", 50), ("web", 25), ("app", 20), ("phone", 5));
    static readonly double[] DiscountRates = [0.10, 0.15, 0.20, 0.25, 0.30, 0.50];
    static readonly double[] DiscountRateWeights = [30, 20, 25, 10, 10, 5];
    static readonly WeightedValues ApparelReasons = new(("wrong_size", 45), ("changed_mind", 25), ("not_as_described", 15), ("damaged", 10), ("late_delivery", 5));
    static readonly WeightedValues ElectronicsReasons = new(("damaged", 35), ("not_as_described", 30), ("changed_mind", 25), ("late_delivery", 10));
    static readonly WeightedValues OtherReasons = new(("damaged", 50), ("not_as_described", 20), ("changed_mind", 15), ("late_delivery", 15));

    /// <summary>Writes the order placed at <paramref name="at"/> and its lines; returns the order and the lines written.</summary>
    public (DemoOrder Order, List<(DemoOrderLine Line, CatalogProduct Product)> Lines) Place(Shopper shopper, DateTime at, List<BasketLine> basket)
    {
        var channel = random.Chance(0.85) ? shopper.HomeChannel : OtherChannels.Draw(random);
        var online = channel is "web" or "app";
        var cancelled = random.Chance(0.01);
        // updated_at: shop and phone orders complete at the till, online ones on delivery; cancellations come later.
        var updatedAt = cancelled
            ? DemoCalendar.Later(at, random.Uniform(0.01, 2))
            : DemoCalendar.Later(at, online ? random.Uniform(1, 4) : random.Uniform(0.001, 0.015));
        if (updatedAt > calendar.End) updatedAt = calendar.End;
        var order = output.Order(shopper.Id, at, channel, cancelled ? OrderStatus.Cancelled : OrderStatus.Completed, updatedAt);
        if (online && shopper.PortalUser) contacts.PortalOrder(shopper, at);

        var lines = new List<(DemoOrderLine, CatalogProduct)>(basket.Count);
        for (var i = 0; i < basket.Count; i++)
        {
            var item = basket[i];
            var unitPrice = item.Product.PriceAt(at);
            var line = output.OrderLine(i + 1, item.Product.Row.ProductId, item.Quantity, unitPrice,
                Discount(shopper.PriceStyle, item.Quantity * unitPrice));
            lines.Add((line, item.Product));
            if (!cancelled) MaybeReturn(shopper.Id, order, line, item.Product);
        }
        return (order, lines);
    }

    /// <summary>Price sensitivity: brand-loyal shoppers rarely get a discount, deal seekers on most lines.</summary>
    decimal Discount(PriceStyle style, decimal gross)
    {
        var chance = style switch { PriceStyle.BrandLoyal => 0.04, PriceStyle.DealSeeker => 0.65, _ => 0.2 };
        if (!random.Chance(chance)) return 0m;
        var rate = DiscountRates[random.Weighted(DiscountRateWeights)];
        return Math.Round(gross * (decimal)rate, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Returns: the chance depends on the category (apparel and electronics come back far more often than groceries);
    /// the return is after the order, and the refund never exceeds what the line cost.
    /// </summary>
    void MaybeReturn(int customerId, DemoOrder order, DemoOrderLine line, CatalogProduct product)
    {
        var category = CatalogData.Categories[product.Category];
        if (!random.Chance(category.ReturnRate)) return;
        var returnedAt = calendar.DayTime(random, DemoCalendar.Later(order.OrderedAt, random.Uniform(1, 30)), online: false);
        if (returnedAt > calendar.End) return;
        var quantity = line.Quantity == 1 || random.Chance(0.7) ? line.Quantity : 1 + random.Next(line.Quantity);
        var refund = Math.Round(line.NetAmount * quantity / line.Quantity, 2, MidpointRounding.ToZero);
        var reasons = category.Name switch { "Apparel" => ApparelReasons, "Electronics" => ElectronicsReasons, _ => OtherReasons };
        output.Return(order.OrderId, line.LineNumber, returnedAt, quantity, refund, reasons.Draw(random));
        contacts.AboutReturn(customerId, order.OrderedAt, returnedAt);
    }
}
