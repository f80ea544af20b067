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

    /// <summary>
    /// A parameter's meaning in words, for the page's parameter table (the page counts time in days, so α and the rates are per
    /// day); empty for a name this table does not show.
    /// </summary>
    public static string Meaning(string model, string parameter) => (model, parameter) switch
    {
        ("bg_nbd", "r") => "Shape of how buying rates vary between customers; r / α is the mean number of purchases a day.",
        ("bg_nbd", "alpha") => "Scale of the buying rates (in days): the larger α, the slower customers buy.",
        ("bg_nbd", "a") => "With b: how likely a customer is to stop after a purchase; a / (a + b) is the mean chance.",
        ("bg_nbd", "b") => "With a: the larger b next to a, the less likely customers are to stop buying.",
        ("gamma_gamma", "p") => "Shape of how a customer's spend varies from one purchase to the next.",
        ("gamma_gamma", "q") => "With γ: how average spend varies between customers; the larger q, the more alike they are.",
        ("gamma_gamma", "v") => "Scale (γ) of the average spend; the mean spend per purchase is p·γ / (q − 1).",
        (_, "log_likelihood") => "How well the model fits these purchases: higher is better, only comparable between fits of the same data.",
        _ => "",
    };

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
