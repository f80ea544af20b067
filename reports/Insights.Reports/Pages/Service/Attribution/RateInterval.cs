namespace Insights.Reports.Pages.Service.Attribution;

/// <summary>A 95% confidence interval, <see cref="Low"/> to <see cref="High"/>.</summary>
public readonly record struct Interval(double Low, double High);

/// <summary>
/// The intervals the view shows: Wilson's score interval for a share, and the log-ratio (Katz) interval for the ratio of two
/// shares (the lift). Both treat each contact or control day as an independent trial; contacts of one customer are not, so with
/// customers who contact us often the true intervals are wider.
/// </summary>
public static class RateInterval
{
    /// <summary>The 97.5th percentile of the standard normal distribution (two-sided 95%).</summary>
    public const double Z = 1.959963984540054;

    /// <summary>
    /// Wilson's score interval for <paramref name="successes"/> out of <paramref name="trials"/>:
    /// (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n). Null when there is no trial.
    /// </summary>
    public static Interval? Wilson(long successes, long trials)
    {
        if (trials <= 0) return null;
        double n = trials, p = successes / n, z2 = Z * Z;
        var centre = p + z2 / (2 * n);
        var margin = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        var scale = 1 + z2 / n;
        return new Interval(Math.Max(0, (centre - margin) / scale), Math.Min(1, (centre + margin) / scale));
    }

    /// <summary>
    /// The interval of the ratio p1/p0 of two shares (x1 of n1, x0 of n0): exp(ln(p1/p0) ± z·√(1/x1 − 1/n1 + 1/x0 − 1/n0)).
    /// Null when either share has no success (the log of zero is undefined: the page says so instead).
    /// </summary>
    public static Interval? LogRatio(long x1, long n1, long x0, long n0)
    {
        if (x1 <= 0 || x0 <= 0 || n1 <= 0 || n0 <= 0) return null;
        var ratio = ((double)x1 / n1) / ((double)x0 / n0);
        var se = Math.Sqrt(1.0 / x1 - 1.0 / n1 + 1.0 / x0 - 1.0 / n0);
        return new Interval(ratio * Math.Exp(-Z * se), ratio * Math.Exp(Z * se));
    }
}
