using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// Copies every customer's model figures (P(alive), expected purchases, CLV, overdue, the top offers) from the after-load model
/// marts into mart_segment_customer (migration 0031), so a segment preview reads that one table: the scoring step calls it in
/// the transaction that rewrites those marts, so readers see the copies and the marts change together.
/// </summary>
public static class SegmentCustomerScores
{
    static readonly string Sql = SqlResource.Load<SegmentQuery>("segment_customer_scores.sql");

    /// <summary>Copies the figures on <paramref name="connection"/> (inside the caller's transaction); returns the rows changed.</summary>
    public static int Copy(DuckDBConnection connection) => connection.ExecuteNonQuery(Sql);
}
