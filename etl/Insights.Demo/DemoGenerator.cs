namespace Insights.Demo;

/// <summary>
/// Generates a deterministic retail world (customers, products, orders, returns, contacts, complaints) whose data carries
/// the signal the reports look for: buy-till-you-die purchase patterns, regular replenishment, basket affinities, price
/// sensitivity, and complaint handling that changes retention. Rows stream to the writer as they are made.
/// </summary>
public sealed class DemoGenerator
{
    const int ServiceStreamSalt = 0x5E7F1CE;

    /// <summary>Generates the world described by <paramref name="spec"/> into <paramref name="writer"/>, completes the
    /// writer, and returns what was written.</summary>
    public DemoSummary Generate(DemoSpec spec, IDemoWriter writer)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(writer);
        spec.Validate();
        // One random stream in one fixed order of draws: the same spec gives the same bytes.
        var random = new Random(spec.Seed);
        var calendar = new DemoCalendar(spec);
        var output = new DemoOutput(writer);
        var catalog = ProductCatalog.Create(random, calendar);
        foreach (var product in catalog.Products) output.Product(product.Row);
        // The complaints' follow-up (first responses, reopenings) came later and draws from a stream of its own, so the seeds'
        // worlds stayed what they were; it is seeded from the same seed, so the world is still one seed's.
        var serviceRandom = new Random(spec.Seed ^ ServiceStreamSalt);
        new ShopSimulation(random, serviceRandom, calendar, catalog, output).Run(spec.CustomerCount);
        writer.Complete();
        return output.Summary();
    }
}
