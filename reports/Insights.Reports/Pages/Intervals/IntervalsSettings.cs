using Insights.Reports.Analytics;
using Insights.Reports.Filters;

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
    /// <summary>The unit's name, as the page and the CLI spell it.</summary>
    public string UnitName => Unit.Name();

    /// <summary>Length of the hold-out period in the unit (0 without one).</summary>
    public double HoldoutLength => HoldoutEnd is { } end ? (end.DayNumber - CalibrationEnd.DayNumber) / Unit.Days() : 0;

    /// <summary>Resolves <paramref name="filter"/>; <paramref name="lastPurchase"/> is the warehouse's last purchase day.</summary>
    /// <exception cref="ArgumentException">The filter breaks a rule of <see cref="IntervalsFilter"/> (the messages joined).</exception>
    public static IntervalsSettings From(IntervalsFilter filter, DateOnly lastPurchase)
    {
        // the rules live on the record; a caller that did not check them still gets no numbers from a bad filter
        var problems = FilterProblems.Of(filter);
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(filter));
        var unit = TimeUnits.Parse(filter.Unit);
        var calibrationEnd = filter.CalibrationEnd ?? lastPurchase;
        var holdoutEnd = filter.HoldoutEnd ?? lastPurchase;
        var horizon = filter.Horizon ?? (unit == TimeUnit.Weeks ? 52 : 365);
        return new(calibrationEnd, holdoutEnd > calibrationEnd ? holdoutEnd : null, unit, horizon, filter.ClvMonths,
            filter.DiscountRate, filter.Margin, filter.OverdueFactor);
    }
}
