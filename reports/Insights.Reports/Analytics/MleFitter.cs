using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Insights.Reports.Analytics;

/// <summary>
/// Maximum likelihood over log-parameters (so every parameter stays positive and the search is unconstrained): MathNet's BFGS
/// on the <em>mean</em> negative log-likelihood with its analytic gradient, from several starts, each finished with Newton steps
/// on a Hessian differenced from the analytic gradient. The result says whether the optimum can be trusted
/// (see <see cref="FitDiagnostics"/>).
/// </summary>
/// <remarks>
/// Convergence is judged in the data's own units, so that the same verdict holds at any number of customers and any scale of
/// the likelihood: the Newton step still to go, g·H⁻¹·g, measured in standard errors (the covariance of θ is H⁻¹/N for the
/// Hessian H of the mean over N customers, so the step's length in standard errors is √(N·gᵀH⁻¹g), which is also √2 × the
/// log-likelihood, in nats, that finishing the fit would still gain). A fixed bound on the gradient is not: the rounding noise
/// of a mean over a million customers is larger than over ten thousand, and the same gradient means a different distance from
/// the optimum at each size.
/// </remarks>
public static class MleFitter
{
    /// <summary>The mean negative log-likelihood at log-parameters <c>theta</c>; writes its gradient into <c>gradient</c>.</summary>
    public delegate double Objective(double[] theta, double[] gradient);

    /// <summary>A fit has converged when the Newton step still to go is shorter than this many standard errors.</summary>
    public const double StepTolerance = 1e-3;

    /// <summary>Log-parameters beyond ±this (parameters beyond e^±25) mean the fit ran to a boundary: not trusted.</summary>
    public const double MaxAbsLogParameter = 25;

    /// <summary>Above this many groups, starts are compared on a systematic subsample first (see <see cref="Minimise"/>).</summary>
    public const int ScreeningSize = 5_000;

    // Newton finishes far inside StepTolerance, so a trusted fit is not a borderline one
    const double NewtonTarget = 1e-7;
    const int NewtonSteps = 8;
    // two optima whose log-likelihoods differ by less than this (nats) are equally good: no likelihood-ratio test tells them apart
    const double TieNats = 1e-3;
    // ... and equally good optima this many standard errors apart mean a ridge: in a quadratic well a point 0.1 SE from the top
    // is 0.005 nats down, five times the tie
    const double RidgeDistance = 0.1;
    // converged starts this close to the best (standard errors) reached the same optimum
    const double AgreeDistance = 0.01;

    /// <summary>
    /// Minimises <paramref name="objective"/> (the mean over <paramref name="customers"/>) from every start (in parallel); returns
    /// the best log-parameters and the diagnostics. With a <paramref name="screening"/> objective (the same likelihood on a
    /// subsample of <paramref name="screeningCustomers"/>, for large data), the starts run on it, their agreement is judged
    /// there, and the best of them is finished on the full <paramref name="objective"/>, whose gradient and Hessian decide
    /// whether the fit is trusted.
    /// </summary>
    public static (double[] Theta, FitDiagnostics Diagnostics) Minimise(Objective objective, IReadOnlyList<double[]> starts, long customers,
        Objective? screening = null, long screeningCustomers = 0)
    {
        if (screening is not null && screeningCustomers <= 0)
            throw new ArgumentOutOfRangeException(nameof(screeningCustomers), "A screening objective needs its number of customers.");
        var runCustomers = screening is null ? customers : screeningCustomers;
        var runs = new StartResult[starts.Count];
        Parallel.For(0, starts.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => runs[i] = RunStart(screening ?? objective, starts[i], runCustomers));
        var bestStart = runs.Where(r => double.IsFinite(r.Value)).MinBy(r => r.Value);
        if (bestStart is null)
            return (starts[0], Unevaluated(starts.Count, "The likelihood could not be evaluated from any start."));
        var best = screening is null ? bestStart : RunStart(objective, bestStart.Theta, customers);
        if (!double.IsFinite(best.Value))
            return (best.Theta, Unevaluated(starts.Count, "The likelihood could not be evaluated at the optimum."));

        var converged = runs.Where(r => r.Step < StepTolerance && double.IsFinite(r.Value)).ToList();
        // distances between the starts' optima in standard errors of the data they ran on (NaN without a positive definite
        // Hessian at the best, which makes both checks below false: nothing can be said about agreement then)
        double Distance(StartResult r) => bestStart.Precision is null ? double.NaN
            : Math.Sqrt(runCustomers * Quadratic(bestStart.Precision, r.Theta.Zip(bestStart.Theta, (a, b) => a - b).ToArray()));
        var ties = converged.Where(r => runCustomers * (r.Value - bestStart.Value) < TieNats).ToList();
        var agree = converged.Count == runs.Length && runs.All(r => Distance(r) < AgreeDistance);
        var ridge = ties.Any(r => Distance(r) >= RidgeDistance);
        var diagnostics = Verdict(best, customers, ridge, runs.Length, converged.Count, agree,
            runs.Sum(r => r.Iterations) + (screening is null ? 0 : best.Iterations));
        if (screening is not null)
            diagnostics = diagnostics with { Message = diagnostics.Message + " (The starts were compared on a subsample; the optimum was then refined on all the data.)" };
        return (best.Theta, diagnostics);
    }

