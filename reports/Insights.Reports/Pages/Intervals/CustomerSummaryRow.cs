namespace Insights.Reports.Pages.Intervals;

/// <summary>One customer's calibration summary in whole days (customer_summary.sql), and their hold-out purchase days.</summary>
public sealed record CustomerSummaryRow(int CustomerId, int Frequency, int RecencyDays, int AgeDays, double MeanRepeatAmount,
    int HoldoutPurchaseDays);
