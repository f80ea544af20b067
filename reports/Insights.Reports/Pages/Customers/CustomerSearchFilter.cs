using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// What the customer search was asked (GET parameter <c>q</c> on the page and its suggestions, <c>--search</c> on the CLI): a
/// customer id, or a part of a name or an e-mail.
/// </summary>
public sealed record CustomerSearchFilter : IValidatableObject
{
    /// <summary>The longest text searched: a name or an e-mail is shorter, and a longer text only costs a longer scan.</summary>
    public const int MaxLength = 100;

    /// <summary>The shortest text searched as a name or e-mail part: one letter matches most of the customers.</summary>
    public const int MinLength = 2;

    /// <summary>The text typed; empty or null: no search yet.</summary>
    [StringLength(MaxLength, ErrorMessage = "Search for at most 100 characters: a name, a part of one, an e-mail or a customer id.")]
    public string? Q { get; set; }

    /// <summary>The text to search for, trimmed (null when there is none).</summary>
    public string? Text => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    /// <summary>The text read as a customer id (digits only, within the id's range), or null.</summary>
    public int? Id =>
        Text is { } text && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id : null;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Text is { } text && text.Length < MinLength && Id is null)
            yield return new ValidationResult(
                $"Type at least {MinLength} characters of a name or an e-mail (or a customer id): one letter matches almost everyone.",
                [nameof(Q)]);
    }
}
