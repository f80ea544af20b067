namespace Insights.Reports.Analytics;

/// <summary>
/// How far a maximum-likelihood fit can be trusted: it is <see cref="Trusted"/> when the optimiser stopped at a stationary point
/// (<see cref="GradientNorm"/> small), the Hessian there is positive definite (a strict local maximum of the likelihood),
/// every parameter is finite and inside a sane range, and the starts that converged agree on the optimum.
/// <see cref="LogParameterStandardErrors"/> are the asymptotic standard errors of the log-parameters (inverse observed
/// information); a parameter's own standard error is about its value times that.
/// </summary>
public sealed record FitDiagnostics(
    bool Trusted,
    double LogLikelihood,
    double GradientNorm,
    bool HessianPositiveDefinite,
    int Starts,
    int StartsConverged,
    bool StartsAgree,
    int Iterations,
    string Message,
    IReadOnlyList<double> LogParameterStandardErrors)
{
    /// <summary>Diagnostics for a model that could not be fitted at all (no data).</summary>
    public static FitDiagnostics NotFitted(string message) => new(false, double.NaN, double.NaN, false, 0, 0, false, 0, message, []);
}
