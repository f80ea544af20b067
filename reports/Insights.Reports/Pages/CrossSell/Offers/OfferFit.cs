using Insights.Reports.Pages.Intervals;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// What the offers take from a BG/NBD fit: its settings, whether it can be trusted, and per customer (in the fit's order) the
/// summary it was fitted on (id, repeat purchases, recency and age in the fit's unit) and its forecast (P(alive) and expected
/// purchases; NaN where the fit gave none). Arrays rather than the fit's <see cref="CustomerScore"/> objects: the after-load step
/// lets a million of those go before the offers read their history, its peak (issue 22: 40 bytes a customer instead of about 140).
/// </summary>
public sealed class OfferFit
{
    OfferFit(IntervalsSettings settings, bool trusted, int count)
    {
        (Settings, Trusted) = (settings, trusted);
        (CustomerIds, Frequency, Recency, T) = (new int[count], new int[count], new double[count], new double[count]);
        (ProbabilityAlive, ExpectedPurchases) = (new double[count], new double[count]);
    }

    /// <summary>The settings the fit was made with (unit, calibration end, horizon).</summary>
    public IntervalsSettings Settings { get; }

    /// <summary>Whether the BG/NBD fit passed its diagnostics.</summary>
    public bool Trusted { get; }

    /// <summary>The customers, in the fit's order.</summary>
    public int[] CustomerIds { get; }

    /// <summary>Repeat purchases (purchase days − 1), by customer.</summary>
    public int[] Frequency { get; }

    /// <summary>Time from first to last purchase, in the fit's unit, by customer.</summary>
    public double[] Recency { get; }

    /// <summary>Time from first purchase to the calibration end, in the fit's unit, by customer.</summary>
    public double[] T { get; }

    /// <summary>P(alive) on the calibration end (NaN: none), by customer.</summary>
    public double[] ProbabilityAlive { get; }

    /// <summary>Expected purchases in the horizon (NaN: none), by customer.</summary>
    public double[] ExpectedPurchases { get; }

    /// <summary>How many customers the fit scored.</summary>
    public int Count => CustomerIds.Length;

    /// <summary>The offers' part of <paramref name="model"/>.</summary>
    public static OfferFit From(IntervalsModelResult model)
    {
        var fit = new OfferFit(model.Settings, model.BgNbd.Diagnostics.Trusted, model.Customers.Count);
        for (var i = 0; i < model.Customers.Count; i++)
        {
            var c = model.Customers[i];
            (fit.CustomerIds[i], fit.Frequency[i], fit.Recency[i], fit.T[i]) = (c.CustomerId, c.Frequency, c.Recency, c.T);
            (fit.ProbabilityAlive[i], fit.ExpectedPurchases[i]) = (c.ProbabilityAlive ?? double.NaN, c.ExpectedPurchases ?? double.NaN);
        }
        return fit;
    }
}
