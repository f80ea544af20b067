using System.Globalization;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// A complaint against its resolution target (<see cref="Service.ServiceOptions.SlaHours"/> by severity): for a resolved one,
/// whether it was resolved within the target; for an open one, how long it has been open "now" and whether that is past the
/// target already.
/// </summary>
/// <param name="TargetHours">The severity's target in hours (null: the severity has none, never a breach).</param>
/// <param name="Hours">Hours to resolution, or hours open so far for an open complaint.</param>
/// <param name="IsOpen">Not resolved yet.</param>
public sealed record ComplaintSla(double? TargetHours, double Hours, bool IsOpen)
{
    /// <summary>Met (resolved within the target, or open and not past it yet), missed, or null when there is no target.</summary>
    public bool? Met => TargetHours is { } target ? Hours <= target : null;

    /// <summary>
    /// The complaint's SLA state: hours from <paramref name="openedAt"/> to resolution (<paramref name="hoursToResolve"/> when
    /// the source gives it, else from <paramref name="resolvedAt"/>) or, while open, to <paramref name="now"/>.
    /// </summary>
    public static ComplaintSla Of(string severity, DateTime openedAt, DateTime? resolvedAt, double? hoursToResolve,
        DateTime now, IReadOnlyDictionary<string, double> targets)
    {
        double? target = targets.TryGetValue(severity.Trim().ToLowerInvariant(), out var t) ? t : null;
        return resolvedAt is { } resolved
            ? new ComplaintSla(target, hoursToResolve ?? (resolved - openedAt).TotalHours, IsOpen: false)
            : new ComplaintSla(target, Math.Max(0, (now - openedAt).TotalHours), IsOpen: true);
    }

    /// <summary>One line for the page: "met: resolved in 20 h (target 24 h)", "open 50 h, 26 h past its 24 h target", ...</summary>
    public string Describe()
    {
        var hours = Hours.ToString("0.#", CultureInfo.InvariantCulture);
        if (TargetHours is not { } target)
            return IsOpen ? $"open {hours} h (no target for this severity)" : $"resolved in {hours} h (no target for this severity)";
        var targetText = target.ToString("0.#", CultureInfo.InvariantCulture);
        var gap = Math.Abs(target - Hours).ToString("0.#", CultureInfo.InvariantCulture);
        return (IsOpen, Met) switch
        {
            (true, true) => $"open {hours} h, due in {gap} h (target {targetText} h)",
            (true, _) => $"breached: open {hours} h, {gap} h past its {targetText} h target",
            (false, true) => $"met: resolved in {hours} h (target {targetText} h)",
            _ => $"missed: resolved in {hours} h (target {targetText} h)",
        };
    }
}
