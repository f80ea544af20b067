namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>
/// The part of the complaints view that only a load changes (kept per warehouse state and filter): the breakdown, the total and
/// the SLA table with the breaches of resolved complaints only, the open complaints in view, and the repeat complainers.
/// <see cref="AsAt"/> adds what "now" decides (open complaints past their target, the backlog's ages and order); at SF10 that
/// is a pass over some 31 k open complaints instead of the whole view again each clock step.
/// </summary>
public sealed record ComplaintsAtLoad(string By, ComplaintGroupRow Total, IReadOnlyList<ComplaintGroupRow> Groups, IReadOnlyList<SlaRow> Sla,
    IReadOnlyList<OpenComplaint> Open, IReadOnlyList<RepeatComplainerRow> RepeatComplainers)
{
    // the view at the latest "now" asked for: every request of a clock step gets the same result object, and a new step
    // replaces it (two requests racing at a step's start may both compute it: cheap, and they agree)
    AgedView? _latest;

    sealed record AgedView(DateTime Now, ComplaintsResult Result);

    /// <summary>
    /// The same filter's view in the breakdown <paramref name="by"/>, whose <paramref name="groups"/> are read anew: the total,
    /// the SLA table, the open complaints and the repeat complainers do not depend on the breakdown.
    /// </summary>
    public ComplaintsAtLoad InBreakdown(string by, IReadOnlyList<ComplaintGroupRow> groups) =>
        new(by, Total, groups, Sla, Open, RepeatComplainers);

    /// <summary>The whole view as at <paramref name="now"/>: the same numbers as computing every statement against it.</summary>
    public ComplaintsResult AsAt(DateTime now)
    {
        var latest = Volatile.Read(ref _latest);
        if (latest is not null && latest.Now == now) return latest.Result;
        var result = Compute(now);
        Volatile.Write(ref _latest, new AgedView(now, result));
        return result;
    }

    ComplaintsResult Compute(DateTime now)
    {
        var aged = Open.Select(o => (Group: o.GroupOf(By), Row: o.AsAt(now))).ToList();
        var breachesByGroup = aged.Where(a => a.Row.IsBreaching).GroupBy(a => a.Group).ToDictionary(g => g.Key, g => (long)g.Count());
        var breachesBySeverity = aged.Where(a => a.Row.IsBreaching).GroupBy(a => a.Row.Severity).ToDictionary(g => g.Key, g => (long)g.Count());
        var backlog = aged.Select(a => a.Row)
            .OrderByDescending(r => r.IsBreaching)
            .ThenByDescending(r => r.OverdueHours ?? double.NegativeInfinity)
            .ThenByDescending(r => r.AgeHours)
            .ThenBy(r => r.ComplaintId)
            .ToList();
        return new ComplaintsResult(By,
            Total with { SlaBreaches = Total.SlaBreaches + breachesByGroup.Values.Sum() },
            [.. Groups.Select(g => g with { SlaBreaches = g.SlaBreaches + breachesByGroup.GetValueOrDefault(g.Group) })],
            [.. Sla.Select(s => WithOpenBreaches(s, breachesBySeverity.GetValueOrDefault(s.Severity)))],
            backlog, RepeatComplainers, now);
    }

    // sla.sql's share: breaches ÷ complaints of a severity with a target (none without a target or without complaints)
    static SlaRow WithOpenBreaches(SlaRow row, long openPastTarget)
    {
        var breaches = row.ResolvedLate + openPastTarget;
        return row with
        {
            OpenPastTarget = openPastTarget,
            Breaches = breaches,
            BreachShare = row.TargetHours is null || row.Complaints == 0 ? null : (double)breaches / row.Complaints,
        };
    }
}
