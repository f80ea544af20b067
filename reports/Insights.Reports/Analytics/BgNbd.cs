namespace Insights.Reports.Analytics;

/// <summary>
/// The BG/NBD model (Fader, Hardie &amp; Lee, "Counting Your Customers the Easy Way", 2005): fitted by maximum likelihood, and its
/// per-customer quantities. Time is in whatever unit the summaries use (days or weeks); α is in that unit.
/// </summary>
public static class BgNbd
{
    /// <summary>Fits r, α, a, b to customers' (x, t_x, T), grouped or one by one (the same likelihood either way).</summary>
    public static FittedModel<BgNbdParameters> Fit(IReadOnlyList<RecencyFrequency> customers)
    {
        var likelihood = new BgNbdLikelihood(customers);
        if (likelihood.TotalWeight <= 0)
            return new(new BgNbdParameters(double.NaN, double.NaN, double.NaN, double.NaN), FitDiagnostics.NotFitted("No customers to fit."));
        var meanX = customers.Sum(c => c.Frequency * c.Weight) / likelihood.TotalWeight;
        var meanT = customers.Sum(c => c.T * c.Weight) / likelihood.TotalWeight;
        var rate = (meanX + 0.1) / Math.Max(meanT, 1e-9);   // repeat purchases per time unit, roughly
        double[][] starts =
        [
            Log(1, 1 / rate, 1, 1),
            Log(0.3, 0.3 / rate, 0.5, 2),
            Log(3, 3 / rate, 2, 5),
        ];
        var screening = customers.Count > MleFitter.ScreeningSize ? new BgNbdLikelihood(Subsample(customers, MleFitter.ScreeningSize)) : null;
        var (theta, diagnostics) = MleFitter.Minimise(likelihood.MeanNegative, starts, Customers(likelihood.TotalWeight),
            screening is null ? null : screening.MeanNegative, screening is null ? 0 : Customers(screening.TotalWeight));
        var p = new BgNbdParameters(Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2]), Math.Exp(theta[3]));
        return new(p, diagnostics);
    }

    /// <summary>
    /// Judges <paramref name="p"/> on <paramref name="customers"/> as <see cref="Fit"/> judges its own optimum (see
    /// <see cref="MleFitter.Assess"/>): whether these parameters are the maximum-likelihood estimate of these data.
    /// </summary>
    public static FitDiagnostics Assess(BgNbdParameters p, IReadOnlyList<RecencyFrequency> customers)
    {
        var likelihood = new BgNbdLikelihood(customers);
        return likelihood.TotalWeight <= 0 ? FitDiagnostics.NotFitted("No customers to fit.")
            : MleFitter.Assess(likelihood.MeanNegative, Log(p.R, p.Alpha, p.A, p.B), Customers(likelihood.TotalWeight));
    }

    /// <summary>The total log-likelihood of <paramref name="customers"/> under <paramref name="p"/>.</summary>
    public static double LogLikelihood(BgNbdParameters p, IReadOnlyList<RecencyFrequency> customers) => new BgNbdLikelihood(customers).LogLikelihood(p);

    /// <summary>
    /// P(alive | x, t_x, T) = 1 / (1 + [x&gt;0]·a/(b+x−1)·((α+T)/(α+t_x))^(r+x)), evaluated in log space.
    /// </summary>
    public static double ProbabilityAlive(BgNbdParameters p, int x, double tx, double t)
    {
        if (x == 0) return 1;
        var d = Math.Log(p.A) - Math.Log(p.B + x - 1) + (p.R + x) * (Math.Log(p.Alpha + t) - Math.Log(p.Alpha + tx));
        return 1 - BgNbdLikelihood.Sigmoid(d);
    }

    /// <summary>
    /// E[Y(t) | alive at T, x, T]: the expected purchases of a customer known to be still active. Dead customers buy nothing, and
    /// given that a customer is alive the posterior of their rate and drop-out depends on x and T only, so
    /// E[Y(t) | x, t_x, T] = this × P(alive | x, t_x, T) (FHL 2005, eq. 10: (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ·
    /// ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive), z = t/(α+T+t)); customers sharing (x, T) share this factor whatever their t_x.
    /// By Euler's transformation ((α+T)/(α+T+t))^(r+x)·₂F₁(r+x, b+x; a+b+x−1; z) = (1−z)^(a−1)·₂F₁(a+b−1−r, a−1; a+b+x−1; z),
    /// whose series has small numerators whatever x is: no overflow for heavy buyers or long horizons.
    /// </summary>
    public static double ExpectedPurchasesIfAlive(BgNbdParameters p, double horizon, int x, double t) =>
        horizon <= 0 ? 0 : Bracket(p, x, horizon / (p.Alpha + t + horizon));

    /// <summary>E[X(t)], the expected repeat purchases of a new customer in their first <paramref name="horizon"/> time units (FHL 2005, eq. 9).</summary>
    public static double ExpectedPurchases(BgNbdParameters p, double horizon) =>
        horizon <= 0 ? 0 : Bracket(p, 0, horizon / (p.Alpha + horizon));

    // (a+b+x−1)/(a−1) · [1 − (1−z)^(a−1)·₂F₁(a+b−1−r, a−1; a+b+x−1; z)]; at a = 1 exactly the limit, by symmetric differencing
    static double Bracket(BgNbdParameters p, int x, double z)
    {
        if (Math.Abs(p.A - 1) < 1e-7)
            return (Bracket(p with { A = 1 + 1e-6 }, x, z) + Bracket(p with { A = 1 - 1e-6 }, x, z)) / 2;
        var (a, b, r) = (p.A, p.B, p.R);
        var f = Hypergeometric.Series(a + b - 1 - r, a - 1, a + b + x - 1, z);
        return (a + b + x - 1) / (a - 1) * (1 - Math.Exp((a - 1) * Math.Log(1 - z)) * f);
    }

    /// <summary>Every k-th item, about <paramref name="size"/> of them (a systematic sample).</summary>
    internal static List<T> Subsample<T>(IReadOnlyList<T> items, int size)
    {
        var step = (int)Math.Ceiling(items.Count / (double)size);
        var sample = new List<T>(size + 1);
        for (var i = 0; i < items.Count; i += step) sample.Add(items[i]);
        return sample;
    }

    /// <summary>The number of customers behind a total weight (weights count customers).</summary>
    internal static long Customers(double totalWeight) => (long)Math.Round(totalWeight);

    static double[] Log(params double[] values) => values.Select(v => Math.Log(v)).ToArray();
}
