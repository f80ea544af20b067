namespace Insights.Reports.Pages.Intervals;

/// <summary>Hold-out check for the customers with one calibration frequency (or "7+", or "all"): mean purchases per customer.</summary>
public sealed record ValidationBucket(string Frequency, long Customers, double ActualMean, double PredictedMean)
{
    /// <summary>Purchases the bucket's customers made in the hold-out.</summary>
    public double ActualTotal => ActualMean * Customers;

    /// <summary>Purchases the model predicted for the bucket's customers in the hold-out.</summary>
    public double PredictedTotal => PredictedMean * Customers;

    /// <summary>Column names of <see cref="CsvCells"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["frequency", "customers", "actual_mean", "predicted_mean"];

    /// <summary>The row as CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [Frequency, Customers, ActualMean, PredictedMean];
}
