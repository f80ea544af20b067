using System.Buffers.Binary;

namespace Insights.Reports.Pages.CrossSell.Sequences;

/// <summary>
/// Unpacks one customer's first days as the load packs them (mart_customer_item_sequence, migration 0067: 4 bytes per item, its
/// id then its first day since 1970-01-01, both unsigned 16-bit big-endian, in no particular order) and adds them to
/// <see cref="SequenceCounts"/> in the order it needs (by first day). One instance reuses its buffers from customer to customer.
/// </summary>
public sealed class PackedFirstDays
{
    byte[] _bytes = new byte[256];
    uint[] _keys = new uint[64];

    /// <summary>Adds customer <paramref name="customerId"/>'s items read from <paramref name="packed"/>, each with the customer's
    /// <paramref name="lastDay"/> (the counts only need the latest day of all).</summary>
    public void Add(SequenceCounts counts, int customerId, int lastDay, Stream packed)
    {
        var length = checked((int)packed.Length);
        if (length % 4 != 0) throw new InvalidDataException($"Customer {customerId}'s packed items are {length} bytes, not 4 per item.");
        if (_bytes.Length < length) _bytes = new byte[Math.Max(length, _bytes.Length * 2)];
        packed.ReadExactly(_bytes, 0, length);
        var items = length / 4;
        if (_keys.Length < items) _keys = new uint[Math.Max(items, _keys.Length * 2)];
        for (var i = 0; i < items; i++)
        {
            var item = BinaryPrimitives.ReadUInt16BigEndian(_bytes.AsSpan(4 * i));
            var day = BinaryPrimitives.ReadUInt16BigEndian(_bytes.AsSpan(4 * i + 2));
            _keys[i] = ((uint)day << 16) | item;   // sorts by day, then item
        }
        var keys = _keys.AsSpan(0, items);
        keys.Sort();
        foreach (var key in keys)
            counts.Add(customerId, (int)(key & 0xFFFF), (int)(key >> 16), lastDay);
    }
}
