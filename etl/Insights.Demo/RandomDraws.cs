namespace Insights.Demo;

/// <summary>The probability distributions the demo world is drawn from, on top of <see cref="Random"/> (so one seed drives all).</summary>
static class RandomDraws
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static double Uniform(this Random random, double low, double high) => low + (high - low) * random.NextDouble();

    /// <summary>Waiting time of a Poisson process with the given rate (events per unit).</summary>
    public static double Exponential(this Random random, double rate) => -Math.Log(1 - random.NextDouble()) / rate;

    public static double Normal(this Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>Gamma(shape, scale) by Marsaglia and Tsang; the mean is shape × scale.</summary>
    public static double Gamma(this Random random, double shape, double scale)
    {
        if (shape < 1)
            return random.Gamma(shape + 1, scale) * Math.Pow(random.NextDouble(), 1 / shape);
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = random.Normal();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            var u = random.NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v)))
                return d * v * scale;
        }
    }

    public static double Beta(this Random random, double a, double b)
    {
        var x = random.Gamma(a, 1);
        var y = random.Gamma(b, 1);
        return x / (x + y);
    }

    /// <summary>Poisson count by Knuth's product method (fine for the small means used here).</summary>
    public static int Poisson(this Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }
        return count;
    }

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public static int Weighted(this Random random, ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var target = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0) return i;
        }
        return weights.Length - 1;
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
