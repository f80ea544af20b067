using System.Text.Json.Serialization;

namespace Insights.Reports.Pages.Intervals;

/// <summary>What the purchase-interval page shows.</summary>
public sealed record IntervalsResult(
    IntervalsSettings? Settings,
    string Section,
    IntervalsModelResult? Model,
    IReadOnlyList<CustomerScore> TopCustomers,
    IReadOnlyList<CustomerGaps> Gaps,
    IReadOnlyList<CustomerGaps> Overdue,
    IReadOnlyList<CategoryCycle> Categories,
    IReadOnlyList<CategoryOverdue> CategoryOverdue,
    string? Problem)
{
    /// <summary>Before the first load, or with a calibration end before the first purchase.</summary>
    public static IntervalsResult Empty(string? problem = null) => new(null, IntervalsFilter.Sections[0], null, [], [], [], [], [], problem);

    /// <summary>True when there is something to show (the section's lists may still be empty).</summary>
    public bool HasData => Settings is not null && Problem is null;

    /// <summary>
    /// The rhythm section's figures over every customer's gaps, kept in their place when the page's cached result drops the gaps
    /// themselves (a million rows at SF10); null: computed from <see cref="Gaps"/>.
    /// </summary>
    public RhythmFigures? RhythmKept { get; init; }

    /// <summary>
    /// True when the category section's cycles and overdue customers were read as the after-load scores step kept them
    /// (mart_category_cycle, mart_customer_category_overdue: the same queries over the same gaps), not computed for the view.
    /// </summary>
    public bool CategoriesKept { get; init; }

    /// <summary>The rhythm section's figures: kept, or computed from <see cref="Gaps"/>.</summary>
    [JsonIgnore] public RhythmFigures Rhythm => RhythmKept ?? RhythmFigures.From(Gaps);

    /// <summary>Customers with a purchase day on or before the calibration end (the rhythm section's population).</summary>
    [JsonIgnore] public int GapCustomers => Rhythm.Customers;

    /// <summary>Customers with two or more purchase days (a median gap).</summary>
    [JsonIgnore] public int Repeaters => Rhythm.Repeaters;

    /// <summary>The median of the repeaters' median gaps in days (0 without repeaters): the typical rhythm.</summary>
    [JsonIgnore] public double MedianOfMedianGaps => Rhythm.MedianOfMedianGaps;

    /// <summary>Customers per whole week of median gap, 0..51 and 52+ (the gap histogram's bars and table).</summary>
    [JsonIgnore] public long[] GapBins => Rhythm.Bins;

    /// <summary>
    /// The first customers in each of <see cref="IntervalsFilter.Sorts"/>' orders, kept in place of every customer's scores by the
    /// page's cached result (<see cref="Listing"/> takes a request's order and number from them); null: not kept.
    /// </summary>
    [JsonIgnore] public IReadOnlyDictionary<string, IReadOnlyList<CustomerScore>>? TopCustomersBySort { get; init; }

    /// <summary>
    /// This kept result as a request lists it: the first <paramref name="limit"/> customers in <paramref name="sort"/>'s order
    /// (the models), of the overdue customers (the rhythms) or of the overdue category buyers (the categories).
    /// </summary>
    public IntervalsResult Listing(string sort, int limit)
    {
        limit = Math.Clamp(limit, 1, IntervalsQuery.MaxListed);
        var top = TopCustomersBySort?.GetValueOrDefault(sort) ?? TopCustomers;
        return this with { TopCustomers = [.. top.Take(limit)], Overdue = [.. Overdue.Take(limit)], CategoryOverdue = [.. CategoryOverdue.Take(limit)] };
    }

    /// <summary>What the page did with the unit it was given (<see cref="IntervalsFilter.InDays"/>); null when it used it as given.</summary>
    public string? UnitNote { get; init; }

    /// <summary>
    /// What the page did with a filter value it read differently or could use only in part, said above the numbers: a unit read
    /// as days, and a calibration end after the last purchase day (T and each customer's time since the last purchase run to it,
    /// so customers look less alive than they are).
    /// </summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            var notes = new List<string>();
            if (UnitNote is { } unit) notes.Add(unit);
            if (Settings is { LastPurchase: { } last } settings && settings.CalibrationEnd > last)
                notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The calibration end {settings.CalibrationEnd:yyyy-MM-dd} is {settings.CalibrationEnd.DayNumber - last.DayNumber:N0} days after the last purchase day ({last:yyyy-MM-dd}): T and the days since each customer's last purchase run to it, so customers look less alive than they are. Leave it empty for the last purchase day."));
            return notes;
        }
    }

    /// <summary>The category bought again most often (null without categories).</summary>
    [JsonIgnore] public CategoryCycle? MostRebought => Categories.MaxBy(c => c.Gaps);
}
