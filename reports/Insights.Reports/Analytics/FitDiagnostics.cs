namespace Insights.Reports.Analytics;

/// <summary>
/// How far a maximum-likelihood fit can be trusted: it is <see cref="Trusted"/> when the optimiser stopped at a stationary point
/// (the Newton step still to go, <see cref="StepInStandardErrors"/>, is below <see cref="MleFitter.StepTolerance"/>), the
/// Hessian there is positive definite (a strict local maximum of the likelihood), every parameter is finite and inside a sane
/// range, and no start reached an equally good but different optimum. <see cref="GradientNorm"/> is the gradient of the mean
/// negative log-likelihood per customer over log-parameters, shown for reference; the verdict does not use a fixed bound on it,
/// because what a given gradient means depends on the curvature and on the number of customers.
/// <see cref="LogParameterStandardErrors"/> are the asymptotic standard errors of the log-parameters (inverse observed
/// information); a parameter's own standard error is about its value times that.
/// </summary>
public sealed record FitDiagnostics(
    bool Trusted,
    double LogLikelihood,
    double GradientNorm,
    double StepInStandardErrors,
    bool HessianPositiveDefinite,
    int Starts,
    int StartsConverged,
    bool StartsAgree,
    int Iterations,
    string Message,
    IReadOnlyList<double> LogParameterStandardErrors)
{
    /// <summary>Diagnostics for a model that could not be fitted at all (no data).</summary>
    public static FitDiagnostics NotFitted(string message) =>
        new(false, double.NaN, double.NaN, double.NaN, false, 0, 0, false, 0, message, []);
}
