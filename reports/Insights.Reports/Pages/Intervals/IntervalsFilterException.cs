namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// A filter the warehouse's data refuses (a hold-out past the last purchase day...) or that breaks a rule of
/// <see cref="IntervalsFilter"/>; the message says which. An <see cref="ArgumentException"/>, as <see cref="IntervalsSettings.From"/> documents.
/// </summary>
public sealed class IntervalsFilterException(string message) : ArgumentException(message);
