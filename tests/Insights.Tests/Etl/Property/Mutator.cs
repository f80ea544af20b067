using System.Text;
using System.Text.RegularExpressions;

namespace Insights.Tests.Etl.Property;

/// <summary>
/// Breaks a good file the ways real exports break: bytes that are not UTF-8 and NUL bytes, characters and fields deleted or
/// doubled, other separators, cut lines, quotes, huge values, dates far in the past or future, doubled lines (those records are
/// touched), and, touching no record, mixed CRLF/LF/CR line breaks, a byte-order mark, empty lines and the header repeated.
/// Every change is written to <see cref="GeneratedFile.Mutations"/> so a failure says what was done.
/// </summary>
public static partial class Mutator
{
    static readonly byte[][] NotText = [[0xFF], [0xC3, 0x28], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x00]];

    public static void Mutate(GeneratedFile file, FileKind kind, Random random)
    {
        var quoteAdded = false;
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var data = file.Records.Select((r, i) => (r, i)).Where(x => x.r.Key is not null).ToList();
            if (data.Count == 0) return;
            var (record, index) = data[random.Next(data.Count)];
            var op = random.Next(quoteAdded ? 15 : 16);
            var bytes = record.Bytes.ToList();
            var at = random.Next(bytes.Count + 1);
            string? touched = op switch
            {
                0 => Insert(bytes, at, NotText[random.Next(NotText.Length)], "bytes that are not text"),
                1 when bytes.Count > 0 => Delete(bytes, Math.Min(at, bytes.Count - 1), 1),
                2 when bytes.Count > 0 => Insert(bytes, at, [bytes[Math.Min(at, bytes.Count - 1)]], "a doubled character"),
                3 => Fields(bytes, kind.Separator, random, duplicate: false),
                4 => Fields(bytes, kind.Separator, random, duplicate: true),
                5 => Separators(bytes, kind.Separator, random),
                6 when bytes.Count > 1 => Delete(bytes, at = random.Next(1, bytes.Count), bytes.Count - at),
                7 => Insert(bytes, at, Encoding.ASCII.GetBytes(new string('x', random.Next(10) == 0 ? 2_200_000 : 20_000)), "a huge value"),
                8 => FarDate(bytes, random),
                9 => Double(file, index),
                10 => Breaks(file, random),
                11 => Bom(file),
                12 => Blank(file, random, kind),
                13 => Header(file, random, kind),
                14 => Insert(bytes, at, " "u8.ToArray(), "a blank"),
                15 => Insert(bytes, at, "\""u8.ToArray(), "a quote"),
                _ => null,
            };
            if (touched is null) continue;
            quoteAdded |= op == 15;
            if (op is >= 10 and <= 13)
            {
                file.Mutations.Add(touched);
                continue;
            }
            if (op != 9)
            {
                record.Bytes = bytes.ToArray();
                record.Touched = true;
            }
            file.Mutations.Add($"line of {record.Key}: {touched}");
        }
    }

    static string Insert(List<byte> bytes, int at, byte[] inserted, string what)
    {
        bytes.InsertRange(at, inserted);
        return $"{what} inserted at {at}";
    }

    static string Delete(List<byte> bytes, int at, int count)
    {
        bytes.RemoveRange(at, count);
        return $"{count} byte(s) deleted at {at}";
    }

    static string? Fields(List<byte> bytes, byte separator, Random random, bool duplicate)
    {
        var cuts = bytes.Select((b, i) => (b, i)).Where(x => x.b == separator).Select(x => x.i).ToList();
        if (cuts.Count == 0) return null;
        var cut = cuts[random.Next(cuts.Count)];
        var next = cuts.FirstOrDefault(c => c > cut, bytes.Count);
        var field = bytes.GetRange(cut, next - cut);
        if (duplicate) bytes.InsertRange(next, field);
        else bytes.RemoveRange(cut, next - cut);
        return duplicate ? $"field at {cut} doubled" : $"field at {cut} deleted";
    }

    static string? Separators(List<byte> bytes, byte separator, Random random)
    {
        byte[] others = [(byte)';', (byte)'\t', (byte)',', (byte)'|'];
        var other = others.Where(o => o != separator).ElementAt(random.Next(3));
        if (!bytes.Contains(separator)) return null;
        for (var i = 0; i < bytes.Count; i++)
            if (bytes[i] == separator) bytes[i] = other;
        return $"separators changed to 0x{other:X2}";
    }

    static string? FarDate(List<byte> bytes, Random random)
    {
        var text = Encoding.UTF8.GetString(bytes.ToArray());
        var match = DateText().Match(text);
        if (!match.Success) return null;
        var far = random.Next(2) == 0 ? "2999" : "0001";
        var replaced = text[..match.Index] + far + text[(match.Index + 4)..];
        bytes.Clear();
        bytes.AddRange(Encoding.UTF8.GetBytes(replaced));
        return $"year {match.Value[..4]} made {far}";
    }

    static string Double(GeneratedFile file, int index)
    {
        var record = file.Records[index];
        record.Touched = true;
        file.Records.Insert(index + 1, new GeneratedRecord(record.Bytes, key: null, expected: null) { LineBreak = record.LineBreak });
        return "line doubled";
    }

    static string Breaks(GeneratedFile file, Random random)
    {
        string[] breaks = ["\n", "\r\n", "\r"];
        foreach (var record in file.Records) record.LineBreak = breaks[random.Next(breaks.Length)];
        return "line breaks mixed (LF, CRLF, CR)";
    }

    static string Bom(GeneratedFile file)
    {
        file.Bom = true;
        return "byte-order mark";
    }

    static string Blank(GeneratedFile file, Random random, FileKind kind)
    {
        // never before the header: a file whose first line is not its header breaks the export's contract
        var at = random.Next(kind.HasHeader ? 1 : 0, file.Records.Count + 1);
        file.Records.Insert(at, new GeneratedRecord(random.Next(2) == 0 ? [] : " \t "u8.ToArray(), null, null));
        return $"empty line inserted before record {at}";
    }

    static string? Header(GeneratedFile file, Random random, FileKind kind)
    {
        if (!kind.HasHeader) return null;
        var at = random.Next(1, file.Records.Count + 1);
        file.Records.Insert(at, new GeneratedRecord(file.Records[0].Bytes, null, null));
        return $"header repeated before record {at}";
    }

    [GeneratedRegex(@"(19|20)\d\d-?\d\d-?\d\d")]
    private static partial Regex DateText();
}
