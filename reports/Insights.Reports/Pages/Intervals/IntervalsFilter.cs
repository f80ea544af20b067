namespace Insights.Reports.Pages.Intervals;

/// <summary>The purchase-interval report's filters (GET parameters on the page, options on the CLI).</summary>
public sealed class IntervalsFilter
{
    /// <summary>Purchases on or before this day are the calibration (fitting) period; default: the last purchase day.</summary>
    public DateOnly? CalibrationEnd { get; set; }

    /// <summary>End of the hold-out period used by the validation view; default: the last purchase day (no hold-out when ≤ the calibration end).</summary>
    public DateOnly? HoldoutEnd { get; set; }

    /// <summary>"days" or "weeks".</summary>
    public string Unit { get; set; } = "weeks";

    /// <summary>Horizon of the expected purchases, in the unit; default one year (52 weeks or 365 days).</summary>
    public double? Horizon { get; set; }

    /// <summary>CLV horizon in months.</summary>
    public int ClvMonths { get; set; } = 12;

    /// <summary>Monthly discount rate of the CLV (0.01 = 1% a month).</summary>
    public double DiscountRate { get; set; } = 0.01;

    /// <summary>Share of spend that is margin (1 = CLV in revenue).</summary>
    public double Margin { get; set; } = 1;

    /// <summary>A customer is overdue when the time since their last purchase is at least this many times their median gap.</summary>
    public double OverdueFactor { get; set; } = 2;

    /// <summary>Order of the customer list: clv, p_alive, expected, frequency, customer (anything else: clv).</summary>
    public string Sort { get; set; } = "clv";

    /// <summary>
    /// The page's section: "models" (parameters, validation, customers), "rhythm" (gaps and the win-back list) or
    /// "categories" (replenishment cycles); each computes only its own part, which at a million customers is the difference
    /// between a second and most of a minute. Anything else: models.
    /// </summary>
    public string Section { get; set; } = "models";

    /// <summary>The page's sections, in tab order.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["models", "rhythm", "categories"];

    /// <summary>Rows shown per list on the page (the CLI prints every row).</summary>
    public int Limit { get; set; } = 50;
}
