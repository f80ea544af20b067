namespace Insights.Reports.Access;

/// <summary>
/// How much of a customer's personal data a reader sees (<see cref="PersonalDataPolicy"/>). Ordered from narrowest to widest,
/// so a user with several roles gets the largest value of them.
/// </summary>
public enum PersonalDataView
{
    /// <summary>Customer id and preferred first name; the full name hidden, the e-mail masked (<c>a•••@example.com</c>).</summary>
    Masked = 0,

    /// <summary>Everything: full name, preferred name, e-mail (later phone and address).</summary>
    Full = 1,
}
