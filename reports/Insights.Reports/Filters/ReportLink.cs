using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using System.Text.Encodings.Web;
using System.Reflection;
using System.Runtime.CompilerServices;

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
        // a cohort grid builds a link per cell (hundreds per page): plain loops over each type's fields, found and compiled once
        var names = new List<string>(16);
        var values = new List<string?>(16);
        var index = new Dictionary<string, int>(16, StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            if (part is null) continue;
            foreach (var field in Fields.GetOrAdd(part.GetType(), FieldsOf))
            {
                var value = Format(field.Get(part));
                if (index.TryGetValue(field.Name, out var at)) values[at] = value;
                else if (!string.IsNullOrEmpty(value))       // an empty value is left out, unless it clears an earlier one
                {
                    index.Add(field.Name, names.Count);
                    names.Add(field.Name);
                    values.Add(value);
                }
            }
        }
        var link = new StringBuilder(path);
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrEmpty(values[i])) continue;
            link.Append(link.Length == path.Length ? '?' : '&')
                .Append(UrlEncoder.Default.Encode(names[i])).Append('=').Append(UrlEncoder.Default.Encode(values[i]!));
        }
        return link.ToString();
    }

    /// <summary>
    /// A record's values by query-string name (camelCase: binding is case-insensitive), formatted culture-invariant: dates as
    /// yyyy-MM-dd, booleans as true/false. A record gives its settable properties (computed ones are not filters), a base
    /// record's first; an anonymous object gives all of its own.
    /// </summary>
    public static IEnumerable<(string Name, string? Value)> Values(object part) =>
        Fields.GetOrAdd(part.GetType(), FieldsOf).Select(field => (field.Name, Format(field.Get(part))));

    sealed record Field(string Name, Func<object, object?> Get);

    static readonly ConcurrentDictionary<Type, Field[]> Fields = new();

    static Field[] FieldsOf(Type type)
    {
        var anonymous = type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
        // a derived filter's own values after its base's (level before thresholds), each type's in declaration order
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => Depth(p.DeclaringType)).ThenBy(p => p.MetadataToken)
            .Where(p => p.GetIndexParameters().Length == 0 && (anonymous || p.SetMethod is { IsPublic: true }))
            .Select(p => new Field(char.ToLowerInvariant(p.Name[0]) + p.Name[1..], Getter(type, p)))
            .ToArray();
    }

    // a compiled property read: reflection's GetValue was most of a link's cost
    static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        return Expression.Lambda<Func<object, object?>>(
            Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object)), instance).Compile();
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
