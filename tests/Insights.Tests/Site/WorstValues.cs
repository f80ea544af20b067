using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace Insights.Tests.Site;

/// <summary>
/// The values an attacker sends to a parameter of each type: the ends of the type and past them, what is not a number, the
/// calendar's first and last days, markup and SQL, a very long text; and the ends a filter's own [Range] accepts, since a cap
/// set too high is as bad as none (a horizon of 100,000 weeks passed its rule and gave a 500). Each is sent alone, the other
/// parameters at their defaults.
/// </summary>
public static class WorstValues
{
    static readonly string Long = new('x', 8_000);

    /// <summary>True for a type bound from one query-string value (the rest are records to expand).</summary>
    public static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime);
    }

    /// <summary>The worst values of <paramref name="parameter"/>: its type's, and the bounds its rule accepts.</summary>
    public static IReadOnlyList<string> For(SiteParameter parameter) =>
        [.. For(parameter.Type), .. Bounds(parameter.Property)];

    static IEnumerable<string> Bounds(PropertyInfo? property) =>
        property?.GetCustomAttribute<RangeAttribute>() is { } range
            ? [Convert.ToString(range.Minimum, CultureInfo.InvariantCulture)!, Convert.ToString(range.Maximum, CultureInfo.InvariantCulture)!]
            : [];

    /// <summary>The worst values of <paramref name="type"/>, as query-string text (not yet encoded).</summary>
    public static IReadOnlyList<string> For(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(int)) return ["-2147483648", "-1", "0", "2147483647", "99999999999"];
        if (t == typeof(long)) return ["-9223372036854775808", "0", "9223372036854775807", "99999999999999999999"];
        if (t == typeof(double)) return ["NaN", "Infinity", "-Infinity", "-1", "0", "4.9e-324", "1e308"];
        // the smallest positive decimal makes a minimum count of 1 basket (FP-growth's worst case)
        if (t == typeof(decimal)) return ["-1", "0", "0.0000000000000000000000000001", "0.00001", "79228162514264337593543950335", "1e30"];
        if (t == typeof(DateOnly) || t == typeof(DateTime)) return ["0001-01-01", "1900-01-01", "2199-12-31", "9999-12-31", "2024-02-30"];
        if (t == typeof(bool)) return ["true", "maybe"];
        return ["", "<script>alert(1)</script>", "' or ''='", "%", Long];
    }
}
