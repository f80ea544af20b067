namespace Insights.Demo;

/// <summary>Opens complaints about orders, decides how fast they are handled, and records what that does to the customer.</summary>
sealed class ComplaintDesk(Random random, DemoCalendar calendar, DemoOutput output, ContactLog contacts, ComplaintResponder responder)
{
    static readonly string[] Categories = ["delivery_delay", "damaged_item", "wrong_item", "billing_error", "product_quality", "staff_behaviour", "website_problem"];
    static readonly double[] OnlineWeights = [30, 18, 14, 10, 13, 2, 13];
    static readonly double[] StoreWeights = [2, 10, 5, 18, 30, 35, 0];
    static readonly WeightedValues Severities = new(("low", 35), ("medium", 40), ("high", 20), ("critical", 5));

    /// <summary>About 4.5% of completed orders lead to a complaint (more for complaint-prone customers).</summary>
    public void MaybeComplain(Shopper shopper, DemoOrder order, List<(DemoOrderLine Line, CatalogProduct Product)> lines)
    {
        if (order.Status != OrderStatus.Completed || !random.Chance(0.045 * shopper.ComplaintProneness)) return;
        var online = order.Channel is "web" or "app";
        var category = Categories[random.Weighted(online ? OnlineWeights : StoreWeights)];
        var (line, product) = lines[random.Next(lines.Count)];
        var aboutProduct = category is "damaged_item" or "wrong_item" or "product_quality";
        // Complaints usually name the order; about staff or the website, half the time they don't.
        var aboutOrder = category is not ("staff_behaviour" or "website_problem") || random.Chance(0.5);
        var openedAt = DemoCalendar.Later(order.OrderedAt, category switch
        {
            "delivery_delay" => random.Uniform(2, 7),
            "damaged_item" or "wrong_item" => random.Uniform(1, 4),
            "billing_error" => random.Uniform(1, 20),
            "product_quality" => random.Uniform(3, 30),
            _ => random.Uniform(0.01, 0.1),
        });
        if (openedAt > calendar.End) return;

        var outcome = random.NextDouble() switch
        {
            < 0.55 => ComplaintOutcome.Quick,
            < 0.75 => ComplaintOutcome.Normal,
            < 0.90 => ComplaintOutcome.Slow,
            _ => ComplaintOutcome.Unresolved,
        };
        DateTime? resolvedAt = outcome switch
        {
            ComplaintOutcome.Quick => openedAt.AddSeconds(random.Next(3_600, 47 * 3_600)),
            ComplaintOutcome.Normal => DemoCalendar.Later(openedAt, random.Uniform(2.1, 7)),
            ComplaintOutcome.Slow => DemoCalendar.Later(openedAt, random.Uniform(8, 45)),
            _ => null,
        };
        if (resolvedAt > calendar.End) resolvedAt = null;   // still being worked on when the history ends
        var status = resolvedAt is not null ? "resolved"
            : outcome == ComplaintOutcome.Unresolved && random.Chance(0.35) ? "open" : "in_progress";

        var text = ComplaintTexts.Compose(random, category, product.Row.ProductName, order.OrderId, line.NetAmount);
        var severity = Severities.Draw(random);
        var (firstResponseAt, reopenedCount) = responder.FollowUp(category, openedAt, resolvedAt, status);
        output.Complaint(shopper.Id, aboutOrder ? order.OrderId : null, aboutProduct ? product.Row.ProductId : null, category,
            severity, openedAt, resolvedAt, status, text, firstResponseAt, reopenedCount);
        contacts.AboutComplaint(shopper.Id, openedAt, resolvedAt);

        // Complaint effects: a quick resolution wins loyalty; a slow or missing one drives the customer away.
        // The effect starts at the complaint date and is applied on the shopper's next trip (ShopSimulation).
        shopper.PendingEffect = new ComplaintEffect(openedAt, outcome);
    }
}
