namespace Insights.Reports.Analytics;

/// <summary>BG/NBD parameters: purchase rates are Gamma(r, α) (α in the time unit), drop-out probabilities Beta(a, b).</summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B)
{
    /// <summary>The parameters as an array in the order r, α, a, b.</summary>
    public double[] ToArray() => [R, Alpha, A, B];

    /// <summary>The same customers measured in a time unit <paramref name="factor"/> times longer (α scales, the rest does not).</summary>
    public BgNbdParameters Rescale(double factor) => this with { Alpha = Alpha / factor };
}
