namespace Insights.Reports.Analytics;

/// <summary>Conversions for <see cref="TimeUnit"/>.</summary>
public static class TimeUnits
{
    /// <summary>Days in one unit: 1 or 7.</summary>
    public static double Days(this TimeUnit unit) => unit == TimeUnit.Weeks ? 7 : 1;

    /// <summary>
    /// One month in the unit, as lifetimes' customer_lifetime_value counts it: 30 days, or 4.345 weeks.
    /// </summary>
    public static double Month(this TimeUnit unit) => unit == TimeUnit.Weeks ? 4.345 : 30;

    /// <summary>The unit's name as the CLI and the page spell it.</summary>
    public static string Name(this TimeUnit unit) => unit == TimeUnit.Weeks ? "weeks" : "days";

    /// <summary>Parses "days" or "weeks" (case-insensitive).</summary>
    public static TimeUnit Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "weeks" or "week" or "w" => TimeUnit.Weeks,
        "days" or "day" or "d" or null or "" => TimeUnit.Days,
        _ => throw new ArgumentException($"unknown time unit '{text}': use days or weeks", nameof(text)),
    };
}
