namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>
/// One severity against its SLA target: the complaints in view, those resolved later than the target, those open past it now,
/// and the breaches' share. A severity without a target (<see cref="TargetHours"/> null) has no breaches: "no target".
/// </summary>
public sealed record SlaRow(string Severity, double? TargetHours, long Complaints, long Resolved, long ResolvedLate, long StillOpen,
    long OpenPastTarget, long Breaches, double? BreachShare)
{
    /// <summary>CSV (and CLI) column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["severity", "target_hours", "complaints", "resolved", "resolved_late", "still_open", "open_past_target", "sla_breaches", "sla_breach_share"];

    /// <summary>The row's cells in <see cref="CsvHeader"/> order (an empty target: no target).</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Severity, TargetHours, Complaints, Resolved, ResolvedLate, StillOpen, OpenPastTarget, Breaches, BreachShare is { } s ? Math.Round(s, 4) : null];

    /// <summary>The target as the page shows it: "24 h", "5 d" (whole days), or "no target".</summary>
    public string TargetText => TargetHours switch
    {
        null => "no target",
        { } h when h % 24 == 0 => FormattableString.Invariant($"{h / 24:0} d ({h:0} h)"),
        { } h => FormattableString.Invariant($"{h:0.##} h"),
    };
}
