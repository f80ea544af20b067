using Insights.Reports.Filters;
using System.ComponentModel.DataAnnotations;
using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// The purchase-interval report's filters (GET parameters on the page, options on the CLI). The initialisers are the defaults
/// of both; the attributes are every rule a value must meet (checked by the page's model binding and by the CLI alike).
/// </summary>
public sealed record IntervalsFilter : IValidatableObject, ISegmentFiltered
{
    /// <summary>
    /// The longest forecast, in days (10 years), for the horizon and the hold-out alike: BG/NBD's expected purchases beyond a
    /// decade are extrapolation, and the series behind them converges ever more slowly (a horizon of 100,000 weeks never did).
    /// </summary>
    public const int MaxHorizonDays = 3650;

    /// <summary>The latest calibration end accepted, in days after the last purchase day (a year; later ones are refused).</summary>
    public const int MaxDaysAfterData = 366;

    /// <summary>Purchases on or before this day are the calibration (fitting) period; default: the last purchase day.</summary>
    [DateWindow]
    public DateOnly? CalibrationEnd { get; set; }

    /// <summary>End of the hold-out period used by the validation view; default: the last purchase day (no hold-out when ≤ the calibration end).</summary>
    [DateWindow]
    public DateOnly? HoldoutEnd { get; set; }

    /// <summary>"days" (default: the page counts in days, and the CLI without --unit gives the page's numbers) or "weeks".</summary>
    [OneOf("days", "weeks", ErrorMessage = "Unit '{0}': unknown time unit; use days or weeks.")]
    public string Unit { get; set; } = "days";

    /// <summary>
    /// Horizon of the expected purchases, in the unit; default one year (52 weeks or 365 days); at most 10 years
    /// (<see cref="MaxHorizonDays"/>: 3,650 days or 521 weeks, checked with the unit in <see cref="Validate"/>).
    /// </summary>
    [Range(0d, MaxHorizonDays, MinimumIsExclusive = true,
        ErrorMessage = "Horizon must be above 0 and at most 10 years (3,650 days or 521 weeks): a longer forecast is extrapolation.")]
    public double? Horizon { get; set; }

    /// <summary>
    /// CLV horizon in months, at most 10 years: each month is one more forecast per customer (1,200 months took 30 s of CPU) and a
    /// decade's discounting leaves later months next to nothing.
    /// </summary>
    [Range(0, 120, ErrorMessage = "CLV months must be between 0 and 120 (10 years): later months add next to nothing after discounting, at a forecast's cost each.")]
    public int ClvMonths { get; set; } = 12;

    /// <summary>Monthly discount rate of the CLV (0.01 = 1% a month).</summary>
    [Range(0d, 1d, ErrorMessage = "The monthly discount rate must be between 0 and 1 (0.01 = 1% a month).")]
    public double DiscountRate { get; set; } = 0.01;

    /// <summary>Share of spend that is margin (1 = CLV in revenue).</summary>
    [Range(0d, 1d, MinimumIsExclusive = true, ErrorMessage = "The margin must be above 0 and at most 1 (1 = CLV in revenue).")]
    public double Margin { get; set; } = 1;

    /// <summary>A customer is overdue when the time since their last purchase is at least this many times their median gap.</summary>
    [Range(0d, 100d, MinimumIsExclusive = true, ErrorMessage = "The overdue factor must be above 0 and at most 100.")]
    public double OverdueFactor { get; set; } = 2;

    /// <summary>Order of the customer list: clv (default), p_alive, expected, frequency or customer.</summary>
    [OneOf("clv", "p_alive", "expected", "frequency", "customer",
        ErrorMessage = "Sort '{0}': use clv, p_alive, expected, frequency or customer.")]
    public string Sort { get; set; } = "clv";

    /// <summary>The customers' orders <see cref="Sort"/> takes, the default first.</summary>
    public static IReadOnlyList<string> Sorts { get; } = ["clv", "p_alive", "expected", "frequency", "customer"];

    /// <summary>
    /// The page's section: "models" (parameters, validation, customers), "rhythm" (gaps and the win-back list) or
    /// "categories" (replenishment cycles); each computes only its own part, which at a million customers is the difference
    /// between a second and most of a minute.
    /// </summary>
    [OneOf("models", "rhythm", "categories", ErrorMessage = "Section '{0}': use models, rhythm or categories.")]
    public string Section { get; set; } = "models";

    /// <summary>Only the members of this saved segment (after the latest load): the models are then fitted on them alone.</summary>
    public int? SegmentId { get; set; }

    /// <summary>The saved segment resolved (SegmentScopes.TryApply).</summary>
    public SegmentScope? AppliedSegment { get; private set; }

    /// <inheritdoc />
    public void ApplySegment(SegmentScope? scope) => AppliedSegment = scope;

    /// <summary>The page's sections, in tab order.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["models", "rhythm", "categories"];

    /// <summary>Rows shown per list on the page (the CLI prints every row).</summary>
    [Range(1, 1000, ErrorMessage = "Rows per list must be between 1 and 1,000.")]
    public int Limit { get; set; } = 50;

    /// <summary>
    /// This filter in days, as the page reads it (it keeps one unit, days, for the model, the gaps and the cycles alike; the CLI
    /// still offers weeks, the unit of the CDNOW literature): an old link's unit=weeks is read as days with its horizon
    /// converted (×7), and <c>Note</c> says so above the numbers (null when the filter is already in days).
    /// </summary>
    public (IntervalsFilter Filter, string? Note) InDays()
    {
        if (Unit != "weeks") return (this, null);
        var note = Horizon is { } weeks
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"This page counts time in days: unit=weeks was read as days, and the horizon of {weeks:0.##} weeks as {weeks * 7:0.##} days. (The CLI's report intervals --unit weeks gives the model in weeks.)")
            : "This page counts time in days: unit=weeks was read as days. (The CLI's report intervals --unit weeks gives the model in weeks.)";
        return (this with { Unit = "days", Horizon = Horizon * 7 }, note);
    }

    /// <summary>The rule across the horizon and its unit: at most <see cref="MaxHorizonDays"/> days.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Horizon is { } horizon && Unit == "weeks" && horizon * 7 > MaxHorizonDays)
            yield return new ValidationResult(
                "Horizon must be at most 10 years (521 weeks or 3,650 days): a longer forecast is extrapolation.", [nameof(Horizon)]);
    }
}
