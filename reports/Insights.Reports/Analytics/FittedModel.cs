namespace Insights.Reports.Analytics;

/// <summary>A fitted model's parameters with the diagnostics that say whether to trust them.</summary>
public sealed record FittedModel<TParameters>(TParameters Parameters, FitDiagnostics Diagnostics) where TParameters : class;