    /// <summary>
    /// Judges <paramref name="theta"/> as if a fit had stopped there, without moving it (for parameters found elsewhere, such as
    /// another library's, or to see how the verdict treats a point short of the optimum). There are no starts to compare.
    /// </summary>
    public static FitDiagnostics Assess(Objective objective, double[] theta, long customers)
    {
        var at = Evaluate(objective, (double[])theta.Clone(), customers, 0);
        return double.IsFinite(at.Value) ? Verdict(at, customers, false, 0, 0, false, 0)
            : Unevaluated(0, "The likelihood could not be evaluated at these parameters.");
    }

    static FitDiagnostics Verdict(StartResult best, long customers, bool ridge, int starts, int converged, bool agree, int iterations)
    {
        var inRange = best.Theta.All(t => double.IsFinite(t) && Math.Abs(t) < MaxAbsLogParameter);
        var positive = best.Precision is not null;
        var trusted = best.Step < StepTolerance && positive && inRange && !ridge;
        var message = trusted
            ? agree ? "Converged: gradient ≈ 0, Hessian positive definite, every start reached the same optimum."
                    : "Converged: gradient ≈ 0, Hessian positive definite at the best optimum; some starts stopped elsewhere (a worse local optimum or no convergence)."
            : !inRange ? "Not trusted: a parameter ran off to a boundary (0 or infinity); the data cannot pin the model down."
            : ridge ? "Not trusted: different starts reach equally good but different parameters (the model is not identified on these data)."
            : !positive ? "Not trusted: the likelihood is flat or saddle-shaped where the optimiser stopped (Hessian not positive definite)."
            : $"Not trusted: the optimiser stopped short of the optimum (the Newton step still to go is {best.Step:G2} standard errors).";
        // the Hessian is of the mean over customers: the covariance of θ is its inverse divided by the number of customers
        var errors = positive
            ? best.Precision!.Inverse().Diagonal().Select(d => Math.Sqrt(d / customers)).ToArray()
            : best.Theta.Select(_ => double.NaN).ToArray();
        return new FitDiagnostics(trusted, -best.Value * customers, best.GradientNorm, best.Step, positive, starts, converged, agree,
            iterations, message, errors);
    }

    static FitDiagnostics Unevaluated(int starts, string message) =>
        new(false, double.NaN, double.NaN, double.NaN, false, starts, 0, false, 0, message, []);

    /// <summary>A point with its value, gradient, Hessian (null unless positive definite) and the Newton step still to go.</summary>
    sealed record StartResult(double[] Theta, double Value, double[] Gradient, Matrix<double>? Precision, double Step, int Iterations)
    {
        public double GradientNorm => Math.Sqrt(Gradient.Sum(x => x * x));
    }

