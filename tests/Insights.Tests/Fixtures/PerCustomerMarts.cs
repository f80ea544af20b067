using System.Globalization;
using Insights.Etl;

namespace Insights.Tests.Fixtures;

/// <summary>The marts a load keeps per customer (totals, RFM scores, cohorts, purchase days), against a full rebuild.</summary>
public static class PerCustomerMarts
{
    static readonly string[] Marts =
    [
        "select * from mart_customer_order_totals order by period, customer_id",
        "select * from mart_customer_rfm order by customer_id",
        "select * from mart_loyalty_cohort order by cohort_month, months_since",
        "select * from mart_customer_purchase_day order by customer_id, purchase_on",
        "select * from mart_customer_active_span order by customer_id, start_month",
        "select * from mart_contact_followup order by contact_id",
        "select * from mart_order_day order by all",
        "select * from mart_sale_day order by all",
        "select * from mart_sale_return order by return_id",
        "select * from mart_sale_segment_day order by all",
        "select * from mart_sale_segment_customer order by customer_id",

        "select * from mart_customer_order_line order by customer_id, order_id, line_number",
        "select * from mart_customer_return order by customer_id, return_id",
        "select * from mart_customer_contact order by customer_id, contact_id",
        "select * from mart_customer_complaint order by customer_id, complaint_id",
        "select * from mart_customer_profile order by customer_id",
    ];

    /// <summary>
    /// Reads the marts as the incremental loads left them, rebuilds the warehouse with a full load, and asserts that every mart
    /// holds the same rows (and some).
    /// </summary>
    public static void AssertEqualAFullRebuild(WarehouseHost host)
    {
        static string Text(object?[] row) => string.Join("|", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
        var kept = Marts.Select(sql => host.Rows(sql).Select(Text).ToList()).ToList();

        host.Get<EtlRunner>().RunAll("test", CancellationToken.None, full: true);

        for (var i = 0; i < Marts.Length; i++)
        {
            var rebuilt = host.Rows(Marts[i]).Select(Text).ToList();
            Assert.True(rebuilt.Count > 0, Marts[i]);
            Assert.Equal(rebuilt, kept[i]);
        }
    }
}
