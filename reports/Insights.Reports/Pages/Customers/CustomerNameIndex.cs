using System.Text;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// Every customer of mart_customer_search at one warehouse state, held in a few flat arrays (read by
/// <see cref="CustomerNameIndexReader"/>), searched in memory: the same customers in the same order as customer_search.sql, in
/// a few milliseconds where the SQL read every index row of the longest word typed (41 ms of CPU for two letters, 133 ms for
/// "ex", at SF10). The search texts (normalised, one after another in full-name order) sit in one UTF-8 buffer; a search
/// reads the records listed under the first two bytes of the longest word typed (every word start of every record is listed
/// under its two first bytes, in list order) and checks each with a vectorised
/// <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>; names and e-mails are decoded only for the
/// customers shown. Immutable: searches share it without locks.
/// </summary>
public sealed class CustomerNameIndex
{
    readonly byte[] _text;          // every search text, whitespace as ' ' (each starts and ends with ' ')
    readonly int[] _textStart;      // record i's text is _text[_textStart[i].._textStart[i + 1]]
    readonly int[] _ids;
    readonly byte[] _display;       // full name, preferred name, e-mail of each record, one after another (UTF-8)
    readonly int[] _fieldStart;     // field f of record i starts at _fieldStart[3 * i + f]; 3n + 1 entries
    readonly byte[] _flags;         // IsInferred, HasEmail
    readonly ushort[] _region;      // index into _regions
    readonly string?[] _regions;
    readonly ushort[] _segment;     // index into _segments; 0: no segment
    readonly string?[] _segments;
    readonly int[] _lastOrdered;    // DateOnly.DayNumber; -1: no order
    readonly int[] _bucketStart, _wordStarts;   // see WordStarts

    internal const byte Inferred = 1, HasEmail = 2;

    internal CustomerNameIndex(string state, byte[] text, int[] textStart, int[] ids, byte[] display, int[] fieldStart, byte[] flags,
        ushort[] region, string?[] regions, ushort[] segment, string?[] segments, int[] lastOrdered)
    {
        State = state;
        (_text, _textStart, _ids, _display, _fieldStart, _flags) = (text, textStart, ids, display, fieldStart, flags);
        (_region, _regions, _segment, _segments, _lastOrdered) = (region, regions, segment, segments, lastOrdered);
        (_bucketStart, _wordStarts) = WordStarts(text, textStart);
    }

    /// <summary>The warehouse state the index was read at (<see cref="CustomerPageCache.State"/>).</summary>
    public string State { get; }

    /// <summary>How many customers it holds.</summary>
    public int Count => _ids.Length;

    /// <summary>The bytes its arrays hold (what the index costs in memory, besides a few hundred bytes of objects).</summary>
    public long Bytes =>
        _text.LongLength + 4L * _textStart.Length + 4L * _ids.Length + _display.LongLength + 4L * _fieldStart.Length + _flags.Length
        + 2L * _region.Length + 2L * _segment.Length + 4L * _lastOrdered.Length + 4L * _bucketStart.Length + 4L * _wordStarts.Length;

