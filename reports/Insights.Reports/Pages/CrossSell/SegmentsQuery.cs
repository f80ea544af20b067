using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell;

/// <summary>A current RFM segment and its size.</summary>
public sealed record SegmentSize(string Segment, long Customers);

/// <summary>The segments of mart_customer_rfm (empty until the loyalty report's model fills it).</summary>
public sealed class SegmentsQuery(DuckDbWarehouse warehouse)
{
    static readonly string Sql = SqlResource.Load<SegmentsQuery>("segments.sql");

    /// <summary>Every segment with its customer count, by name.</summary>
    public IReadOnlyList<SegmentSize> Run()
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(Sql);
        using var reader = command.ExecuteReader();
        var segments = new List<SegmentSize>();
        while (reader.Read()) segments.Add(new SegmentSize(reader.GetString(0), reader.GetInt64(1)));
        return segments;
    }
}
