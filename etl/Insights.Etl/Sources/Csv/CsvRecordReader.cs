using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Insights.Etl.Sources.Csv;

/// <summary>What the reader found at its position.</summary>
public enum CsvRecordKind
{
    /// <summary>A record whose quotes are well formed (its fields are in <see cref="CsvRecordReader.Fields"/>).</summary>
    Record,

    /// <summary>An empty line, or one of blanks only: not data.</summary>
    Blank,

    /// <summary>A line that is not a well-formed record (a stray quote, text after a closing quote, too long): refuse it alone.</summary>
    Broken,

    /// <summary>
    /// A quote that never closes, or closes only where the record no longer fits its columns: the lines up to the one it opened
    /// on are refused, and reading starts again on the next line, so one stray quote cannot swallow the lines after it.
    /// </summary>
    OpenQuote,
}

/// <summary>Why a line is <see cref="CsvRecordKind.Broken"/>.</summary>
public enum CsvBreak
{
    /// <summary>Not broken.</summary>
    None,

    /// <summary>A quote inside a value that did not open with one.</summary>
    StrayQuote,

    /// <summary>Text between a closing quote and the next comma or line break.</summary>
    TextAfterQuote,

    /// <summary>More than <see cref="CsvRecordReader.MaxRecordBytes"/> without a line break.</summary>
    TooLong,
}

/// <summary>One field of the current record: its bytes (inside the quotes when quoted).</summary>
public readonly record struct CsvField(long Start, long End, bool Quoted);

/// <summary>
/// The record (or line) the reader found: its bytes without the line break, its lines, and, when it is broken or a quote ran
/// on, why and in which field (0-based).
/// </summary>
public readonly record struct CsvRecord(CsvRecordKind Kind, long Start, long End, long FirstLine, long LastLine, int FieldCount,
    int ProblemField, CsvBreak Break, byte[] LineBreak);

/// <summary>
/// Reads a CSV file (RFC 4180: comma, double quotes, "" inside quotes) record by record from a memory map, without trusting it:
/// CRLF, LF and a lone CR each end a line, every line break counts for the line numbers a person sees in an editor, and a quote
/// that does not close where it could is cut back to its own line (<see cref="CsvRecordKind.OpenQuote"/>). DuckDB's reader
/// stops on a lone CR in an LF file and lets an open quote run on over any number of lines; this reader is the gate before it.
/// </summary>
public sealed unsafe class CsvRecordReader : IDisposable
{
    /// <summary>A record longer than this is refused (DuckDB's own max_line_size); it also bounds how far an open quote is followed.</summary>
    public const long MaxRecordBytes = 2_097_152;

    static readonly SearchValues<byte> QuotedStops = SearchValues.Create("\"\r\n"u8);
    static readonly SearchValues<byte> LineEnds = SearchValues.Create("\r\n"u8);
    static readonly byte[] Lf = "\n"u8.ToArray(), CrLf = "\r\n"u8.ToArray(), Cr = "\r"u8.ToArray(), None = [];

    readonly int _columns;
    readonly MemoryMappedFile? _map;
    readonly MemoryMappedViewAccessor? _view;
    readonly byte* _data;
    readonly long _length;
    long _position;
    long _line = 1;

    /// <summary>Opens <paramref name="path"/>, whose records should have <paramref name="columns"/> fields (more are only counted).</summary>
    public CsvRecordReader(string path, int columns)
    {
        _columns = columns;
        Fields = new CsvField[columns];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        _length = stream.Length;
        if (_length == 0) return;
        _map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        _view = _map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _data = pointer + _view.PointerOffset;
    }

    /// <summary>The fields of the last <see cref="CsvRecordKind.Record"/> (the first <see cref="CsvRecord.FieldCount"/>, up to capacity).</summary>
    public CsvField[] Fields { get; }

    /// <summary>The bytes from <paramref name="start"/> to <paramref name="end"/> (at most <see cref="MaxRecordBytes"/> plus a line).</summary>
    public ReadOnlySpan<byte> Bytes(long start, long end) => new(_data + start, checked((int)(end - start)));

    /// <summary>Reads the header: the first line, without a byte-order mark.</summary>
    public CsvRecord ReadHeader()
    {
        if (_length >= 3 && _data[0] == 0xEF && _data[1] == 0xBB && _data[2] == 0xBF) _position = 3;
        return ReadLine(CsvRecordKind.Record, CsvBreak.None);
    }

