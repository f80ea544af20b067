using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Filters;

/// <summary>The period a report view can be limited to (both ends optional, both included).</summary>
public abstract record PeriodFilter : IValidatableObject
{
    /// <summary>Only orders (or events) on or after this day.</summary>
    [DateWindow]
    public DateOnly? From { get; set; }

    /// <summary>Only orders (or events) on or before this day.</summary>
    [DateWindow]
    public DateOnly? To { get; set; }

    /// <summary>The rule across the two: a period cannot end before it starts.</summary>
    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && to < from)
            yield return new ValidationResult($"From ({from:yyyy-MM-dd}) must be on or before To ({to:yyyy-MM-dd}).", [nameof(From), nameof(To)]);
    }
}
