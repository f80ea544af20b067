namespace Insights.Reports.Analytics;

/// <summary>
/// One customer's calibration-period summary, or a group of customers who share it: <see cref="Frequency"/> repeat purchase
/// days (x), <see cref="Recency"/> from the first to the last purchase day (t_x), <see cref="T"/> from the first purchase day
/// to the calibration end, all in one time unit; <see cref="Weight"/> customers share the triple.
/// </summary>
public readonly record struct RecencyFrequency(int Frequency, double Recency, double T, double Weight = 1);
