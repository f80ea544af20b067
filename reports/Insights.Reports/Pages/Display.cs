using System.Globalization;

namespace Insights.Reports.Pages;

/// <summary>How the report pages write a number that may be missing or infinite (culture-invariant), so no page spells it itself.</summary>
public static class Display
{
    /// <summary>The value in <paramref name="format"/>, or a dash when there is none.</summary>
    public static string Number(double? value, string format = "N2") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    /// <summary>The value in <paramref name="format"/>, ∞ when it is infinite (a rule that always holds has infinite conviction).</summary>
    public static string Measure(double value, string format = "0.0000") =>
        double.IsPositiveInfinity(value) ? "∞" : value.ToString(format, CultureInfo.InvariantCulture);
}
