namespace Insights.Bench.Pages;

/// <summary>Requests asked once each, by <paramref name="Clients"/> concurrent clients: one batch of the "first view" phase.</summary>
sealed record FirstViews(IReadOnlyList<PageRequest> Requests, int Clients);

/// <summary>
/// What `bench pages` asks of one or more reports: the warm-up requests (Razor's first render: not measured), the site's
/// background warm-ups to run (by report name), the first-view batches (one after another), and the requests the clients
/// then loop over ("repeated").
/// </summary>
sealed record PagePlan(IReadOnlyList<string> Reports, IReadOnlyList<PageRequest> WarmUp, IReadOnlyList<FirstViews> FirstViews,
    IReadOnlyList<PageRequest> Repeated)
{
    /// <summary>The plans one after another (first views) and together (repeated).</summary>
    public static PagePlan Combine(params PagePlan[] plans) => new(
        [.. plans.SelectMany(p => p.Reports)], [.. plans.SelectMany(p => p.WarmUp)], [.. plans.SelectMany(p => p.FirstViews)],
        [.. plans.SelectMany(p => p.Repeated)]);
}
