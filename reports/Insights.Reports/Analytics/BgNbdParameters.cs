namespace Insights.Reports.Analytics;

/// <summary>BG/NBD parameters: purchase rates are Gamma(r, α) (α in the time unit), drop-out probabilities Beta(a, b).</summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B)
{
    /// <summary>The parameters as an array in the order r, α, a, b.</summary>
    public double[] ToArray() => [R, Alpha, A, B];
}
