using Insights.Reports.Analytics;

namespace Insights.Reports.Pages.Intervals;

/// <summary>The filter resolved against the warehouse: every default filled in, every value checked.</summary>
public sealed record IntervalsSettings(
    DateOnly CalibrationEnd,
    DateOnly? HoldoutEnd,
    TimeUnit Unit,
    double Horizon,
    int ClvMonths,
    double DiscountRate,
    double Margin,
    double OverdueFactor)
{
    /// <summary>Length of the hold-out period in the unit (0 without one).</summary>
    public double HoldoutLength => HoldoutEnd is { } end ? (end.DayNumber - CalibrationEnd.DayNumber) / Unit.Days() : 0;

    /// <summary>Resolves <paramref name="filter"/>; <paramref name="lastPurchase"/> is the warehouse's last purchase day.</summary>
    public static IntervalsSettings From(IntervalsFilter filter, DateOnly lastPurchase)
    {
        var unit = TimeUnits.Parse(filter.Unit);
        var calibrationEnd = filter.CalibrationEnd ?? lastPurchase;
        var holdoutEnd = filter.HoldoutEnd ?? lastPurchase;
        var horizon = filter.Horizon ?? (unit == TimeUnit.Weeks ? 52 : 365);
        if (horizon is <= 0 or > 100_000 || !double.IsFinite(horizon)) throw new ArgumentException("horizon must be positive");
        if (filter.ClvMonths is < 0 or > 1200) throw new ArgumentException("CLV months must be between 0 and 1200");
        if (filter.DiscountRate is < 0 or > 1) throw new ArgumentException("the monthly discount rate must be between 0 and 1");
        if (filter.Margin is <= 0 or > 1) throw new ArgumentException("the margin must be in (0, 1]");
        if (filter.OverdueFactor is <= 0 or > 100) throw new ArgumentException("the overdue factor must be in (0, 100]");
        return new(calibrationEnd, holdoutEnd > calibrationEnd ? holdoutEnd : null, unit, horizon, filter.ClvMonths,
            filter.DiscountRate, filter.Margin, filter.OverdueFactor);
    }
}
