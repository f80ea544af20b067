using System.Text;

namespace Insights.Etl.Sources.Csv;

/// <summary>
/// What a refused line said, as text for quarantine_row.raw_content: valid UTF-8 as it is, every byte that is not (and NUL) as
/// \xNN, as the line readers in SQL write them (file_lines.sql), cut at <see cref="MaxChars"/> with a note of the full size.
/// </summary>
public static class RawText
{
    /// <summary>At most this many characters of a refused line are kept (the file and line number find the rest).</summary>
    public const int MaxChars = 10_000;

    /// <summary>The bytes as text, invalid bytes escaped.</summary>
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(Math.Min(bytes.Length, MaxChars) + 16);
        var rest = bytes;
        while (!rest.IsEmpty && text.Length < MaxChars)
        {
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var used);
            if (status != System.Buffers.OperationStatus.Done || rune.Value == 0)
            {
                text.Append(@"\x").Append(rest[0].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                rest = rest[1..];
                continue;
            }
            text.Append(rune.ToString());
            rest = rest[used..];
        }
        if (!rest.IsEmpty) text.Append($"… (cut: the line has {bytes.Length:N0} bytes)");
        return text.ToString();
    }
}
