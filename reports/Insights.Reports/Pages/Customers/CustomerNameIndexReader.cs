using System.Text;
using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// Reads a <see cref="CustomerNameIndex"/> out of mart_customer_search and mart_customer_rfm in one snapshot: first the sizes
/// (search_index_size.sql), so every array is allocated once at its final size (a million customers: about 130 MB, and no
/// second copy while growing), then the rows (search_index.sql) in the order the search lists them.
/// </summary>
static class CustomerNameIndexReader
{
    static readonly string SizeSql = SqlResource.Load<CustomerSearchQuery>("search_index_size.sql");
    static readonly string RowsSql = SqlResource.Load<CustomerSearchQuery>("search_index.sql");

    /// <summary>The index of the customers <paramref name="connection"/> sees, labelled <paramref name="state"/>.</summary>
    public static CustomerNameIndex Read(DuckDBConnection connection, string state, CancellationToken ct)
    {
        using var snapshot = connection.BeginTransaction();   // the sizes and the rows from one state
        int count, searchBytes, displayBytes, preferredBytes;
        using (var command = connection.CreateCommand(SizeSql))
        using (command.StopWhen(ct))
        using (var r = command.ExecuteReader())
        {
            r.Read();
            (count, searchBytes, displayBytes, preferredBytes) =
                (checked((int)r.GetInt64(0)), checked((int)r.GetInt64(1)), checked((int)r.GetInt64(2)), checked((int)r.GetInt64(3)));
        }

        var text = new byte[searchBytes];
        var textStart = new int[count + 1];
        var ids = new int[count];
        var display = new byte[displayBytes];
        var fieldStart = new int[3 * count + 1];
        var flags = new byte[count];
        var region = new ushort[count];
        var segment = new ushort[count];
        var lastOrdered = new int[count];
        var preferredText = new byte[preferredBytes];
        var preferredStart = new int[count + 1];
        var preferredRank = new int[count];
        var regions = new Codes();
        var segments = new Codes();
        segments.Of(null);   // code 0: no segment

        int record = 0, textAt = 0, displayAt = 0, preferredAt = 0;
        using (var command = connection.CreateCommand(RowsSql))
        using (command.StopWhen(ct))
        using (var r = command.ExecuteReader())
            while (r.Read())
            {
                if (record == count) throw new InvalidOperationException("mart_customer_search changed while its index was read");
                ids[record] = r.GetInt32(0);
                fieldStart[3 * record] = displayAt;
                displayAt += Encoding.UTF8.GetBytes(r.GetString(1), display.AsSpan(displayAt));
                fieldStart[3 * record + 1] = displayAt;
                displayAt += Encoding.UTF8.GetBytes(r.GetString(2), display.AsSpan(displayAt));
                fieldStart[3 * record + 2] = displayAt;
                var hasEmail = !r.IsDBNull(3);
                if (hasEmail) displayAt += Encoding.UTF8.GetBytes(r.GetString(3), display.AsSpan(displayAt));
                region[record] = regions.Of(r.GetString(4));
                flags[record] = (byte)((r.GetBoolean(5) ? CustomerNameIndex.Inferred : 0) | (hasEmail ? CustomerNameIndex.HasEmail : 0));
                textStart[record] = textAt;
                var written = Encoding.UTF8.GetBytes(r.GetString(6), text.AsSpan(textAt));
                // the index's words are split at any whitespace (\s in string_split_regex): as spaces, " " + a word finds them all
                foreach (ref var b in text.AsSpan(textAt, written))
                    if (b is (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r') b = (byte)' ';
                textAt += written;
                segment[record] = segments.Of(r.IsDBNull(7) ? null : r.GetString(7));
                lastOrdered[record] = r.IsDBNull(8) ? -1 : r.GetFieldValue<DateOnly>(8).DayNumber;
                preferredStart[record] = preferredAt;
                preferredAt += Encoding.UTF8.GetBytes(r.GetString(9), preferredText.AsSpan(preferredAt));
                preferredRank[record] = checked((int)r.GetInt64(10));
                if (++record % 65536 == 0) ct.ThrowIfCancellationRequested();
            }
        if (record != count) throw new InvalidOperationException("mart_customer_search changed while its index was read");
        textStart[count] = textAt;
        fieldStart[3 * count] = displayAt;
        preferredStart[count] = preferredAt;
        return new CustomerNameIndex(state, text, textStart, ids, display, fieldStart, flags, region, regions.Values(), segment,
            segments.Values(), lastOrdered, preferredText, preferredStart, preferredRank);
    }

    // a few distinct strings (regions, segments) as small codes, in order of first sight
    sealed class Codes
    {
        readonly Dictionary<string, ushort> _codes = [];
        readonly List<string?> _values = [];
        ushort? _null;

        public ushort Of(string? value)
        {
            if (value is null) return _null ??= Add(null);
            return _codes.TryGetValue(value, out var code) ? code : _codes[value] = Add(value);
        }

        ushort Add(string? value)
        {
            _values.Add(value);
            return checked((ushort)(_values.Count - 1));
        }

        public string?[] Values() => [.. _values];
    }
}
