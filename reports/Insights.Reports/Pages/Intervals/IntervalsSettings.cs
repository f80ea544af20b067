using Insights.Reports.Analytics;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;

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
    double OverdueFactor,
    SegmentScope? Segment = null)
{
    /// <summary>The warehouse's last purchase day when the filter was resolved (the default calibration and hold-out end).</summary>
    public DateOnly? LastPurchase { get; init; }

    /// <summary>The unit's name, as the page and the CLI spell it.</summary>
    public string UnitName => Unit.Name();

    /// <summary>Length of the hold-out period in the unit (0 without one).</summary>
    public double HoldoutLength => HoldoutEnd is { } end ? (end.DayNumber - CalibrationEnd.DayNumber) / Unit.Days() : 0;

    /// <summary>Resolves <paramref name="filter"/>; <paramref name="lastPurchase"/> is the warehouse's last purchase day.</summary>
    /// <exception cref="IntervalsFilterException">
    /// The filter breaks a rule of <see cref="IntervalsFilter"/> (the messages joined), or its hold-out ends after the last
    /// purchase day or more than <see cref="IntervalsFilter.MaxHorizonDays"/> after the calibration end.
    /// </exception>
    public static IntervalsSettings From(IntervalsFilter filter, DateOnly lastPurchase)
    {
        // the rules live on the record; a caller that did not check them still gets no numbers from a bad filter
        var problems = FilterProblems.Of(filter);
        if (problems.Count > 0) throw new IntervalsFilterException(string.Join(" ", problems));
        var unit = TimeUnits.Parse(filter.Unit);
        var calibrationEnd = filter.CalibrationEnd ?? lastPurchase;
        var holdoutEnd = filter.HoldoutEnd ?? lastPurchase;
        // the hold-out compares the forecast with purchases that happened: after the last one there are none to compare with,
        // and a hold-out of thousands of years made the forecast's series never converge (a 500)
        if (filter.HoldoutEnd is { } asked && asked > lastPurchase)
            throw new IntervalsFilterException(
                $"The hold-out must end on or before the last purchase day ({lastPurchase:yyyy-MM-dd}): later purchases are not in the warehouse.");
        if (holdoutEnd.DayNumber - calibrationEnd.DayNumber > IntervalsFilter.MaxHorizonDays)
            throw new IntervalsFilterException(
                $"The hold-out may be at most {IntervalsFilter.MaxHorizonDays:N0} days (10 years) after the calibration end ({calibrationEnd:yyyy-MM-dd}).");
        // a calibration end long after the data makes every T and every "days since the last purchase" run across empty years
        // (2100-01-01: 26,000 days), so every customer looks lapsed; a year past the data is as far as that can mean something
        if (calibrationEnd.DayNumber - lastPurchase.DayNumber > IntervalsFilter.MaxDaysAfterData)
            throw new IntervalsFilterException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The calibration end {calibrationEnd:yyyy-MM-dd} is {calibrationEnd.DayNumber - lastPurchase.DayNumber:N0} days after the last purchase day ({lastPurchase:yyyy-MM-dd}): every customer would look lapsed. Choose a day up to {lastPurchase.AddDays(IntervalsFilter.MaxDaysAfterData):yyyy-MM-dd}, or leave it empty for the last purchase day."));
        var horizon = filter.Horizon ?? (unit == TimeUnit.Weeks ? 52 : 365);
        SegmentScope.ParameterOf(filter);   // a segment asked for and not resolved throws here, before any number is read
        return new(calibrationEnd, holdoutEnd > calibrationEnd ? holdoutEnd : null, unit, horizon, filter.ClvMonths,
            filter.DiscountRate, filter.Margin, filter.OverdueFactor, filter.AppliedSegment) { LastPurchase = lastPurchase };
    }
}
