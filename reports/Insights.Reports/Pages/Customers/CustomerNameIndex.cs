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
/// customers shown. A masked reader's search (<see cref="CustomerSearchQuery"/>) reads a second, smaller listing: the
/// preferred-name words only, in preferred-name order. Immutable: searches share it without locks.
/// </summary>
public sealed class CustomerNameIndex
{
    readonly Listing _full;         // every search text, in full-name order (list position = record)
    readonly Listing _preferred;    // the preferred-name words only, in preferred-name order (for masked readers)
    readonly int[] _ids;
    readonly byte[] _display;       // full name, preferred name, e-mail of each record, one after another (UTF-8)
    readonly int[] _fieldStart;     // field f of record i starts at _fieldStart[3 * i + f]; 3n + 1 entries
    readonly byte[] _flags;         // IsInferred, HasEmail
    readonly ushort[] _region;      // index into _regions
    readonly string?[] _regions;
    readonly ushort[] _segment;     // index into _segments; 0: no segment
    readonly string?[] _segments;
    readonly int[] _lastOrdered;    // DateOnly.DayNumber; -1: no order

    internal const byte Inferred = 1, HasEmail = 2;

    /// <remarks>
    /// <paramref name="preferredText"/>/<paramref name="preferredStart"/>: each record's preferred-name text (' ' || words || ' '),
    /// in record order; <paramref name="preferredRank"/>: each record's place in preferred-name order (preferred name, then id).
    /// </remarks>
    internal CustomerNameIndex(string state, byte[] text, int[] textStart, int[] ids, byte[] display, int[] fieldStart, byte[] flags,
        ushort[] region, string?[] regions, ushort[] segment, string?[] segments, int[] lastOrdered, byte[] preferredText,
        int[] preferredStart, int[] preferredRank)
    {
        State = state;
        (_ids, _display, _fieldStart, _flags) = (ids, display, fieldStart, flags);
        (_region, _regions, _segment, _segments, _lastOrdered) = (region, regions, segment, segments, lastOrdered);
        _full = new Listing(text, textStart, null);
        _preferred = Listing.InOrder(preferredText, preferredStart, preferredRank);
    }

    /// <summary>The warehouse state the index was read at (<see cref="CustomerPageCache.State"/>).</summary>
    public string State { get; }

    /// <summary>How many customers it holds.</summary>
    public int Count => _ids.Length;

    /// <summary>The bytes its arrays hold (what the index costs in memory, besides a few hundred bytes of objects).</summary>
    public long Bytes =>
        _full.Bytes + _preferred.Bytes + 4L * _ids.Length + _display.LongLength + 4L * _fieldStart.Length + _flags.Length
        + 2L * _region.Length + 2L * _segment.Length + 4L * _lastOrdered.Length;

    /// <summary>
    /// The customers found for <paramref name="words"/> (normalised as the index's texts, distinct, the longest first: it must
    /// start a word of the customer, which ranks them; every other one must start a word too, as customer_search.sql asks) and
    /// <paramref name="id"/> (the text read as an id: that customer comes first), at most <paramref name="limit"/> + 1, best
    /// first: the id, then customers with a word equal to the first word typed, then the others, each by full name and id.
    /// <paramref name="masked"/>: only preferred-name words match, and the order is by preferred name and id (customer_search.sql's
    /// $masked).
    /// </summary>
    public List<CustomerMatch> Find(IReadOnlyList<string> words, int? id, int limit, CancellationToken ct, bool masked = false)
    {
        var listing = masked ? _preferred : _full;
        var (allText, textStart, bucketStart, wordStarts) = (listing.Text, listing.TextStart, listing.BucketStart, listing.WordStarts);
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
            var recordText = allText.AsSpan(textStart[record], textStart[record + 1] - textStart[record]);
            if (listing.RecordAt(record) == idRecord || recordText.IndexOf(first) < 0 || !ContainsAll(recordText, others)) return false;
            if (HasWholeWord(recordText, first)) whole.Add(record);
            else if (starts.Count < wanted) starts.Add(record);
            return whole.Count == wanted;
        }

        if (first.Length >= 3)
        {
            // the records with a word starting with the first two bytes typed, in list order (a record once per such word)
            var bucket = wordStarts.AsSpan(bucketStart[Bucket(first[1], first[2])]..bucketStart[Bucket(first[1], first[2]) + 1]);
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
            var text = allText.AsSpan();
            var position = 0;
            while (true)
            {
                var found = text[position..].IndexOf(first);
                if (found < 0) break;
                var record = PositionAt(textStart, position + found);
                if (Enough(record)) break;
                position = textStart[record + 1];   // the next search starts at the next record
            }
        }
        IEnumerable<int> ranked = idRecord >= 0
            ? [idRecord, .. whole.Select(listing.RecordAt), .. starts.Select(listing.RecordAt)]
            : [.. whole.Select(listing.RecordAt), .. starts.Select(listing.RecordAt)];
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

    // the list position whose text holds byte `position` of the text buffer
    static int PositionAt(int[] textStart, int position)
    {
        var found = Array.BinarySearch(textStart, position);
        return found >= 0 ? found : ~found - 1;
    }

    // texts one after another in the order a search lists them, with their word starts: position i's text is
    // Text[TextStart[i]..TextStart[i + 1]], its record Records[i] (null: i itself)
    sealed class Listing
    {
        public Listing(byte[] text, int[] textStart, int[]? records)
        {
            (Text, TextStart, _records) = (text, textStart, records);
            (BucketStart, WordStarts) = CustomerNameIndex.WordStarts(text, textStart);
        }

        readonly int[]? _records;
        public byte[] Text { get; }
        public int[] TextStart { get; }
        public int[] BucketStart { get; }
        public int[] WordStarts { get; }

        public int RecordAt(int position) => _records is null ? position : _records[position];

        public long Bytes => Text.LongLength + 4L * TextStart.Length + 4L * (_records?.Length ?? 0) + 4L * BucketStart.Length + 4L * WordStarts.Length;

        // the texts (record order) re-laid in rank order: position rank[r] holds record r
        public static Listing InOrder(byte[] text, int[] textStart, int[] rank)
        {
            var count = rank.Length;
            var records = new int[count];
            for (var r = 0; r < count; r++) records[rank[r]] = r;
            var ordered = new byte[text.Length];
            var orderedStart = new int[count + 1];
            var at = 0;
            for (var p = 0; p < count; p++)
            {
                orderedStart[p] = at;
                var r = records[p];
                var length = textStart[r + 1] - textStart[r];
                text.AsSpan(textStart[r], length).CopyTo(ordered.AsSpan(at));
                at += length;
            }
            orderedStart[count] = at;
            return new Listing(ordered, orderedStart, records);
        }
    }

    CustomerMatch Match(int record)
    {
        string Field(int f) => Encoding.UTF8.GetString(_display, _fieldStart[3 * record + f], _fieldStart[3 * record + f + 1] - _fieldStart[3 * record + f]);
        var flags = _flags[record];
        return new CustomerMatch(_ids[record], Field(1), Field(0), (flags & HasEmail) != 0 ? Field(2) : null, _regions[_region[record]] ?? "",
            (flags & Inferred) != 0, _segments[_segment[record]], _lastOrdered[record] < 0 ? null : DateOnly.FromDayNumber(_lastOrdered[record]));
    }
}
