using Insights.Reports.Caching;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell;

/// <summary>A current RFM segment and its size.</summary>
public sealed record SegmentSize(string Segment, long Customers);

/// <summary>
/// The segments of mart_customer_rfm (empty until the loyalty report's model fills it), kept per warehouse state: every cross-sell
/// page's filter form lists them, and counting a million customers per request was an eighth of the cross-sell bench's CPU at SF10.
/// </summary>
public sealed class SegmentsQuery(DuckDbWarehouse warehouse, AnalyticsCache cache)
{
    static readonly string Sql = SqlResource.Load<SegmentsQuery>("segments.sql");

    /// <summary>Every segment with its customer count, by name.</summary>
    public IReadOnlyList<SegmentSize> Run() => cache.Get("rfm-segments", Read);

    IReadOnlyList<SegmentSize> Read()
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(Sql);
        using var reader = command.ExecuteReader();
        var segments = new List<SegmentSize>();
        while (reader.Read()) segments.Add(new SegmentSize(reader.GetString(0), reader.GetInt64(1)));
        return segments;
    }
}
