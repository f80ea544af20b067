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

    /// <summary>The category bought again most often (null without categories).</summary>
    [JsonIgnore] public CategoryCycle? MostRebought => Categories.MaxBy(c => c.Gaps);
}
