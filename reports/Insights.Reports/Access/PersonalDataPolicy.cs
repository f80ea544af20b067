using System.Globalization;
using System.Security.Claims;

namespace Insights.Reports.Access;

/// <summary>
/// The one rule for what a reader sees of a customer (docs/operations.md, "Personal data and the export log"): marketing and
/// admin see everything; product sees the customer id and the preferred first name, the full name hidden and the e-mail masked
/// as <c>a•••@example.com</c>, in pages and exports alike. Pages, CSV downloads and the CLI all mask through
/// <see cref="Apply{T}(T, PersonalDataView)"/>; a later page (customer 360, segment exports) asks <see cref="ViewOf"/> and calls
/// the same function on its rows (<see cref="IHasPersonalData{TSelf}"/>). The CLI passes <see cref="PersonalDataView.Full"/>: it
/// runs on the machine, next to the files, where nothing is hidden anyway.
/// </summary>
public static class PersonalDataPolicy
{
    /// <summary>What stands for the hidden part of a masked value.</summary>
    public const string Hidden = "•••";

    // Each role's view. A role not listed here (or no role) sees the narrowest view: a new role sees nothing personal until
    // someone decides it should.
    static readonly IReadOnlyDictionary<string, PersonalDataView> ByRole = new Dictionary<string, PersonalDataView>
    {
        [Roles.Admin] = PersonalDataView.Full,
        [Roles.Marketing] = PersonalDataView.Full,
        [Roles.Product] = PersonalDataView.Masked,
    };

    /// <summary>The view of <paramref name="user"/>: the widest of their roles' views; masked when they have none.</summary>
    public static PersonalDataView ViewOf(ClaimsPrincipal? user) =>
        user is null ? PersonalDataView.Masked
        : ByRole.Where(role => user.IsInRole(role.Key)).Select(role => role.Value).DefaultIfEmpty(PersonalDataView.Masked).Max();

    /// <summary><paramref name="data"/> as a reader with <paramref name="view"/> may see it.</summary>
    public static PersonalData Apply(PersonalData data, PersonalDataView view) => view switch
    {
        PersonalDataView.Full => data,
        _ => new PersonalData(FullName: null, PreferredName: FirstName(data.PreferredName), Email: MaskEmail(data.Email)),
    };

    /// <summary><paramref name="row"/> as a reader with <paramref name="view"/> may see it (the same row when nothing is hidden).</summary>
    public static T Apply<T>(T row, PersonalDataView view) where T : IHasPersonalData<T> =>
        view == PersonalDataView.Full ? row : row.WithPersonalData(Apply(row.PersonalData, view));

    /// <summary>
    /// <paramref name="rows"/> as a reader with <paramref name="view"/> may see them, one at a time as they are enumerated (a CSV
    /// download streams millions of rows without holding them).
    /// </summary>
    public static IEnumerable<T> Apply<T>(IEnumerable<T> rows, PersonalDataView view) where T : IHasPersonalData<T> =>
        view == PersonalDataView.Full ? rows : rows.Select(row => Apply(row, view));

    /// <summary>
    /// The first word of a preferred name ("Annie" of "Annie", and of "Annie Smith" when a source put the full name there);
    /// null when there is none.
    /// </summary>
    public static string? FirstName(string? preferredName)
    {
        var words = preferredName?.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words is { Length: > 0 } ? words[0] : null;
    }

    /// <summary>
    /// An e-mail address as its first character, <see cref="Hidden"/>, then "@" and the domain (<c>annie@example.com</c> gives
    /// <c>a•••@example.com</c>); <see cref="Hidden"/> alone for a value with no local part or no "@"; null for none. The first
    /// character is a whole text element (an accented letter or an emoji is never cut in half), and masking a masked address
    /// gives the same address.
    /// </summary>
    public static string? MaskEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var trimmed = email.Trim();
        var at = trimmed.LastIndexOf('@');
        if (at <= 0) return Hidden;
        var first = StringInfo.GetNextTextElement(trimmed, 0);
        if (first.Length > at) return Hidden;
        return first + Hidden + trimmed[at..];
    }
}
