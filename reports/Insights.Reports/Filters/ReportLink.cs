using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;

namespace Insights.Reports.Filters;

/// <summary>
/// The one way a report page builds a link that keeps its filters: the filter record (and any selection or override) turned into
/// a query string, so the page, its sort links, its tabs and its CSV download all carry the same values.
/// </summary>
public static class ReportLink
{
    /// <summary>
    /// <paramref name="path"/> with the values of <paramref name="parts"/> as its query string, in order; a later part's value
    /// replaces an earlier one of the same name (in place), and a null or empty value leaves the name out.
    /// </summary>
    /// <param name="path">The page's path, e.g. /intervals.</param>
    /// <param name="parts">Filter records (their settable properties) and anonymous objects of overrides (e.g. new { handler = "Csv" }).</param>
    public static string To(string path, params object?[] parts)
    {
        var values = new List<KeyValuePair<string, string?>>();
        foreach (var (name, value) in parts.Where(p => p is not null).SelectMany(p => Values(p!)))
        {
            var at = values.FindIndex(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase));
            if (at >= 0) values[at] = new(values[at].Key, value);
            else values.Add(new(name, value));
        }
        return path + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>
    /// A record's values by query-string name (camelCase: binding is case-insensitive), formatted culture-invariant: dates as
    /// yyyy-MM-dd, booleans as true/false. A record gives its settable properties (computed ones are not filters), a base
    /// record's first; an anonymous object gives all of its own.
    /// </summary>
    public static IEnumerable<(string Name, string? Value)> Values(object part)
    {
        var anonymous = part.GetType().IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
        // a derived filter's own values after its base's (level before thresholds), each type's in declaration order
        var properties = part.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => Depth(p.DeclaringType)).ThenBy(p => p.MetadataToken);
        foreach (var property in properties)
        {
            if (property.GetIndexParameters().Length > 0 || !(anonymous || property.SetMethod is { IsPublic: true })) continue;
            yield return (char.ToLowerInvariant(property.Name[0]) + property.Name[1..], Format(property.GetValue(part)));
        }
    }

    static int Depth(Type? type) => type?.BaseType is null ? 0 : 1 + Depth(type.BaseType);

    static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
