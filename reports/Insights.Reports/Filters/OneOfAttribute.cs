using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Insights.Reports.Filters;

/// <summary>
/// A filter value that must be one of a fixed list (case-sensitive; null passes, as for the other attributes). Unlike
/// <see cref="AllowedValuesAttribute"/> its message can name the value given (<c>{0}</c>), so "decade" on the command line or in
/// a URL is quoted back to the person who typed it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfAttribute(params string[] values) : ValidationAttribute
{
    /// <summary>The values allowed.</summary>
    public IReadOnlyList<string> Values { get; } = values;

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || (value is string text && Values.Contains(text))
            ? ValidationResult.Success
            : new ValidationResult(string.Format(CultureInfo.InvariantCulture, ErrorMessageString, value),
                validationContext.MemberName is { } member ? [member] : null);
}
