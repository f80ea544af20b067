using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Insights.Reports.Analytics;

/// <summary>
/// Maximum likelihood over log-parameters (so every parameter stays positive and the search is unconstrained): MathNet's BFGS
/// on the <em>mean</em> negative log-likelihood with its analytic gradient, from several starts, each finished with Newton steps
/// on a Hessian differenced from the analytic gradient. The result says whether the optimum can be trusted
/// (see <see cref="FitDiagnostics"/>).
/// </summary>
public static class MleFitter
{
    /// <summary>The mean negative log-likelihood at log-parameters <c>theta</c>; writes its gradient into <c>gradient</c>.</summary>
    public delegate double Objective(double[] theta, double[] gradient);

    /// <summary>A converged fit's gradient norm (of the mean negative log-likelihood over log-parameters) is below this.</summary>
    public const double GradientTolerance = 1e-6;

    /// <summary>Log-parameters beyond ±this (parameters beyond e^±25) mean the fit ran to a boundary: not trusted.</summary>
    public const double MaxAbsLogParameter = 25;

    /// <summary>Above this many groups, starts are compared on a systematic subsample first (see <see cref="Minimise"/>).</summary>
    public const int ScreeningSize = 5_000;

    /// <summary>
    /// Minimises <paramref name="objective"/> from every start (in parallel); returns the best log-parameters and the diagnostics.
    /// With a <paramref name="screening"/> objective (the same likelihood on a subsample, for large data), the starts run on it,
    /// their agreement is judged there, and the best of them is finished on the full <paramref name="objective"/>, whose
    /// gradient and Hessian decide whether the fit is trusted.
    /// </summary>
    public static (double[] Theta, FitDiagnostics Diagnostics) Minimise(Objective objective, IReadOnlyList<double[]> starts, long customers,
        Objective? screening = null)
    {
        var runs = new StartResult[starts.Count];
        Parallel.For(0, starts.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => runs[i] = RunStart(screening ?? objective, starts[i]));
        var bestStart = runs.Where(r => double.IsFinite(r.Value)).MinBy(r => r.Value);
        if (bestStart is null)
            return (starts[0], new FitDiagnostics(false, double.NaN, double.NaN, false, starts.Count, 0, false, 0,
                "The likelihood could not be evaluated from any start.", []));
        var best = screening is null ? bestStart : RunStart(objective, bestStart.Theta);
        if (!double.IsFinite(best.Value))
            return (best.Theta, new FitDiagnostics(false, double.NaN, double.NaN, false, starts.Count, 0, false, 0,
                "The likelihood could not be evaluated at the optimum.", []));

        var converged = runs.Where(r => r.GradientNorm < GradientTolerance && double.IsFinite(r.Value)).ToList();
        var scale = Math.Max(1, Math.Abs(bestStart.Value));
        var ties = converged.Where(r => r.Value - bestStart.Value < 1e-9 * scale).ToList();
        var agree = ties.All(r => MaxDifference(r.Theta, bestStart.Theta) < 1e-3) && converged.Count == runs.Length
            && converged.All(r => r.Value - bestStart.Value < 1e-6 * scale);
        var ridge = ties.Any(r => MaxDifference(r.Theta, bestStart.Theta) >= 1e-2);
        var inRange = best.Theta.All(t => double.IsFinite(t) && Math.Abs(t) < MaxAbsLogParameter);
        var trusted = best.GradientNorm < GradientTolerance && best.HessianPositiveDefinite && inRange && !ridge;
        var message = trusted
            ? agree ? "Converged: gradient ≈ 0, Hessian positive definite, every start reached the same optimum."
                    : "Converged: gradient ≈ 0, Hessian positive definite at the best optimum; some starts stopped elsewhere (a worse local optimum or no convergence)."
            : !inRange ? "Not trusted: a parameter ran off to a boundary (0 or infinity); the data cannot pin the model down."
            : ridge ? "Not trusted: different starts reach equally good but different parameters (the model is not identified on these data)."
            : best.GradientNorm >= GradientTolerance ? "Not trusted: the optimiser stopped where the gradient is not zero."
            : "Not trusted: the likelihood is flat or saddle-shaped at the optimum (Hessian not positive definite).";
        if (screening is not null) message += " (The starts were compared on a subsample; the optimum was then refined on all the data.)";
        var logLikelihood = -best.Value * customers;
        // the Hessian is of the mean over customers: the covariance of θ is its inverse divided by the number of customers
        var errors = best.StandardErrors.Select(e => e / Math.Sqrt(customers)).ToArray();
        return (best.Theta, new FitDiagnostics(trusted, logLikelihood, best.GradientNorm, best.HessianPositiveDefinite, runs.Length,
            converged.Count, agree, runs.Sum(r => r.Iterations) + (screening is null ? 0 : best.Iterations), message, errors));
    }

    sealed record StartResult(double[] Theta, double Value, double GradientNorm, bool HessianPositiveDefinite, int Iterations,
        double[] StandardErrors);

    static StartResult RunStart(Objective objective, double[] start)
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
        var theta = (double[])start.Clone();
        var iterations = 0;
        try
        {
            var result = new BfgsMinimizer(1e-6, 1e-10, 1e-13, 500).FindMinimum(guarded, Vector<double>.Build.DenseOfArray(start));
            theta = result.MinimizingPoint.ToArray();
            iterations = result.Iterations;
        }
        catch (Exception e) when (e is OptimizationException or ArgumentException or InvalidOperationException)
        {
            // keep the start; the Newton steps below may still get somewhere, and the diagnostics will say if not
        }
        var grad = new double[n];
        var value = objective(theta, grad);
        // Newton steps on one Hessian (the point barely moves: BFGS has done the travelling), then the same Hessian is the check
        var hessian = Hessian(objective, theta);
        var checkedAt = (double[])theta.Clone();
        var positiveHere = hessian is not null && IsPositiveDefinite(hessian);
        for (var step = 0; step < 3 && positiveHere && double.IsFinite(value) && Norm(grad) >= 1e-12; step++)
        {
            var delta = hessian!.Solve(Vector<double>.Build.DenseOfArray(grad));
            var candidate = theta.Select((t, i) => t - delta[i]).ToArray();
            var candidateGrad = new double[n];
            var candidateValue = objective(candidate, candidateGrad);
            if (!double.IsFinite(candidateValue) || candidateValue > value + 1e-14 * Math.Abs(value)) break;
            (theta, value, grad) = (candidate, candidateValue, candidateGrad);
            iterations++;
        }
        if (MaxDifference(theta, checkedAt) > 1e-4) hessian = Hessian(objective, theta);   // moved: check where it ended
        var positive = hessian is not null && IsPositiveDefinite(hessian);
        var errors = positive ? hessian!.Inverse().Diagonal().Select(d => Math.Sqrt(d)).ToArray() : theta.Select(_ => double.NaN).ToArray();
        return new StartResult(theta, value, Norm(grad), positive, iterations, errors);
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

    static double Norm(double[] v) => Math.Sqrt(v.Sum(x => x * x));

    static double MaxDifference(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
}
