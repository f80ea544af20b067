using Insights.Reports.Analytics;
using MathNet.Numerics.Distributions;

namespace Insights.Tests.Reports.Analytics;

/// <summary>Customers drawn from known BG/NBD and Gamma-Gamma parameters, as the models describe them, for recovery tests.</summary>
static class SyntheticCustomers
{
    /// <summary>
    /// Each customer: λ ~ Gamma(r, rate α), dropout p ~ Beta(a, b), observed for T ~ Uniform(minT, maxT) whole days (in weeks).
    /// Purchases arrive as a Poisson process with rate λ; after each repeat purchase the customer drops out with probability p.
    /// Each repeat purchase's value is Gamma(pSpend, rate ν) with ν ~ Gamma(q, rate v); the summary keeps its mean.
    /// </summary>
    public static List<(RecencyFrequency Rf, double MeanSpend)> Draw(int count, BgNbdParameters bg, GammaGammaParameters gg,
        double minT, double maxT, int seed)
    {
        var random = new Random(seed);
        var rates = new Gamma(bg.R, bg.Alpha, random);
        var dropouts = new Beta(bg.A, bg.B, random);
        var spendRates = new Gamma(gg.Q, gg.V, random);
        var customers = new List<(RecencyFrequency, double)>(count);
        for (var i = 0; i < count; i++)
        {
            var lambda = rates.Sample();
            var p = dropouts.Sample();
            var t = Math.Round(minT * 7 + random.NextDouble() * (maxT - minT) * 7) / 7;
            var spend = new Gamma(gg.P, spendRates.Sample(), random);
            var (x, last, total) = Purchases(random, lambda, p, t, spend.Sample);
            customers.Add((new RecencyFrequency(x, last, t), x > 0 ? total / x : 0));
        }
        return customers;
    }

    /// <summary>
    /// The same process as <see cref="Draw"/>, with every time in whole days as a warehouse records it (T ~ Uniform over whole
    /// days from <paramref name="minWeeks"/> to <paramref name="maxWeeks"/>, the last purchase rounded to its day), so customers
    /// repeat each other's (x, t_x, T): returned grouped, in weeks, as the fit takes them, with every repeat buyer's spend.
    /// The rounding moves t_x by at most half a day; at a million customers its bias stays well inside a standard error.
    /// </summary>
    public static (List<RecencyFrequency> Groups, List<SpendSummary> Spend) DrawDaily(int count, BgNbdParameters bg,
        GammaGammaParameters gg, int minWeeks, int maxWeeks, int seed)
    {
        var random = new Random(seed);
        var rates = new Gamma(bg.R, bg.Alpha, random);
        var dropouts = new Beta(bg.A, bg.B, random);
        var spendRates = new Gamma(gg.Q, gg.V, random);
        var groups = new Dictionary<(int X, int TxDays, int TDays), int>();
        var spend = new List<SpendSummary>();
        for (var i = 0; i < count; i++)
        {
            var lambda = rates.Sample();
            var p = dropouts.Sample();
            var nu = spendRates.Sample();
            var tDays = random.Next(minWeeks * 7, maxWeeks * 7 + 1);
            var t = tDays / 7.0;
            var (x, last, total) = Purchases(random, lambda, p, t, () => Gamma.Sample(random, gg.P, nu));
            var key = (x, (int)Math.Round(last * 7), tDays);
            groups[key] = groups.GetValueOrDefault(key) + 1;
            if (x > 0) spend.Add(new SpendSummary(x, total / x));
        }
        return (groups.Select(g => new RecencyFrequency(g.Key.X, g.Key.TxDays / 7.0, g.Key.TDays / 7.0, g.Value)).ToList(), spend);
    }

    /// <summary>
    /// One customer's purchases over (0, <paramref name="t"/>]: a Poisson process of rate <paramref name="lambda"/>, each
    /// purchase worth a draw of <paramref name="spend"/>, after each of which the customer drops out with probability
    /// <paramref name="p"/>. Returns the count, the time of the last purchase and the total spent.
    /// </summary>
    static (int X, double Last, double Total) Purchases(Random random, double lambda, double p, double t, Func<double> spend)
    {
        double now = 0, last = 0, total = 0;
        var x = 0;
        while (true)
        {
            now += -Math.Log(1 - random.NextDouble()) / lambda;
            if (now > t) return (x, last, total);
            x++;
            last = now;
            total += spend();
            if (random.NextDouble() < p) return (x, last, total);
        }
    }
}