    /// <summary>Reads the next record or line; false at the end of the file.</summary>
    public bool Read(out CsvRecord record)
    {
        record = default;
        if (_position >= _length) return false;
        // only a line that starts with a blank or a line break can be blank: most lines skip the look ahead
        if (_data[_position] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' && IsBlankLine(_position))
        {
            record = ReadLine(CsvRecordKind.Blank, CsvBreak.None);
            return true;
        }
        record = ReadRecord();
        return true;
    }

    CsvRecord ReadRecord()
    {
        var start = _position;
        var i = start;
        var line = _line;
        var field = 0;
        long spanningQuoteLine = -1;
        var spanningQuoteField = -1;
        while (true)
        {
            var fieldStart = i;
            if (i < _length && _data[i] == (byte)'"')
            {
                var openLine = line;
                i++;
                while (true)
                {
                    var j = IndexOfAny(i, QuotedStops, start + MaxRecordBytes);
                    if (j < 0) return CutOpenQuote(spanningQuoteLine >= 0 ? spanningQuoteLine : openLine, spanningQuoteLine >= 0 ? spanningQuoteField : field);
                    if (_data[j] == (byte)'"')
                    {
                        if (j + 1 < _length && _data[j + 1] == (byte)'"') { i = j + 2; continue; }
                        i = j + 1;
                        break;
                    }
                    if (spanningQuoteLine < 0) (spanningQuoteLine, spanningQuoteField) = (openLine, field);
                    i = j + LineBreakAt(j).Length;
                    line++;
                }
                Keep(field, new CsvField(fieldStart + 1, i - 1, Quoted: true));
                if (i < _length && _data[i] is not ((byte)',' or (byte)'\r' or (byte)'\n'))
                    return spanningQuoteLine >= 0
                        ? CutOpenQuote(spanningQuoteLine, spanningQuoteField)
                        : ReadLine(CsvRecordKind.Broken, CsvBreak.TextAfterQuote, field);
            }
            else
            {
                var j = EndOfUnquoted(i, start + MaxRecordBytes);
                if (j < 0 && _length - start > MaxRecordBytes) return ReadLine(CsvRecordKind.Broken, CsvBreak.TooLong, field);
                if (j < 0) j = _length;
                if (j < _length && _data[j] == (byte)'"')
                    return spanningQuoteLine >= 0
                        ? CutOpenQuote(spanningQuoteLine, spanningQuoteField)
                        : ReadLine(CsvRecordKind.Broken, CsvBreak.StrayQuote, field);
                Keep(field, new CsvField(fieldStart, j, Quoted: false));
                i = j;
            }
            if (i < _length && _data[i] == (byte)',')
            {
                field++;
                i++;
                continue;
            }
            break;
        }
        var lineBreak = i < _length ? LineBreakAt(i) : None;
        var record = new CsvRecord(CsvRecordKind.Record, start, i, _line, line, field + 1, -1, CsvBreak.None, lineBreak);
        if (spanningQuoteLine >= 0 && record.FieldCount != _columns)
            return CutOpenQuote(spanningQuoteLine, spanningQuoteField);
        _position = i + lineBreak.Length;
        _line = line + 1;
        return record;
    }

    /// <summary>
    /// Refuses the lines from the record's start to <paramref name="quoteLine"/>, where the quote that ran on opened, and goes on
    /// reading at the line after it.
    /// </summary>
    CsvRecord CutOpenQuote(long quoteLine, int field)
    {
        var start = _position;
        var i = start;
        for (var line = _line; ; line++)
        {
            var j = IndexOfAny(i, LineEnds, long.MaxValue);
            if (j < 0) j = _length;
            if (line == quoteLine || j == _length)
            {
                var lineBreak = j < _length ? LineBreakAt(j) : None;
                var record = new CsvRecord(CsvRecordKind.OpenQuote, start, j, _line, line, 0, field, CsvBreak.None, lineBreak);
                _position = j + lineBreak.Length;
                _line = line + 1;
                return record;
            }
            i = j + LineBreakAt(j).Length;
        }
    }

    /// <summary>Takes the current physical line as one unit (a header, a blank line, a broken line).</summary>
    CsvRecord ReadLine(CsvRecordKind kind, CsvBreak problem, int field = -1)
    {
        var start = _position;
        var j = IndexOfAny(start, LineEnds, long.MaxValue);
        if (j < 0) j = _length;
        var lineBreak = j < _length ? LineBreakAt(j) : None;
        var record = new CsvRecord(kind, start, j, _line, _line, 0, field, problem, lineBreak);
        _position = j + lineBreak.Length;
        _line++;
        return record;
    }

    void Keep(int field, CsvField value)
    {
        if (field < Fields.Length) Fields[field] = value;
    }

    byte[] LineBreakAt(long i) =>
        _data[i] == (byte)'\n' ? Lf : i + 1 < _length && _data[i + 1] == (byte)'\n' ? CrLf : Cr;

    /// <summary>
    /// The end of an unquoted value (a comma, a quote or a line break), or -1 before <paramref name="limit"/>: a plain loop, as
    /// values are short and a vectorised search costs more to start than it saves.
    /// </summary>
    long EndOfUnquoted(long from, long limit)
    {
        var stop = Math.Min(_length, limit);
        for (var j = from; j < stop; j++)
            if (_data[j] is (byte)',' or (byte)'"' or (byte)'\r' or (byte)'\n') return j;
        return -1;
    }

    bool IsBlankLine(long start)
    {
        var lineEnd = IndexOfAny(start, LineEnds, long.MaxValue);
        var end = lineEnd < 0 ? _length : lineEnd;
        for (var i = start; i < end; i++)
            if (_data[i] is not ((byte)' ' or (byte)'\t')) return false;
        return true;
    }

    /// <summary>The first position at or after <paramref name="from"/> (and before <paramref name="limit"/>) holding one of <paramref name="values"/>, or -1.</summary>
    long IndexOfAny(long from, SearchValues<byte> values, long limit)
    {
        var stop = Math.Min(_length, limit);
        for (var chunkStart = from; chunkStart < stop; chunkStart += int.MaxValue / 2)
        {
            var chunk = (int)Math.Min(stop - chunkStart, int.MaxValue / 2);
            var found = new ReadOnlySpan<byte>(_data + chunkStart, chunk).IndexOfAny(values);
            if (found >= 0) return chunkStart + found;
        }
        return -1;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }
        _map?.Dispose();
    }
}
