namespace Insights.Reports.Pages.Segments.Scope;

/// <summary>The model of the filter forms' segment list (_SegmentChoice.cshtml).</summary>
/// <param name="Options">The saved segments.</param>
/// <param name="Selected">The id chosen (null: all customers).</param>
public sealed record SegmentChoice(IReadOnlyList<SegmentOption> Options, int? Selected);
