namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>
/// One group of a complaints breakdown (or the total): complaints in view, the completed orders of the group's denominator, the
/// rate per 1,000 of them, resolution percentiles, SLA breaches, and first response and reopens where the source has them.
/// </summary>
/// <param name="Group">The group's value (a category, channel, region, month yyyy-MM, severity; "(all)" for the total).</param>
/// <param name="Complaints">Complaints opened in view.</param>
/// <param name="Orders">Completed orders of the denominator; null for a group without one ("(no product)", "(no order)").</param>
/// <param name="Resolved">Of the complaints, those resolved.</param>
/// <param name="StillOpen">Of the complaints, those open.</param>
/// <param name="ResolutionHoursP50">Median hours opened → resolved of the resolved ones (continuous); null when none.</param>
/// <param name="ResolutionHoursP90">90th percentile of the same (continuous).</param>
/// <param name="WithTarget">Complaints whose severity has an SLA target.</param>
/// <param name="SlaBreaches">Resolved later than the target, or open past it now.</param>
/// <param name="FirstResponsesKnown">Complaints whose source gives a first response time.</param>
/// <param name="FirstResponseHoursP50">Median hours opened → first response (continuous); null when none is known.</param>
/// <param name="FirstResponseHoursP90">90th percentile of the same.</param>
/// <param name="ReopensKnown">Complaints whose source gives a reopen count.</param>
/// <param name="Reopened">Of those, the ones reopened at least once.</param>
/// <param name="MeanReopens">Mean reopen count of those (null when none is known).</param>
/// <param name="RatePer1000Orders">Complaints × 1,000 / orders; null without a denominator.</param>
public sealed record ComplaintGroupRow(string Group, long Complaints, long? Orders, long Resolved, long StillOpen,
    double? ResolutionHoursP50, double? ResolutionHoursP90, long WithTarget, long SlaBreaches,
    long FirstResponsesKnown, double? FirstResponseHoursP50, double? FirstResponseHoursP90,
    long ReopensKnown, long Reopened, double? MeanReopens, double? RatePer1000Orders)
{
    /// <summary>What the source lacks for this group (empty when it has both fields), told in the CSV's note column.</summary>
    public const string NotInSource = "not in the source";

    /// <summary>Share of the breaches among complaints with a target; null when none has one.</summary>
    public double? BreachShare => WithTarget == 0 ? null : (double)SlaBreaches / WithTarget;

    /// <summary>Share of complaints reopened at least once, among those whose source gives the count; null when none does.</summary>
    public double? ReopenRate => ReopensKnown == 0 ? null : (double)Reopened / ReopensKnown;

    /// <summary>Why first response or reopen cells are empty: the complaints in view come from files without those fields.</summary>
    public string? Note => (FirstResponsesKnown, ReopensKnown) switch
    {
        (0, 0) when Complaints > 0 => $"first_response_at and reopened_count {NotInSource}",
        (0, _) when Complaints > 0 => $"first_response_at {NotInSource}",
        (_, 0) when Complaints > 0 => $"reopened_count {NotInSource}",
        _ => null,
    };

    /// <summary>The CSV (and CLI) columns after the group's own column.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    [
        "complaints", "completed_orders", "complaints_per_1000_orders", "resolved", "still_open", "resolution_hours_p50",
        "resolution_hours_p90", "with_sla_target", "sla_breaches", "sla_breach_share", "first_response_hours_p50",
        "first_response_hours_p90", "reopen_rate", "mean_reopens", "note",
    ];

    /// <summary>The CSV header for a breakdown by <paramref name="by"/> (its column is the breakdown's name in snake_case).</summary>
    public static IReadOnlyList<string> CsvHeader(string by) => [by.Replace('-', '_'), .. CsvColumns];

    /// <summary>The row's cells in <see cref="CsvHeader"/> order.</summary>
    public IReadOnlyList<object?> CsvCells() =>
    [
        Group, Complaints, Orders, Round(RatePer1000Orders), Resolved, StillOpen, Round(ResolutionHoursP50), Round(ResolutionHoursP90),
        WithTarget, SlaBreaches, Round(BreachShare), Round(FirstResponseHoursP50), Round(FirstResponseHoursP90), Round(ReopenRate),
        Round(MeanReopens), Note,
    ];

    static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
