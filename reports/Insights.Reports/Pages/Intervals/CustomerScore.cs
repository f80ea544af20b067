namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// One customer's model results; recency and T in the report's unit. The model columns are null when the model behind them
/// could not be trusted (see <see cref="IntervalsModelResult"/>), never a number from a failed fit.
/// </summary>
public sealed record CustomerScore(
    int CustomerId,
    int Frequency,
    double Recency,
    double T,
    double MeanRepeatSpend,
    double? ProbabilityAlive,
    double? ExpectedPurchases,
    double? ExpectedAverageSpend,
    double? Clv,
    double? PredictedHoldoutPurchases,
    int? ActualHoldoutPurchases)
{
    /// <summary>Column names of <see cref="CsvCells"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
    [
        "customer_id", "frequency", "recency", "T", "mean_repeat_spend", "p_alive", "expected_purchases",
        "expected_average_spend", "clv", "predicted_holdout_purchases", "actual_holdout_purchases",
    ];

    /// <summary>The row as CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
    [
        CustomerId, Frequency, Math.Round(Recency, 6), Math.Round(T, 6), Math.Round(MeanRepeatSpend, 6), ProbabilityAlive,
        ExpectedPurchases, ExpectedAverageSpend, Clv, PredictedHoldoutPurchases, ActualHoldoutPurchases,
    ];
}
