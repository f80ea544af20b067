namespace Insights.Reports.Analytics;

/// <summary>
/// The BG/NBD log-likelihood (Fader, Hardie &amp; Lee 2005, eq. 6) summed over groups of customers sharing (x, t_x, T), with its
/// analytic gradient over log-parameters. Per customer, in log space:
/// <code>
/// ln L = A1 + A2 + ln(e^A3 + [x&gt;0]·e^A4)
/// A1 = lnΓ(r+x) − lnΓ(r) + r·ln α                A2 = lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x) + lnΓ(a+b)
/// A3 = −(r+x)·ln(α+T)                             A4 = ln a − ln(b+x−1) − (r+x)·ln(α+t_x)
/// </code>
/// x is a whole number, so lnΓ(r+x) − lnΓ(r) = Σ_{k&lt;x} ln(r+k) and ψ(r+x) − ψ(r) = Σ_{k&lt;x} 1/(r+k): one running sum per
/// evaluation up to the largest x, with no gamma or digamma function at all. The last term is a log-sum-exp, so nothing
/// overflows however large x or T is.
/// </summary>
sealed class BgNbdLikelihood
{
    readonly int[] _x;
    readonly int[] _txIndex;          // into _distinctTx: t_x and T take few distinct values (whole days), so their logs are
    readonly int[] _tIndex;           // computed once per evaluation and looked up per group
    readonly double[] _distinctTx;
    readonly double[] _distinctT;
    readonly double[] _w;
    readonly int _maxX;
    readonly double _totalWeight;

    public BgNbdLikelihood(IReadOnlyList<RecencyFrequency> groups)
    {
        _x = groups.Select(g => g.Frequency).ToArray();
        (_distinctTx, _txIndex) = Index(groups.Select(g => g.Recency));
        (_distinctT, _tIndex) = Index(groups.Select(g => g.T));
        _w = groups.Select(g => g.Weight).ToArray();
        _maxX = _x.Length == 0 ? 0 : _x.Max();
        _totalWeight = _w.Sum();
    }

    static (double[] Values, int[] Index) Index(IEnumerable<double> values)
    {
        var map = new Dictionary<double, int>();
        var index = values.Select(v =>
        {
            if (!map.TryGetValue(v, out var i)) map[v] = i = map.Count;
            return i;
        }).ToArray();
        var distinct = new double[map.Count];
        foreach (var (v, i) in map) distinct[i] = v;
        return (distinct, index);
    }

    public double TotalWeight => _totalWeight;

    /// <summary>Mean negative log-likelihood at θ = ln(r, α, a, b); the gradient over θ goes into <paramref name="gradient"/>.</summary>
    public double MeanNegative(double[] theta, double[] gradient)
    {
        var (sum, g) = Sum(Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2]), Math.Exp(theta[3]), withGradient: true);
        for (var i = 0; i < 4; i++) gradient[i] = -g[i] / _totalWeight;
        return -sum / _totalWeight;
    }

    /// <summary>The total log-likelihood at the given parameters.</summary>
    public double LogLikelihood(BgNbdParameters p) => Sum(p.R, p.Alpha, p.A, p.B, withGradient: false).Value;

    (double Value, double[] Gradient) Sum(double r, double alpha, double a, double b, bool withGradient)
    {
        var n = _maxX + 1;
        // running sums over k < x: ln(r+k), 1/(r+k), ln(b+k), 1/(b+k), ln(a+b+k), 1/(a+b+k)
        var lnR = new double[n]; var psiR = new double[n];
        var lnB = new double[n]; var psiB = new double[n];
        var lnAb = new double[n]; var psiAb = new double[n];
        for (var k = 0; k < _maxX; k++)
        {
            lnR[k + 1] = lnR[k] + Math.Log(r + k); psiR[k + 1] = psiR[k] + 1 / (r + k);
            lnB[k + 1] = lnB[k] + Math.Log(b + k); psiB[k + 1] = psiB[k] + 1 / (b + k);
            lnAb[k + 1] = lnAb[k] + Math.Log(a + b + k); psiAb[k + 1] = psiAb[k] + 1 / (a + b + k);
        }
        var lnAlpha = Math.Log(alpha);
        var lnA = Math.Log(a);
        // per distinct x: ln a − ln(b+x−1); per distinct t_x and T: ln(α+·) and 1/(α+·)
        var lnAOverB = new double[n];
        for (var x = 1; x < n; x++) lnAOverB[x] = lnA - Math.Log(b + x - 1);
        var lnAtxs = _distinctTx.Select(v => Math.Log(alpha + v)).ToArray();
        var invAtxs = _distinctTx.Select(v => 1 / (alpha + v)).ToArray();
        var lnATs = _distinctT.Select(v => Math.Log(alpha + v)).ToArray();
        var invATs = _distinctT.Select(v => 1 / (alpha + v)).ToArray();
        double total = 0, gr = 0, galpha = 0, ga = 0, gb = 0;
        for (var i = 0; i < _x.Length; i++)
        {
            var x = _x[i];
            var w = _w[i];
            var lnAT = lnATs[_tIndex[i]];
            var a3 = -(r + x) * lnAT;
            double tail, w4 = 0, lnAtx = 0;
            if (x > 0)
            {
                lnAtx = lnAtxs[_txIndex[i]];
                var d = lnAOverB[x] - (r + x) * (lnAtx - lnAT);   // A4 − A3
                tail = a3 + Softplus(d);
                w4 = Sigmoid(d);
            }
            else
            {
                tail = a3;
            }
            total += w * (lnR[x] + r * lnAlpha + lnB[x] - lnAb[x] + tail);
            if (!withGradient) continue;
            var w3 = 1 - w4;
            gr += w * (psiR[x] + lnAlpha - lnAT - w4 * (lnAtx - lnAT));
            galpha += w * (r / alpha - (r + x) * (w3 * invATs[_tIndex[i]] + w4 * invAtxs[_txIndex[i]]));
            ga += w * (-psiAb[x] + w4 / a);
            gb += w * (psiB[x] - psiAb[x] - (x > 0 ? w4 / (b + x - 1) : 0));
        }
        // chain rule for θ = ln p: ∂/∂θ = p·∂/∂p
        return (total, [gr * r, galpha * alpha, ga * a, gb * b]);
    }

    /// <summary>ln(1 + e^d) without overflow.</summary>
    internal static double Softplus(double d) => d > 0 ? d + Math.Log(1 + Math.Exp(-d)) : Math.Log(1 + Math.Exp(d));

    /// <summary>1 / (1 + e^−d) without overflow.</summary>
    internal static double Sigmoid(double d) => d >= 0 ? 1 / (1 + Math.Exp(-d)) : Math.Exp(d) / (1 + Math.Exp(d));
}
