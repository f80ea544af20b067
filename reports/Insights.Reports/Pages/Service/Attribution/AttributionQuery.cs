using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Service.Attribution;

/// <summary>
/// Reads "What contacts lead to": orders within N days of a contact against the same customers' control days (attribution.sql),
/// and lapses after the last contact (lapse.sql), behind the service-attribution gate.
/// </summary>
public sealed class AttributionQuery(DuckDbWarehouse warehouse, ServiceCache cache)
{
    /// <summary>Days after a customer's last contact without a completed order that make the customer lapsed.</summary>
    public const int LapseDays = 180;

    static readonly string AttributionSql = SqlResource.Load<AttributionQuery>("attribution.sql");
    static readonly string LapseSql = SqlResource.Load<AttributionQuery>("lapse.sql");

    /// <summary><see cref="Run"/> for the page (DuckDB.NET reads synchronously; the token stops the statements).</summary>
    public Task<AttributionResult> RunAsync(AttributionFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>Both tables for <paramref name="filter"/>.</summary>
    public AttributionResult Run(AttributionFilter filter, CancellationToken ct = default) =>
        cache.Get(ComputeKind.ServiceAttribution, filter.ToString(), token => Read(filter, token), ct);

    AttributionResult Read(AttributionFilter filter, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        var (rows, lastDay) = ReadRows(connection, filter.Parameters(), ct);
        var lapses = ReadLapses(connection, [.. filter.SharedParameters(), ("lapse_days", LapseDays)], ct);
        return new AttributionResult(filter.Days, LapseDays, lastDay, rows, lapses);
    }

    static (List<AttributionRow>, DateOnly?) ReadRows(DuckDBConnection connection, (string, object?)[] parameters, CancellationToken ct)
    {
        using var command = connection.CreateCommand(AttributionSql, parameters);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        List<AttributionRow> rows = [];
        DateOnly? lastDay = null;
        while (reader.Read())
        {
            rows.Add(new AttributionRow(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10)));
            if (!reader.IsDBNull(11)) lastDay = reader.GetFieldValue<DateOnly>(11);
        }
        return (rows, lastDay);
    }

    static List<LapseRow> ReadLapses(DuckDBConnection connection, (string, object?)[] parameters, CancellationToken ct)
    {
        using var command = connection.CreateCommand(LapseSql, parameters);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        List<LapseRow> rows = [];
        while (reader.Read())
            rows.Add(new LapseRow(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8)));
        return rows;
    }
}
