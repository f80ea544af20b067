using System.Globalization;
using System.Text.RegularExpressions;

namespace Insights.Reports.Pages.Service;

/// <summary>Configuration section "Service": the service targets the service report measures against.</summary>
public sealed partial class ServiceOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Service";

    /// <summary>
    /// Resolution target per complaint severity (`Service:Sla:&lt;severity&gt;`), as a whole number of hours or days: "24h", "5d".
    /// A severity without a target is shown as "no target" and never counts as a breach.
    /// </summary>
    public Dictionary<string, string> Sla { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["critical"] = "24h", ["high"] = "48h", ["medium"] = "5d", ["low"] = "10d",
    };

    /// <summary>The targets as hours per severity (lower case); throws on a value <see cref="Validate"/> refuses.</summary>
    public IReadOnlyDictionary<string, double> SlaHours() =>
        Sla.ToDictionary(s => s.Key.Trim().ToLowerInvariant(), s => ParseHours(s.Value) ?? throw new FormatException(Problem(s.Key, s.Value)));

    /// <summary>What is wrong with the targets, one line each (empty: all good).</summary>
    public IReadOnlyList<string> Validate() =>
        [.. Sla.Where(s => ParseHours(s.Value) is null).Select(s => Problem(s.Key, s.Value))];

    static string Problem(string severity, string? value) =>
        $"Service:Sla:{severity} is '{value}': give a whole number of hours or days above 0 and at most 365 days, such as 24h or 5d.";

    /// <summary>"24h" → 24, "5d" → 120; null for anything else (0, negative, over a year, no unit).</summary>
    public static double? ParseHours(string? value)
    {
        var match = Duration().Match(value?.Trim() ?? "");
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        var hours = match.Groups[2].Value.ToLowerInvariant() == "d" ? n * 24.0 : n;
        return hours <= 365 * 24 ? hours : null;
    }

    [GeneratedRegex(@"^(\d{1,6})\s*([hdHD])$")]
    private static partial Regex Duration();
}
