using System.Text;

namespace Insights.Tests.Etl.Property;

/// <summary>
/// One record of a generated file: its bytes without the line break, the key of the row it loads as (null for a header or an
/// inserted line), the row as the check query prints it (<see cref="FileKind.LoadedRowsSql"/>), and whether a mutation touched it.
/// </summary>
public sealed class GeneratedRecord(byte[] bytes, string? key, string? expected)
{
    public byte[] Bytes { get; set; } = bytes;

    public string? Key { get; } = key;

    public string? Expected { get; } = expected;

    public bool Touched { get; set; }

    public string LineBreak { get; set; } = "\n";

    public string Text => Encoding.UTF8.GetString(Bytes);
}

/// <summary>A generated file: its records in order (the header first when the kind has one), and an optional byte-order mark.</summary>
public sealed class GeneratedFile(string name, List<GeneratedRecord> records)
{
    public string Name { get; } = name;

    public List<GeneratedRecord> Records { get; } = records;

    public bool Bom { get; set; }

    public List<string> Mutations { get; } = [];

    /// <summary>The records whose row must load exactly as generated.</summary>
    public IEnumerable<GeneratedRecord> Untouched => Records.Where(r => r is { Key: not null, Touched: false });

    public byte[] ToBytes()
    {
        var bytes = new List<byte>();
        if (Bom) bytes.AddRange([0xEF, 0xBB, 0xBF]);
        foreach (var record in Records)
        {
            bytes.AddRange(record.Bytes);
            bytes.AddRange(Encoding.ASCII.GetBytes(record.LineBreak));
        }
        return bytes.ToArray();
    }

    /// <summary>The file as a person would want to see it in a failure message: line breaks and odd bytes made visible.</summary>
    public string Show() => string.Join("", Records.Select(r =>
        (r.Touched ? "* " : "  ") + Visible(r.Bytes) + r.LineBreak.Replace("\r", "\\r").Replace("\n", "\\n") + "\n"));

    static string Visible(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes.Length > 300 ? bytes[..300] : bytes).Replace("\n", "\\n").Replace("\r", "\\r")
            .Replace("\0", "\\0").Replace("\uFFFD", "\\?");
        return bytes.Length > 300 ? text + $"… ({bytes.Length} bytes)" : text;
    }
}
