using System.Globalization;
using System.Text;

namespace Insights.Demo;

/// <summary>
/// Customer names: mostly English, a few with letters outside ASCII (José, Zoë, Łukasz, Søren) or apostrophes (O'Brien), so
/// encodings and escaping get exercised; a nickname where people commonly use one (Robert → Bob).
/// </summary>
static class PersonNames
{
    static readonly (string First, string? Nickname)[] FirstNames =
    [
        ("Robert", "Bob"), ("Elizabeth", "Liz"), ("William", "Bill"), ("Katherine", "Kate"), ("Michael", "Mike"),
        ("Jennifer", "Jen"), ("Alexander", "Alex"), ("Margaret", "Maggie"), ("Richard", "Rick"), ("Christopher", "Chris"),
        ("Daniel", "Dan"), ("Samantha", "Sam"), ("Thomas", "Tom"), ("Victoria", "Vicky"), ("Jonathan", "Jon"),
        ("Rebecca", "Becky"), ("Benjamin", "Ben"), ("Patricia", "Pat"), ("Anthony", "Tony"), ("Susan", "Sue"),
        ("Joseph", "Joe"), ("Deborah", "Debbie"), ("Andrew", "Andy"), ("Nicholas", "Nick"), ("Abigail", "Abby"),
        ("Matthew", "Matt"), ("Josephine", "Jo"), ("Edward", "Ed"), ("Emma", null), ("Olivia", null), ("Noah", null),
        ("Liam", null), ("Sophia", null), ("Amelia", null), ("Oliver", null), ("Grace", null), ("Hannah", null),
        ("Lucas", null), ("Mia", null), ("Ethan", null), ("Aisha", null), ("Priya", null), ("Mei", null), ("Kenji", null),
        ("Fatima", null), ("Omar", null), ("Ingrid", null), ("Lars", null), ("Olga", null), ("Mateo", null), ("Amara", null),
        ("José", "Pepe"), ("Zoë", null), ("Łukasz", null), ("Søren", null), ("Chloé", null), ("Renée", null),
        ("Björn", null), ("Mónica", null), ("François", null), ("Siobhán", null), ("Dominik", "Dom"), ("Anaïs", null),
    ];

    static readonly string[] LastNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis",
        "Harris", "Martin", "Cooper", "King", "Baker", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Clark", "Ward",
        "Morris", "Chen", "Nguyen", "Kim", "Singh", "Ahmed", "Ali", "Okafor", "Mensah", "Rossi", "Novak", "Larsen",
        "O'Brien", "O'Connor", "D'Angelo", "García", "Müller", "Nowak", "Ødegaard", "Núñez", "Kowalczyk", "Dubois",
        "Jäger", "Šimić", "Fernández",
    ];

    static readonly string[] JuniorFirstNames = ["Robert", "William", "Michael", "Richard", "Thomas", "Joseph", "Edward"];
    static readonly string[] MailDomains = ["example.com", "example.org", "example.net"];

    /// <summary>Draws a full name, the name the customer goes by, and a unique e-mail address built from them.</summary>
    public static (string FullName, string PreferredName, string Email) Draw(Random random, int customerId)
    {
        var (first, nickname) = random.Pick(FirstNames);
        var last = random.Pick(LastNames);
        var fullName = $"{first} {last}";
        // A rare suffix after a comma, as some shop systems store it: the CSV has to quote such names.
        if (random.Chance(0.03) && JuniorFirstNames.Contains(first)) fullName += ", Jr.";
        var preferred = nickname is not null && random.Chance(0.4) ? nickname : first;
        var local = random.Next(3) switch
        {
            0 => $"{Ascii(first)}.{Ascii(last)}",
            1 => $"{Ascii(first)[0]}.{Ascii(last)}",
            _ => $"{Ascii(last)}.{Ascii(first)}",
        };
        // The customer id makes the address unique however often a name repeats.
        var email = $"{local}{customerId.ToString(CultureInfo.InvariantCulture)}@{random.Pick(MailDomains)}";
        return (fullName, preferred, email);
    }

    /// <summary>Lower-case ASCII for an e-mail local part: accents dropped, ł/ø/ß spelled out, apostrophes removed.</summary>
    static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            switch (ch)
            {
                case 'ł': builder.Append('l'); break;
                case 'ø': builder.Append('o'); break;
                case 'ß': builder.Append("ss"); break;
                case >= 'a' and <= 'z': builder.Append(ch); break;
                default: break;   // combining accents, apostrophes, spaces
            }
        }
        return builder.ToString();
    }
}
