namespace Insights.Reports.Pages.Segments;

/// <summary>
/// The values a condition can choose, per list of <see cref="SegmentField.Choices"/> (segments, price_classes, regions,
/// signup_channels, order_channels, contact_channels, categories), as the warehouse holds them now.
/// </summary>
/// <param name="Lists">Each list's values in display order.</param>
public sealed record SegmentChoices(IReadOnlyDictionary<string, IReadOnlyList<string>> Lists)
{
    /// <summary>The values of <paramref name="list"/> (empty when the warehouse holds none).</summary>
    public IReadOnlyList<string> Of(string list) => Lists.TryGetValue(list, out var values) ? values : [];
}
