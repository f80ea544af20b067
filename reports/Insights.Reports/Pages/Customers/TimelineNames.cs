using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// The product and channel names the timeline shows (timeline_names.sql), read once per warehouse state
/// (<see cref="CustomerPageCache"/>): the timeline's reads hold the keys, and a row whose key has no name is left out, as the
/// joins they replace left it out.
/// </summary>
sealed record TimelineNames(IReadOnlyDictionary<long, string> Products, IReadOnlyDictionary<long, string> Channels)
{
    static readonly string Sql = SqlResource.Load<TimelineNames>("timeline_names.sql");

    /// <summary>Every product's and channel's name.</summary>
    public static TimelineNames Read(DuckDBConnection connection, CancellationToken ct)
    {
        using var command = connection.CreateCommand(Sql);
        using var stop = command.StopWhen(ct);
        using var r = command.ExecuteReader();
        var (products, channels) = (new Dictionary<long, string>(), new Dictionary<long, string>());
        while (r.Read())
            (r.GetString(0) == "product" ? products : channels)[r.GetInt64(1)] = r.GetString(2);
        return new TimelineNames(products, channels);
    }
}
