using Insights.Reports.Filters;

namespace Insights.Cli.Input;

/// <summary>
/// Validates any report filter as the page does (<see cref="FilterProblems.Of(object)"/>: the record's DataAnnotations
/// attributes and its IValidatableObject rules), so a rule written once on the record holds in the CLI without a line of CLI code.
/// </summary>
static class FilterValidation
{
    /// <summary>Throws a <see cref="UsageException"/> (exit code 2) listing every broken rule.</summary>
    public static void ThrowIfInvalid(object filter)
    {
        if (FilterProblems.Of(filter) is { Count: > 0 } problems) throw new UsageException(problems);
    }
}
