using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Insights.Reports.Filters;

/// <summary>
/// A filter day inside the window any order can lie in, <see cref="First"/> to <see cref="Last"/> (null passes, as for the other
/// attributes). Days far outside it (0001-01-01, 9999-12-31) are typing errors or probes, and near the ends of the calendar a
/// report's "a year before" or "ten years after" would leave it (a 500 before this rule).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DateWindowAttribute : ValidationAttribute
{
    /// <summary>The earliest day a filter may name.</summary>
    public static readonly DateOnly First = new(1900, 1, 1);

    /// <summary>The latest day a filter may name.</summary>
    public static readonly DateOnly Last = new(2199, 12, 31);

    /// <summary>Creates the rule with its message ({0}: the property's name).</summary>
    public DateWindowAttribute() : base("{0} must be a day from 1900-01-01 to 2199-12-31.") { }

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || (value is DateOnly day && day >= First && day <= Last)
            ? ValidationResult.Success
            : new ValidationResult(string.Format(CultureInfo.InvariantCulture, ErrorMessageString,
                    validationContext.DisplayName ?? validationContext.MemberName),
                validationContext.MemberName is { } member ? [member] : null);
}
