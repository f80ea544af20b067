using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Filters;

/// <summary>
/// A free-text filter value (a region, segment, category or item name): at most <see cref="Limit"/> characters. No name the
/// warehouse holds is longer, and a longer value would only cost work (a cache key, a statement) to answer an empty table.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FilterTextAttribute : StringLengthAttribute
{
    /// <summary>The longest value accepted, in characters.</summary>
    public const int Limit = 200;

    /// <summary>Caps the value at <see cref="Limit"/> characters, with a message naming the field.</summary>
    public FilterTextAttribute() : base(Limit) => ErrorMessage = $"{{0}} is at most {Limit} characters.";
}
