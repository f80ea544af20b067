namespace Insights.Reports.Pages.Intervals;

/// <summary>One fitted parameter as a row (the CLI's <c>--view parameters --format csv</c> and the page's parameter table).</summary>
public sealed record ModelParameterRow(string Model, string Parameter, double Value, double? StandardError, bool Trusted, string Diagnosis)
{
    /// <summary>Column names of <see cref="CsvCells"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["model", "parameter", "value", "standard_error", "trusted", "diagnosis"];

    /// <summary>The row as CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [Model, Parameter, Value, StandardError, Trusted, Diagnosis];

    /// <summary>
    /// Every parameter of both models, with its asymptotic standard error (value × the log-parameter's standard error, by the
    /// delta method) and, as a last row per model, its log-likelihood.
    /// </summary>
    public static IReadOnlyList<ModelParameterRow> From(IntervalsModelResult model)
    {
        var rows = new List<ModelParameterRow>();
        Add(rows, "bg_nbd", ["r", "alpha", "a", "b"], model.BgNbd.Parameters.ToArray(), model.BgNbd.Diagnostics);
        var gg = model.GammaGamma.Parameters;
        Add(rows, "gamma_gamma", ["p", "q", "v"], [gg.P, gg.Q, gg.V], model.GammaGamma.Diagnostics);
        return rows;
    }

    static void Add(List<ModelParameterRow> rows, string name, string[] names, double[] values, Analytics.FitDiagnostics d)
    {
        for (var i = 0; i < names.Length; i++)
        {
            double? error = i < d.LogParameterStandardErrors.Count && double.IsFinite(d.LogParameterStandardErrors[i])
                ? values[i] * d.LogParameterStandardErrors[i] : null;
            rows.Add(new ModelParameterRow(name, names[i], values[i], error, d.Trusted, d.Message));
        }
        rows.Add(new ModelParameterRow(name, "log_likelihood", d.LogLikelihood, null, d.Trusted, d.Message));
    }
}
