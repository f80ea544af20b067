namespace Insights.Demo;

/// <summary>What demo world to generate: the same spec always gives the same world, byte for byte.</summary>
/// <param name="Scale">Scale factor: 1.0 is 100,000 customers and about 2 million order lines; products stay at 400.</param>
/// <param name="Seed">Seed of the one random stream every draw comes from.</param>
/// <param name="EndDate">Last day of the history; nothing happens after 23:59:59 UTC on this day.</param>
/// <param name="Years">Length of the order history, in years ending on <paramref name="EndDate"/>.</param>
public sealed record DemoSpec(double Scale, int Seed, DateOnly EndDate, int Years = 2)
{
    /// <summary>Number of customers: round(100,000 × <see cref="Scale"/>), at least 1.</summary>
    public int CustomerCount => Math.Max(1, (int)Math.Round(100_000 * Scale, MidpointRounding.AwayFromZero));

    /// <summary>Throws when the spec cannot describe a world (scale not positive, or history shorter than a year).</summary>
    public void Validate()
    {
        if (!double.IsFinite(Scale) || Scale <= 0 || Scale > 1_000)
            throw new ArgumentOutOfRangeException(nameof(Scale), Scale, "Scale must be above 0 and at most 1000.");
        if (Years is < 1 or > 50)
            throw new ArgumentOutOfRangeException(nameof(Years), Years, "Years must be between 1 and 50.");
    }
}
