namespace Insights.Reports.Analytics;

/// <summary>
/// A repeat buyer's spend for the Gamma-Gamma model: <see cref="Frequency"/> repeat purchase days (x &gt; 0) and
/// <see cref="MeanSpend"/>, the mean value of those repeat purchase days (z̄); <see cref="Weight"/> customers share it.
/// </summary>
public readonly record struct SpendSummary(int Frequency, double MeanSpend, double Weight = 1);
