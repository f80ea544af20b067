namespace Insights.Etl.Sources.Csv;

/// <summary>
/// How numbers must be written to load exactly as written: the same rules as whole_number_problem and decimal_problem in
/// value_rules.sql, which the sources read in SQL apply; this is the gate's copy for CSV exports, which DuckDB's typed reader
/// would otherwise round.
/// </summary>
public static class NumberText
{
    /// <summary>Digits with an optional sign: "12", "-3", "+7" (not "2.5", "1e3", "0x10").</summary>
    public static bool IsWhole(ReadOnlySpan<byte> text)
    {
        var digits = Unsigned(text);
        return !digits.IsEmpty && AllDigits(digits);
    }

    /// <summary>Digits with an optional sign and decimal point ("12.50", "-.5", "3."); <paramref name="decimals"/> counts those after the point.</summary>
    public static bool IsDecimal(ReadOnlySpan<byte> text, out int decimals)
    {
        decimals = 0;
        var number = Unsigned(text);
        var point = number.IndexOf((byte)'.');
        var whole = point < 0 ? number : number[..point];
        var fraction = point < 0 ? [] : number[(point + 1)..];
        decimals = fraction.Length;
        return whole.Length + fraction.Length > 0 && AllDigits(whole) && AllDigits(fraction);
    }

    static ReadOnlySpan<byte> Unsigned(ReadOnlySpan<byte> text) =>
        !text.IsEmpty && text[0] is (byte)'+' or (byte)'-' ? text[1..] : text;

    static bool AllDigits(ReadOnlySpan<byte> text) => !text.ContainsAnyExceptInRange((byte)'0', (byte)'9');
}
