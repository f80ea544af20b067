namespace Insights.Bench.Pages;

/// <summary>
/// Why one request of the bench failed: its view and path, the status it answered with (null: no response at all), and the
/// reason: an unexpected status (with the start of a plain-text refusal), a body cut off after its headers were sent, or no
/// answer (refused, reset, past the timeout).
/// </summary>
sealed record PageFailure(string Phase, string View, string Path, int? Status, string Why);

/// <summary>Failures of one kind (phase, view, status, reason) with how many there were and one of their paths.</summary>
sealed record PageFailureCount(string Phase, string View, int? Status, string Why, int Count, string ExamplePath)
{
    /// <summary>The failures grouped by phase, view, status and reason, in that order.</summary>
    public static IReadOnlyList<PageFailureCount> Of(IEnumerable<PageFailure> failures) =>
    [
        .. failures.GroupBy(f => (f.Phase, f.View, f.Status, f.Why))
            .OrderBy(g => g.Key.Phase, StringComparer.Ordinal).ThenBy(g => g.Key.View, StringComparer.Ordinal).ThenBy(g => g.Key.Why, StringComparer.Ordinal)
            .Select(g => new PageFailureCount(g.Key.Phase, g.Key.View, g.Key.Status, g.Key.Why, g.Count(), g.First().Path)),
    ];
}
