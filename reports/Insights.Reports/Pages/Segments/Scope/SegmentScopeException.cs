namespace Insights.Reports.Pages.Segments.Scope;

/// <summary>A segment id a report cannot apply (unknown, or never evaluated): the message says why and what to do.</summary>
public sealed class SegmentScopeException(string message) : Exception(message);
