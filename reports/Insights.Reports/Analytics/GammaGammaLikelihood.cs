using MathNet.Numerics;

namespace Insights.Reports.Analytics;

/// <summary>
/// The Gamma-Gamma spend log-likelihood (Fader, Hardie &amp; Lee, "RFM and CLV", 2005; the form lifetimes uses) for repeat
/// buyers, with its analytic gradient over log-parameters. Per customer with x repeat purchases of mean value m:
/// <code>
/// ln L = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q·ln v + (px−1)·ln m + px·ln x − (px+q)·ln(x·m + v)
/// </code>
/// The gamma and digamma terms depend on x only, so they are evaluated once per distinct x.
/// </summary>
sealed class GammaGammaLikelihood
{
    readonly int[] _distinctX;        // the distinct frequencies
    readonly double[] _weightOfX;     // customers with that x
    readonly double[] _sumLnM;        // Σ w·ln m over those customers
    readonly int[] _groupOf;          // customer -> index into the distinct x
    readonly double[] _x;
    readonly double[] _m;
    readonly double[] _w;

    public GammaGammaLikelihood(IReadOnlyList<SpendSummary> customers)
    {
        var usable = customers.Where(c => c.Frequency > 0 && c.MeanSpend > 0 && c.Weight > 0).ToList();
        _distinctX = usable.Select(c => c.Frequency).Distinct().Order().ToArray();
        var index = _distinctX.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
        _weightOfX = new double[_distinctX.Length];
        _sumLnM = new double[_distinctX.Length];
        _groupOf = new int[usable.Count];
        _x = new double[usable.Count];
        _m = new double[usable.Count];
        _w = new double[usable.Count];
        for (var i = 0; i < usable.Count; i++)
        {
            var c = usable[i];
            var g = _groupOf[i] = index[c.Frequency];
            _weightOfX[g] += c.Weight;
            _sumLnM[g] += c.Weight * Math.Log(c.MeanSpend);
            (_x[i], _m[i], _w[i]) = (c.Frequency, c.MeanSpend, c.Weight);
        }
        TotalWeight = _w.Sum();
    }

    public double TotalWeight { get; }

    /// <summary>Mean negative log-likelihood at θ = ln(p, q, v); the gradient over θ goes into <paramref name="gradient"/>.</summary>
    public double MeanNegative(double[] theta, double[] gradient)
    {
        var (p, q, v) = (Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2]));
        var lnV = Math.Log(v);
        var lgQ = SpecialFunctions.GammaLn(q);
        var psiQ = SpecialFunctions.DiGamma(q);
        double total = 0, gp = 0, gq = 0, gv = 0;
        for (var g = 0; g < _distinctX.Length; g++)
        {
            var x = (double)_distinctX[g];
            var px = p * x;
            var w = _weightOfX[g];
            var psiPxQ = SpecialFunctions.DiGamma(px + q);
            var psiPx = SpecialFunctions.DiGamma(px);
            total += w * (SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) - lgQ + q * lnV + px * Math.Log(x))
                     + (px - 1) * _sumLnM[g];
            gp += w * x * (psiPxQ - psiPx + Math.Log(x)) + x * _sumLnM[g];
            gq += w * (psiPxQ - psiQ + lnV);
            gv += w * q / v;
        }
        for (var i = 0; i < _x.Length; i++)
        {
            var x = _x[i];
            var s = x * _m[i] + v;
            var lnS = Math.Log(s);
            var pxq = p * x + q;
            total -= _w[i] * pxq * lnS;
            gp -= _w[i] * x * lnS;
            gq -= _w[i] * lnS;
            gv -= _w[i] * pxq / s;
        }
        gradient[0] = -gp * p / TotalWeight;
        gradient[1] = -gq * q / TotalWeight;
        gradient[2] = -gv * v / TotalWeight;
        return -total / TotalWeight;
    }
}
