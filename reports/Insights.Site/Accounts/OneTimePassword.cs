using System.Security.Cryptography;

namespace Insights.Site.Accounts;

/// <summary>Generated passwords for the first admin, new users and resets: shown once, changed at first sign-in.</summary>
public static class OneTimePassword
{
    // no look-alikes (0/O, 1/l/I): the password is read off a console or a screen and typed
    const string Lower = "abcdefghijkmnopqrstuvwxyz";
    const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    const string Digits = "23456789";
    const string Symbols = "-_.!?#%+";

    /// <summary>18 random characters with at least one of each class Identity's password rules ask for.</summary>
    public static string New()
    {
        const string all = Lower + Upper + Digits + Symbols;
        var chars = new List<char>
        {
            Pick(Lower), Pick(Upper), Pick(Digits), Pick(Symbols),
        };
        while (chars.Count < 18) chars.Add(Pick(all));
        // shuffle, so the classes are not always in the first four places
        for (var i = chars.Count - 1; i > 0; i--)
        {
            var j = RandomNumberGenerator.GetInt32(i + 1);
            (chars[i], chars[j]) = (chars[j], chars[i]);
        }
        return new string([.. chars]);
    }

    static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
