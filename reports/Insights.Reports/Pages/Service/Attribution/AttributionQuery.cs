using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Service.Attribution;

/// <summary>
/// Reads "What contacts lead to": orders within N days of a contact against the same customers' control days, and lapses after
/// the last contact, behind the service-attribution gate. Once the load has built the contacts' previous and next contacts and
/// the control days' gaps (migration 0040: contact_controls_built.sql) from attribution_marts.sql and lapse_marts.sql; before
/// that from attribution.sql and lapse.sql, which compute the same rows from every contact and order.
/// </summary>
public sealed class AttributionQuery(DuckDbWarehouse warehouse, ServiceCache cache)
{
    /// <summary>Days after a customer's last contact without a completed order that make the customer lapsed.</summary>
    public const int LapseDays = 180;

    static readonly string AttributionSql = SqlResource.Load<AttributionQuery>("attribution.sql");
    static readonly string LapseSql = SqlResource.Load<AttributionQuery>("lapse.sql");
    static readonly string AttributionMartsSql = SqlResource.Load<AttributionQuery>("attribution_marts.sql");
    static readonly string LapseMartsSql = SqlResource.Load<AttributionQuery>("lapse_marts.sql");
    static readonly string MartsBuiltSql = SqlResource.Load<AttributionQuery>("contact_controls_built.sql");

    /// <summary>The two statements for a warehouse whose load has (<paramref name="martsBuilt"/>) or has not built migration 0040's marts.</summary>
    public static (string Attribution, string Lapse) SqlFor(bool martsBuilt) =>
        martsBuilt ? (AttributionMartsSql, LapseMartsSql) : (AttributionSql, LapseSql);

    /// <summary><see cref="Run"/> for the page (DuckDB.NET reads synchronously; the token stops the statements).</summary>
    public Task<AttributionResult> RunAsync(AttributionFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>Both tables for <paramref name="filter"/>.</summary>
    public AttributionResult Run(AttributionFilter filter, CancellationToken ct = default) =>
        cache.Get(ComputeKind.ServiceAttribution, filter.ToString(), token => Read(filter, token), ct);

    AttributionResult Read(AttributionFilter filter, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        var (attributionSql, lapseSql) = SqlFor(MartsBuilt(connection));
        var (rows, lastDay) = ReadRows(connection, attributionSql, filter.Parameters(), ct);
        // the lapses ignore the follow-up window: a view with another N reads those of the same filter at the default N (kept
        // per warehouse state; the default view's are warmed after each load), not every last contact again. Already behind the gate here.
        var lapses = cache.Get($"contacts-lapse|{filter with { Days = new AttributionFilter().Days }}",
            () => ReadLapses(connection, lapseSql, [.. filter.SharedParameters(), ("lapse_days", LapseDays)], ct));
        return new AttributionResult(filter.Days, LapseDays, lastDay, rows, lapses);
    }

    static bool MartsBuilt(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand(MartsBuiltSql);
        using var reader = command.ExecuteReader();
        return reader.Read() && reader.GetBoolean(0);
    }

    static (List<AttributionRow>, DateOnly?) ReadRows(DuckDBConnection connection, string sql, (string, object?)[] parameters, CancellationToken ct)
    {
        using var command = connection.CreateCommand(sql, parameters);
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

    static List<LapseRow> ReadLapses(DuckDBConnection connection, string sql, (string, object?)[] parameters, CancellationToken ct)
    {
        using var command = connection.CreateCommand(sql, parameters);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        List<LapseRow> rows = [];
        while (reader.Read())
            rows.Add(new LapseRow(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8)));
        return rows;
    }
}
