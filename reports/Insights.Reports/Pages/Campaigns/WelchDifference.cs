using MathNet.Numerics.Distributions;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>One group's sample of a per-customer figure: its size, mean and sample variance (n − 1 in the denominator).</summary>
/// <param name="Count">Customers.</param>
/// <param name="Mean">The mean of the figure.</param>
/// <param name="Variance">Its sample variance (0 when every customer has the same value; undefined below 2 customers).</param>
public readonly record struct GroupSample(long Count, double Mean, double Variance);

/// <summary>
/// A difference of means, treatment − control, with its 95% interval by Welch's t (unequal variances): standard error
/// se = √(s₁²/n₁ + s₀²/n₀), degrees of freedom by Welch–Satterthwaite ν = (s₁²/n₁ + s₀²/n₀)² ÷ ((s₁²/n₁)²/(n₁ − 1) + (s₀²/n₀)²/(n₀ − 1)),
/// interval d ± t₀.₉₇₅,ν · se (t the Student quantile, MathNet's StudentT). No interval when a group has fewer than two
/// customers or both variances are 0 (se = 0: the data say nothing about the spread).
/// </summary>
/// <param name="Estimate">Mean of treatment − mean of control.</param>
/// <param name="StandardError">se (null: no interval).</param>
/// <param name="DegreesOfFreedom">ν (null: no interval).</param>
/// <param name="Low">Lower end of the 95% interval.</param>
/// <param name="High">Upper end.</param>
public sealed record WelchDifference(double Estimate, double? StandardError, double? DegreesOfFreedom, double? Low, double? High)
{
    /// <summary>The two-sided level of the interval.</summary>
    public const double Level = 0.95;

    /// <summary>The difference <paramref name="treatment"/> − <paramref name="control"/> with its interval.</summary>
    public static WelchDifference Of(GroupSample treatment, GroupSample control)
    {
        var estimate = treatment.Mean - control.Mean;
        if (treatment.Count < 2 || control.Count < 2) return new(estimate, null, null, null, null);
        var a = treatment.Variance / treatment.Count;
        var b = control.Variance / control.Count;
        if (a + b <= 0) return new(estimate, null, null, null, null);
        var se = Math.Sqrt(a + b);
        var df = (a + b) * (a + b) / (a * a / (treatment.Count - 1) + b * b / (control.Count - 1));
        var t = StudentT.InvCDF(0, 1, df, 1 - (1 - Level) / 2);
        return new(estimate, se, df, estimate - t * se, estimate + t * se);
    }

    /// <summary>Every figure multiplied by <paramref name="factor"/> (incremental revenue = difference × treated customers).</summary>
    public WelchDifference Times(double factor) =>
        this with { Estimate = Estimate * factor, StandardError = StandardError * factor, Low = Low * factor, High = High * factor };
}