    /// <summary>
    /// The customers found for <paramref name="words"/> (normalised as the index's texts, distinct, the longest first: it must
    /// start a word of the customer, which ranks them; every other one must start a word too, as customer_search.sql asks) and
    /// <paramref name="id"/> (the text read as an id: that customer comes first), at most <paramref name="limit"/> + 1, best
    /// first: the id, then customers with a word equal to the first word typed, then the others, each by full name and id.
    /// </summary>
    public List<CustomerMatch> Find(IReadOnlyList<string> words, int? id, int limit, CancellationToken ct)
    {
        var wanted = limit + 1;
        var idRecord = id is { } value ? Array.IndexOf(_ids, value) : -1;
        var first = Encoding.UTF8.GetBytes(" " + words[0]);
        var others = words.Skip(1).Select(w => Encoding.UTF8.GetBytes(" " + w)).ToArray();
        List<int> whole = [], starts = [];
        var considered = 0;

        // records come in list order, so the first `wanted` whole-word matches are the answer's whole-word part and the search
        // stops there; before that, the first `wanted` of the others are kept in case whole-word matches are few
        bool Enough(int record)
        {
            if (++considered % 1024 == 0) ct.ThrowIfCancellationRequested();
            var recordText = _text.AsSpan(_textStart[record], _textStart[record + 1] - _textStart[record]);
            if (record == idRecord || recordText.IndexOf(first) < 0 || !ContainsAll(recordText, others)) return false;
            if (HasWholeWord(recordText, first)) whole.Add(record);
            else if (starts.Count < wanted) starts.Add(record);
            return whole.Count == wanted;
        }

        if (first.Length >= 3)
        {
            // the records with a word starting with the first two bytes typed, in list order (a record once per such word)
            var bucket = _wordStarts.AsSpan(_bucketStart[Bucket(first[1], first[2])].._bucketStart[Bucket(first[1], first[2]) + 1]);
            var previous = -1;
            foreach (var record in bucket)
            {
                if (record == previous) continue;
                previous = record;
                if (Enough(record)) break;
            }
        }
        else
        {
            // a one-byte word (the longest of single letters typed): every occurrence of " " + it in the texts
            var text = _text.AsSpan();
            var position = 0;
            while (true)
            {
                var found = text[position..].IndexOf(first);
                if (found < 0) break;
                var record = RecordAt(position + found);
                if (Enough(record)) break;
                position = _textStart[record + 1];   // the next search starts at the next record
            }
        }
        IEnumerable<int> ranked = idRecord >= 0 ? [idRecord, .. whole, .. starts] : [.. whole, .. starts];
        return [.. ranked.Take(wanted).Select(Match)];
    }

    static int Bucket(byte first, byte second) => first << 8 | second;

    // per two-byte word start (Bucket), the records having a word that starts so, in list order: _wordStarts[_bucketStart[b] ..
    // _bucketStart[b + 1]]; about 4 words a customer, 4 bytes each
    static (int[] BucketStart, int[] WordStarts) WordStarts(byte[] text, int[] textStart)
    {
        var bucketStart = new int[(1 << 16) + 1];
        void ForEachWord(Action<int, int> visit)
        {
            for (var record = 0; record < textStart.Length - 1; record++)
                for (var i = textStart[record] + 1; i < textStart[record + 1] - 1; i++)
                    if (text[i - 1] == (byte)' ' && text[i] != (byte)' ') visit(record, Bucket(text[i], text[i + 1]));
        }
        ForEachWord((_, bucket) => bucketStart[bucket + 1]++);
        for (var b = 1; b < bucketStart.Length; b++) bucketStart[b] += bucketStart[b - 1];
        var wordStarts = new int[bucketStart[^1]];
        var next = bucketStart[..^1];
        ForEachWord((record, bucket) => wordStarts[next[bucket]++] = record);
        return (bucketStart, wordStarts);
    }

    static bool ContainsAll(ReadOnlySpan<byte> recordText, byte[][] words)
    {
        foreach (var word in words)
            if (recordText.IndexOf(word) < 0) return false;
        return true;
    }

    // some occurrence of " " + word is a whole word: the byte after it is a space (every text ends with one)
    static bool HasWholeWord(ReadOnlySpan<byte> recordText, byte[] word)
    {
        var from = 0;
        while (from < recordText.Length)
        {
            var found = recordText[from..].IndexOf(word);
            if (found < 0) return false;
            var end = from + found + word.Length;
            if (end >= recordText.Length || recordText[end] == (byte)' ') return true;
            from += found + 1;
        }
        return false;
    }

    // the record holding byte `position` of the text buffer
    int RecordAt(int position)
    {
        var found = Array.BinarySearch(_textStart, position);
        return found >= 0 ? found : ~found - 1;
    }

    CustomerMatch Match(int record)
    {
        string Field(int f) => Encoding.UTF8.GetString(_display, _fieldStart[3 * record + f], _fieldStart[3 * record + f + 1] - _fieldStart[3 * record + f]);
        var flags = _flags[record];
        return new CustomerMatch(_ids[record], Field(1), Field(0), (flags & HasEmail) != 0 ? Field(2) : null, _regions[_region[record]] ?? "",
            (flags & Inferred) != 0, _segments[_segment[record]], _lastOrdered[record] < 0 ? null : DateOnly.FromDayNumber(_lastOrdered[record]));
    }
}
