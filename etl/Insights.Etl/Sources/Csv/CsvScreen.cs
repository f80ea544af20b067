using System.Text.Unicode;

namespace Insights.Etl.Sources.Csv;

/// <summary>A line the gate refused: where it is, what it said, and why, in words.</summary>
public sealed record RefusedLine(long FirstLine, long LastLine, string Raw, string Reason)
{
    /// <summary>quarantine_row.row_ref: "line 7", or "lines 7-9" for a record over several lines.</summary>
    public string RowRef => FirstLine == LastLine ? $"line {FirstLine}" : $"lines {FirstLine}-{LastLine}";
}

/// <summary>From this line of the file DuckDB reads on, a reported line plus <see cref="Offset"/> is the line in the source file.</summary>
public readonly record struct LineShift(long FromLine, long Offset);

/// <summary>The gate's verdict on one file: the lines it refused, and what DuckDB should read and how its lines map back.</summary>
/// <param name="Refused">The lines quarantined before DuckDB sees the file.</param>
/// <param name="NeedsCopy">
/// True when DuckDB must read a clean copy (refused lines left out, blank lines dropped, every record ending in LF); false when
/// the file as it is reads cleanly.
/// </param>
/// <param name="Shifts">How DuckDB's line numbers (header = 1, one per record) map to the file's lines, for its own rejects.</param>
/// <param name="Records">Records that go on to DuckDB.</param>
public sealed record CsvScreenResult(IReadOnlyList<RefusedLine> Refused, bool NeedsCopy, IReadOnlyList<LineShift> Shifts, long Records);

/// <summary>
/// The gate every CSV export passes before DuckDB's reader: what DuckDB would fail the whole file on, or would change without a
/// word, is refused here, line by line, with a reason a person understands. Refused: a line that is not UTF-8 or holds a NUL; a
/// quote that never closes where a record could end (only its own line); a stray quote; a record with too few or too many
/// fields; a whole-number column holding a fraction ("2.5" would load as 3); an amount with more decimals than its column keeps
/// (12.345 would load as 12.35). Every other value goes on to DuckDB, whose typed reader refuses the rest with its own reasons.
/// </summary>
public static class CsvScreen
{
    /// <summary>Screens <paramref name="path"/> against <paramref name="contract"/>; writes the clean copy to <paramref name="copy"/> when given.</summary>
    public static CsvScreenResult Screen(string path, CsvContract contract, Stream? copy = null)
    {
        var columns = contract.Columns;
        using var reader = new CsvRecordReader(path, columns.Count);
        var refused = new List<RefusedLine>();
        var shifts = new List<LineShift>();
        var needsCopy = false;
        byte[]? lineBreak = null;
        long records = 0;
        var header = reader.ReadHeader();
        copy?.Write(reader.Bytes(header.Start, header.End));
        copy?.WriteByte((byte)'\n');
        // DuckDB's reader takes one kind of line break per file, the header's included: a lone CR anywhere, or a mix, reads
        // from a copy ending every line in LF
        void SeeLineBreak(byte[] seen)
        {
            if (seen.Length == 0) return;
            needsCopy |= seen.Length == 1 && seen[0] == (byte)'\r';
            needsCopy |= lineBreak is not null && !lineBreak.AsSpan().SequenceEqual(seen);
            lineBreak ??= seen;
        }
        SeeLineBreak(header.LineBreak);
        while (reader.Read(out var record))
        {
            if (record.Kind == CsvRecordKind.Blank)
            {
                needsCopy = true;
                continue;
            }
            var bytes = reader.Bytes(record.Start, record.End);
            var problem = record.Kind switch
            {
                CsvRecordKind.Record => Problem(reader, record, columns),
                CsvRecordKind.OpenQuote => $"unterminated quote in column {NameOf(columns, record.ProblemField)}: the quote opened on line " +
                                           $"{record.LastLine} does not close where a record of {columns.Count} columns can end, so line " +
                                           $"{record.LastLine} is quarantined and the lines after it are read on their own",
                _ => record.Break switch
                {
                    CsvBreak.StrayQuote => $"a quote inside the unquoted value of column {NameOf(columns, record.ProblemField)}",
                    CsvBreak.TextAfterQuote => $"text after the closing quote in column {NameOf(columns, record.ProblemField)}",
                    _ => $"line too long: more than {CsvRecordReader.MaxRecordBytes:N0} bytes",
                },
            };
            if (problem is not null)
            {
                refused.Add(new RefusedLine(record.FirstLine, record.LastLine, RawText.Of(bytes), problem));
                needsCopy = true;
                continue;
            }
            records++;
            // DuckDB numbers the header 1 and each record after it one more, blank lines and line breaks inside quotes aside
            var offset = record.FirstLine - (records + 1);
            if (shifts.Count == 0 || shifts[^1].Offset != offset) shifts.Add(new LineShift(records + 1, offset));
            SeeLineBreak(record.LineBreak);
            if (copy is null) continue;
            copy.Write(bytes);
            copy.WriteByte((byte)'\n');
        }
        return new CsvScreenResult(refused, needsCopy, shifts, records);
    }

    static string? Problem(CsvRecordReader reader, CsvRecord record, IReadOnlyList<CsvColumn> columns)
    {
        if (record.FieldCount != columns.Count)
            return $"wrong column count: {record.FieldCount} columns where {columns.Count} are expected";
        var bytes = reader.Bytes(record.Start, record.End);
        var encodingOk = Utf8.IsValid(bytes);
        var hasNul = bytes.Contains((byte)0);
        for (var c = 0; c < columns.Count; c++)
        {
            var field = reader.Fields[c];
            var value = reader.Bytes(field.Start, field.End);
            if (!encodingOk && !Utf8.IsValid(value))
                return $"bad encoding in column {columns[c].Name}: the bytes are not valid UTF-8";
            if (hasNul && value.Contains((byte)0))
                return $"column {columns[c].Name} holds a NUL byte (\\x00), which is not text";
            if (!encodingOk || hasNul) continue;
            if (ValueProblem(columns[c], value) is { } problem) return problem;
        }
        // bytes outside every field: a broken line break inside quotes, say; the fields alone were fine
        return encodingOk ? hasNul ? "the line holds a NUL byte (\\x00), which is not text" : null
            : "bad encoding: the line is not valid UTF-8";
    }

    /// <summary>What is wrong with a number DuckDB would change while reading it, or null (every other value is DuckDB's to judge).</summary>
    static string? ValueProblem(CsvColumn column, ReadOnlySpan<byte> value)
    {
        var text = value.Trim((byte)' ');
        if (text.IsEmpty) return null;
        if (column.IsWholeNumber && !NumberText.IsWhole(text))
            return $"{column.Name} \"{RawText.Of(value)}\" is not a whole number";
        if (column.DecimalScale is { } scale)
        {
            if (!NumberText.IsDecimal(text, out var decimals))
                return $"{column.Name} \"{RawText.Of(value)}\" is not a decimal number (like 12.50)";
            if (decimals > scale)
                return $"{column.Name} \"{RawText.Of(value)}\" has more than {scale} decimals";
        }
        return null;
    }

    static string NameOf(IReadOnlyList<CsvColumn> columns, int field) =>
        field >= 0 && field < columns.Count ? columns[field].Name : $"{field + 1} (past the last column)";
}