    static StartResult RunStart(Objective objective, double[] start, long customers)
    {
        var (theta, iterations) = Bfgs(objective, start);
        var at = Evaluate(objective, theta, customers, iterations);
        // Newton steps on one Hessian (the point barely moves: BFGS has done the travelling), to the target in standard errors
        var moved = false;
        for (var step = 0; step < NewtonSteps && at.Precision is not null && at.Step >= NewtonTarget; step++)
        {
            var delta = at.Precision.Solve(Vector<double>.Build.DenseOfArray(at.Gradient));
            var candidate = at.Theta.Select((t, i) => t - delta[i]).ToArray();
            var gradient = new double[candidate.Length];
            var value = objective(candidate, gradient);
            if (!double.IsFinite(value) || !gradient.All(double.IsFinite)) break;
            var remaining = StepLength(at.Precision, gradient, customers);
            // a lower value is progress; so is a gradient at least halved once within a standard error (the quadratic basin),
            // where the value's change is below its own rounding noise on large data and says nothing
            if (!(value <= at.Value || (at.Step < 1 && remaining < at.Step / 2))) break;
            at = at with { Theta = candidate, Value = value, Gradient = gradient, Step = remaining, Iterations = at.Iterations + 1 };
            moved = true;
        }
        return moved ? Evaluate(objective, at.Theta, customers, at.Iterations) : at;   // moved: judge where it ended
    }

    static (double[] Theta, int Iterations) Bfgs(Objective objective, double[] start)
    {
        var n = start.Length;
        var guarded = ObjectiveFunction.Gradient(v =>
        {
            var theta = v.ToArray();
            var gradient = new double[n];
            var value = objective(theta, gradient);
            // a non-finite value (exp overflow far from the optimum) becomes a wall the line search backs away from
            if (!double.IsFinite(value) || !gradient.All(double.IsFinite) || theta.Any(t => Math.Abs(t) > 2 * MaxAbsLogParameter))
                return (1e10, Vector<double>.Build.Dense(n));
            return (value, Vector<double>.Build.DenseOfArray(gradient));
        });
        try
        {
            // BFGS only travels: its tolerances decide when to hand over to Newton, which stops on the verdict's own measure
            var result = new BfgsMinimizer(1e-6, 1e-10, 1e-13, 500).FindMinimum(guarded, Vector<double>.Build.DenseOfArray(start));
            return (result.MinimizingPoint.ToArray(), result.Iterations);
        }
        catch (Exception e) when (e is OptimizationException or ArgumentException or InvalidOperationException)
        {
            // keep the start; the Newton steps may still get somewhere, and the diagnostics will say if not
            return ((double[])start.Clone(), 0);
        }
    }

    static StartResult Evaluate(Objective objective, double[] theta, long customers, int iterations)
    {
        var gradient = new double[theta.Length];
        var value = objective(theta, gradient);
        var hessian = double.IsFinite(value) ? Hessian(objective, theta) : null;
        var precision = hessian is not null && IsPositiveDefinite(hessian) ? hessian : null;
        var step = precision is null || !gradient.All(double.IsFinite) ? double.PositiveInfinity : StepLength(precision, gradient, customers);
        return new StartResult(theta, value, gradient, precision, step, iterations);
    }

    /// <summary>√(N·gᵀH⁻¹g): the Newton step from a point with mean gradient g, in standard errors of N customers' estimate.</summary>
    static double StepLength(Matrix<double> hessian, double[] gradient, long customers)
    {
        var g = Vector<double>.Build.DenseOfArray(gradient);
        return Math.Sqrt(Math.Max(0, customers * g.DotProduct(hessian.Solve(g))));
    }

    static double Quadratic(Matrix<double> m, double[] d)
    {
        var v = Vector<double>.Build.DenseOfArray(d);
        return Math.Max(0, v.DotProduct(m * v));
    }

    /// <summary>The Hessian of <paramref name="objective"/> by central differences of its analytic gradient, symmetrised; null when not finite.</summary>
    public static Matrix<double>? Hessian(Objective objective, double[] theta)
    {
        var n = theta.Length;
        var h = Matrix<double>.Build.Dense(n, n);
        for (var j = 0; j < n; j++)
        {
            var step = 1e-5 * Math.Max(1, Math.Abs(theta[j]));
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[j] += step;
            down[j] -= step;
            var gUp = new double[n];
            var gDown = new double[n];
            objective(up, gUp);
            objective(down, gDown);
            for (var i = 0; i < n; i++) h[i, j] = (gUp[i] - gDown[i]) / (2 * step);
        }
        var symmetric = (h + h.Transpose()) / 2;
        return symmetric.Enumerate().All(double.IsFinite) ? symmetric : null;
    }

    static bool IsPositiveDefinite(Matrix<double> m)
    {
        var eigen = m.Evd(Symmetricity.Symmetric).EigenValues;
        return eigen.All(e => e.Real > 1e-12);
    }
}
