namespace Insights.Reports.Access;

/// <summary>
/// The personal fields of a customer row, the ones <see cref="PersonalDataPolicy"/> rules on. Null is "not known" (no e-mail
/// on file) or, after masking, "hidden". Phone and address join here when a report shows them, and every row type carrying
/// them is masked by the same policy without further change.
/// </summary>
/// <param name="FullName">The customer's full name.</param>
/// <param name="PreferredName">How the customer wants to be greeted (usually the first name).</param>
/// <param name="Email">The e-mail address.</param>
public sealed record PersonalData(string? FullName, string? PreferredName, string? Email);
