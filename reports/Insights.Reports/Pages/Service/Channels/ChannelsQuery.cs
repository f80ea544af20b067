using Insights.Reports.Limits;
using Insights.Warehouse;
using DuckDB.NET.Data;

namespace Insights.Reports.Pages.Service.Channels;

/// <summary>
/// Reads the Channels view: one pass over the filtered contacts grouped five ways (contacts.sql), the order channels beside them
/// (sales_orders.sql) and the months with their active customers (active_months.sql), behind the service-channels gate. For a
/// period of whole months (or none), once the load has filled mart_contact_month (migration 0045), the contacts and months
/// come from the mart instead (contacts_marts.sql, active_months_marts.sql): the same rows, without a pass over every contact.
/// </summary>
public sealed class ChannelsQuery(DuckDbWarehouse warehouse, ServiceCache cache)
{
    static readonly string ContactsSql = SqlResource.Load<ChannelsQuery>("contacts.sql");
    static readonly string SalesSql = SqlResource.Load<ChannelsQuery>("sales_orders.sql");
    static readonly string MonthsSql = SqlResource.Load<ChannelsQuery>("active_months.sql");
    static readonly string ContactsMartsSql = SqlResource.Load<ChannelsQuery>("contacts_marts.sql");
    static readonly string MonthsMartsSql = SqlResource.Load<ChannelsQuery>("active_months_marts.sql");
    static readonly string MartBuiltSql = SqlResource.Load<ChannelsQuery>("contact_months_built.sql");

    /// <summary>
    /// The contacts and months statements for <paramref name="filter"/> on a warehouse whose load has (<paramref name="martBuilt"/>)
    /// or has not filled mart_contact_month: the mart's when its period is whole months (a month's first day to a month's last,
    /// either end open), since the mart keeps months, not days; the contacts' otherwise.
    /// </summary>
    public static (string Contacts, string Months) SqlFor(ChannelsFilter filter, bool martBuilt) =>
        martBuilt && IsWholeMonths(filter) ? (ContactsMartsSql, MonthsMartsSql) : (ContactsSql, MonthsSql);

    static bool IsWholeMonths(ChannelsFilter filter) =>
        (filter.From is not { } from || from.Day == 1) && (filter.To is not { } to || to.AddDays(1).Day == 1);

    /// <summary><see cref="Run"/> for the page (DuckDB.NET reads synchronously; the token stops the statements).</summary>
    public Task<ChannelsResult> RunAsync(ChannelsFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>Every table of the view for <paramref name="filter"/>.</summary>
    public ChannelsResult Run(ChannelsFilter filter, CancellationToken ct = default) =>
        cache.Get(ComputeKind.ServiceChannels, filter.ToString(), token => Read(filter, token), ct);

    ChannelsResult Read(ChannelsFilter filter, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        var parameters = filter.Parameters();
        var (contactsSql, monthsSql) = SqlFor(filter, MartBuilt(connection));
        var (contacts, customers, monthChannels, channels, faces, directions) = ReadContacts(connection, contactsSql, parameters, ct);
        return new ChannelsResult(contacts, customers, monthChannels, channels, faces, directions,
            Sales(connection, filter, ct), ReadMonths(connection, monthsSql, parameters, ct));
    }

    // the order channels ignore the contact channel: a view with one reads those of the same view without it (kept per warehouse
    // state; the default view's are warmed after each load), not every completed order again. Already behind the gate here.
    List<SalesChannelRow> Sales(DuckDBConnection connection, ChannelsFilter filter, CancellationToken ct) =>
        cache.Get($"channels-sales|{filter with { Channel = null }}", () => ReadSales(connection, [.. filter.SharedParameters()], ct));

    static bool MartBuilt(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand(MartBuiltSql);
        using var reader = command.ExecuteReader();
        return reader.Read() && reader.GetBoolean(0);
    }

    static (long, long, List<MonthChannelRow>, List<ChannelRow>, List<ContactGroupRow>, List<ContactGroupRow>) ReadContacts(
        DuckDBConnection connection, string sql, (string, object?)[] parameters, CancellationToken ct)
    {
        using var command = connection.CreateCommand(sql, parameters);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        long total = 0, customers = 0;
        List<MonthChannelRow> monthChannels = [];
        List<(string Code, string Name, string Face, long Contacts, long Customers, long In, long Out, long WithDuration, double? Mean)> channels = [];
        List<(string Group, long Contacts, long Customers)> faces = [], directions = [];
        while (reader.Read())
        {
            long count = reader.GetInt64(7), distinct = reader.GetInt64(8);
            switch (reader.GetString(0))
            {
                case "month_channel":
                    monthChannels.Add(new MonthChannelRow(reader.GetFieldValue<DateOnly>(1), reader.GetString(3), reader.GetString(4), count));
                    break;
                case "channel":
                    channels.Add((reader.GetString(3), reader.GetString(4), reader.GetString(5), count, distinct, reader.GetInt64(9),
                        reader.GetInt64(10), reader.GetInt64(11), reader.IsDBNull(12) ? null : reader.GetDouble(12)));
                    break;
                case "face": faces.Add((reader.GetString(5), count, distinct)); break;
                case "direction": directions.Add((reader.GetString(6), count, distinct)); break;
                default: total = count; customers = distinct; break;
            }
        }
        double Share(long n) => total == 0 ? 0 : (double)n / total;
        return (total, customers, monthChannels,
            [.. channels.Select(c => new ChannelRow(c.Code, c.Name, c.Face, c.Contacts, c.Customers, Share(c.Contacts), c.In, c.Out, c.WithDuration, c.Mean))],
            [.. faces.Select(f => new ContactGroupRow(f.Group, f.Contacts, f.Customers, Share(f.Contacts)))],
            [.. directions.Select(d => new ContactGroupRow(d.Group, d.Contacts, d.Customers, Share(d.Contacts)))]);
    }

    static List<SalesChannelRow> ReadSales(DuckDBConnection connection, (string, object?)[] parameters, CancellationToken ct)
    {
        using var command = connection.CreateCommand(SalesSql, parameters);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        List<(string Code, string Name, long Orders, long Customers)> rows = [];
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        var total = rows.Sum(r => r.Orders);
        return [.. rows.Select(r => new SalesChannelRow(r.Code, r.Name, r.Orders, r.Customers, total == 0 ? 0 : (double)r.Orders / total))];
    }

    static List<ActiveMonthRow> ReadMonths(DuckDBConnection connection, string sql, (string, object?)[] parameters, CancellationToken ct)
    {
        using var command = connection.CreateCommand(sql, parameters);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        List<ActiveMonthRow> rows = [];
        while (reader.Read())
            rows.Add(new ActiveMonthRow(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetInt64(3), reader.GetInt64(2), reader.GetInt64(4)));
        return rows;
    }
}
