using System.Globalization;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>How much of a campaign's window the warehouse's data cover.</summary>
public enum WindowProgress
{
    /// <summary>The data end before the window's first day: nothing to read yet.</summary>
    NotStarted,

    /// <summary>Some days of the window are in; the figures may still move.</summary>
    Partial,

    /// <summary>The whole window is in.</summary>
    Complete,
}

/// <summary>One group's figures within the window.</summary>
/// <param name="Group">treatment or control.</param>
/// <param name="Customers">Members of the group.</param>
/// <param name="Buyers">Members with a completed order in the window.</param>
/// <param name="Orders">Their completed orders in the window.</param>
/// <param name="NetAmount">Their net revenue in the window.</param>
/// <param name="Variance">Sample variance of net revenue per customer (CampaignReadoutQuery.SampleVariance).</param>
public sealed record CampaignGroup(string Group, long Customers, long Buyers, long Orders, decimal NetAmount, double Variance)
{
    /// <summary>Net revenue per customer (null without customers).</summary>
    public double? RevenuePerCustomer => Customers == 0 ? null : (double)NetAmount / Customers;

    /// <summary>Buyers ÷ customers (null without customers).</summary>
    public double? BuyerRate => Customers == 0 ? null : (double)Buyers / Customers;

    /// <summary>The per-customer revenue sample for Welch's t.</summary>
    public GroupSample Revenue => new(Customers, RevenuePerCustomer ?? 0, Variance);

    /// <summary>The per-customer 0/1 buyer sample: mean p, sample variance n·p(1 − p)/(n − 1).</summary>
    public GroupSample Buying => Customers < 2 ? new(Customers, BuyerRate ?? 0, 0)
        : new(Customers, BuyerRate!.Value, (double)Customers * BuyerRate.Value * (1 - BuyerRate.Value) / (Customers - 1));
}

/// <summary>A campaign's readout: the window's progress and, once it has data, each group's figures and the differences.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="DataUpTo">The day of the latest completed order (null: none yet).</param>
/// <param name="Progress">How much of the window is in.</param>
/// <param name="DaysIn">Days of the window the data cover (0 to the window's length).</param>
/// <param name="Treatment">The treatment group (null before the window has data).</param>
/// <param name="Control">The control group (null before the window has data).</param>
/// <param name="RevenueDifference">Revenue per customer, treatment − control, with its Welch interval.</param>
/// <param name="Incremental">The difference × treated customers, with its interval.</param>
/// <param name="BuyerRateDifference">Buyer rate, treatment − control, with its Welch interval.</param>
public sealed record CampaignReadout(Campaign Campaign, DateOnly? DataUpTo, WindowProgress Progress, int DaysIn, CampaignGroup? Treatment,
    CampaignGroup? Control, WelchDifference? RevenueDifference, WelchDifference? Incremental, WelchDifference? BuyerRateDifference)
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The window's progress in words.</summary>
    public string ProgressText => Progress switch
    {
        WindowProgress.NotStarted => string.Create(Inv, $"Nothing to read yet: the window starts on {Campaign.StartsOn:yyyy-MM-dd} and the data reach ") +
            (DataUpTo is { } d ? d.ToString("yyyy-MM-dd", Inv) + "." : "no completed order yet."),
        WindowProgress.Partial => string.Create(Inv, $"{DaysIn} of {Campaign.WindowDays} days of the window are in (data up to {DataUpTo:yyyy-MM-dd}): the figures will still move."),
        _ => string.Create(Inv, $"The whole window is in ({Campaign.StartsOn:yyyy-MM-dd} to {Campaign.LastDay:yyyy-MM-dd}; data up to {DataUpTo:yyyy-MM-dd})."),
    };

    /// <summary>One sentence on the result, for the page, the CLI and the chart's text.</summary>
    public string Summary => RevenueDifference is not { } d || Treatment is null ? ProgressText
        : d.Low is { } low && d.High is { } high
            ? string.Create(Inv, $"Treated customers spent {d.Estimate:N2} more per customer than the control group (95% interval {low:N2} to {high:N2}): ") +
              (low > 0 ? "the offer raised revenue." : high < 0 ? "the offer lowered revenue." : "the interval holds 0, so no effect is shown.")
            : string.Create(Inv, $"Treated customers spent {d.Estimate:N2} more per customer than the control group; there are too few customers or no spread for an interval.");

    /// <summary>Column names of <see cref="CsvRows"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["measure", "treatment", "control", "difference", "low_95", "high_95", "degrees_of_freedom"];

    /// <summary>The readout as measure rows (per group, then the differences); empty before the window has data.</summary>
    public IEnumerable<IReadOnlyList<object?>> CsvRows()
    {
        if (Treatment is not { } t || Control is not { } c) yield break;
        yield return ["customers", t.Customers, c.Customers, null, null, null, null];
        yield return ["buyers", t.Buyers, c.Buyers, null, null, null, null];
        yield return ["orders", t.Orders, c.Orders, null, null, null, null];
        yield return ["net_amount", t.NetAmount, c.NetAmount, null, null, null, null];
        yield return Row("net_amount_per_customer", t.RevenuePerCustomer, c.RevenuePerCustomer, RevenueDifference);
        yield return Row("buyer_rate", t.BuyerRate, c.BuyerRate, BuyerRateDifference);
        yield return Row("incremental_net_amount", null, null, Incremental);
    }

    static IReadOnlyList<object?> Row(string measure, double? treatment, double? control, WelchDifference? d) =>
        [measure, Round(treatment), Round(control), Round(d?.Estimate), Round(d?.Low), Round(d?.High), Round(d?.DegreesOfFreedom)];

    static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;
}
