using System.ComponentModel.DataAnnotations;

namespace Insights.Cli.Input;

/// <summary>
/// Validates any report filter as the page does: the record's DataAnnotations attributes and its IValidatableObject rules, so a
/// rule written once on the record holds in the CLI without a line of CLI code.
/// </summary>
static class FilterValidation
{
    /// <summary>Each broken rule's message; empty when the filter is usable.</summary>
    public static IReadOnlyList<string> Problems(object filter)
    {
        var results = new List<ValidationResult>();
        // validateAllProperties: without it only [Required] is checked; IValidatableObject runs once the attributes pass
        Validator.TryValidateObject(filter, new ValidationContext(filter), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? $"{string.Join(", ", r.MemberNames)} is not valid.")];
    }

    /// <summary>Throws a <see cref="UsageException"/> (exit code 2) listing every broken rule.</summary>
    public static void ThrowIfInvalid(object filter)
    {
        if (Problems(filter) is { Count: > 0 } problems) throw new UsageException(problems);
    }
}
