using Insights.Etl.Sources.Operational.Staged;

namespace Insights.Tests.Etl.Sources.Operational.Staged;

/// <summary>How a table's key range is cut into partitions, and the select a worker runs for one.</summary>
public sealed class ExtractPlanTests
{
    [Fact]
    public void Ranges_cut_the_keys_into_equal_widths_that_cover_every_key_once()
    {
        // 1..10 in three: widths 3, 3, 4 (10 * i / 3 rounded down: 0, 3, 6, 10)
        Assert.Equal([(1L, 3L), (4L, 6L), (7L, 10L)], ExtractPlan.Ranges(1, 10, 3));
        // fewer keys than parts: one range per key, none empty
        Assert.Equal([(5L, 5L), (6L, 6L)], ExtractPlan.Ranges(5, 6, 4));
        Assert.Equal([(7L, 7L)], ExtractPlan.Ranges(7, 7, 4));
        // the widest range a bigint allows does not overflow
        var wide = ExtractPlan.Ranges(long.MinValue, long.MaxValue, 2).ToList();
        Assert.Equal([(long.MinValue, -1L), (0L, long.MaxValue)], wide);
    }

    [Fact]
    public void A_partition_selects_its_tables_changed_rows_within_its_key_range()
    {
        var since = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        var partition = new ExtractPartition("20260601T120000000Z-0123abcd", "orders", 1, 100, 199, since.Ticks, "00000003-00000002-1");

        var sql = ExtractPlan.Select(partition);

        Assert.Contains("from orders", sql, StringComparison.Ordinal);
        Assert.Contains("updated_at >= timestamptz '2026-06-01 12:00:00.000000+00'", sql, StringComparison.Ordinal);
        Assert.Contains("where \"order_id\" between 100 and 199", sql, StringComparison.Ordinal);
        Assert.Equal("orders-0001", partition.Batch);
    }

    [Fact]
    public void A_partition_of_an_unknown_table_is_refused()
    {
        var partition = new ExtractPartition("20260601T120000000Z-0123abcd", "orders; drop table x", 0, 1, 2, null, "00000003-00000002-1");

        Assert.Throws<ArgumentException>(() => ExtractPlan.Select(partition));
    }
}
