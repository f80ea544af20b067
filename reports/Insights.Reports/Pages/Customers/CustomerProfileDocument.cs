using System.Text.Json;
using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// A customer's profile document (mart_customer_profile, one row per customer, rewritten by each load for the customers it
/// touched): every type-2 version and every order line, return, contact and complaint, each a JSON array in the columns of
/// the read it replaces (profile.sql, timeline_*.sql), so that a first view reads one row of one column instead of a row
/// group of five tables (docs/performance-history.md, "Customers"). The rows are mapped by <see cref="TimelineRows"/> as the reads'
/// rows are, and put in order by the same code.
/// </summary>
sealed record CustomerProfileDocument(IReadOnlyList<(long Key, CustomerVersion Version)> Versions, CustomerProfile? Current,
    List<OrderLine> OrderLines, List<ReturnEvent> Returns, List<ContactEvent> Contacts, List<ComplaintRow> Complaints)
{
    static readonly string Sql = SqlResource.Load<CustomerProfileDocument>("customer_profile.sql");

    /// <summary>
    /// The document of customer <paramref name="customerId"/>, its keys named from <paramref name="names"/> (a row whose key
    /// has no name left out, as the reads leave it out); null when the mart holds none (an unknown id, or a mart not built yet).
    /// </summary>
    public static CustomerProfileDocument? Read(DuckDBConnection connection, int customerId, TimelineNames names, CancellationToken ct)
    {
        string json;
        using (var command = connection.CreateCommand(Sql, ("id", customerId)))
        using (command.StopWhen(ct))
        using (var r = command.ExecuteReader())
        {
            if (!r.Read()) return null;
            json = r.GetString(0);
        }
        return Parse(json, names);
    }

    /// <summary>The document <paramref name="json"/> (as the mart's model writes it), mapped.</summary>
    public static CustomerProfileDocument Parse(string json, TimelineNames names)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var versions = new List<(long, CustomerVersion)>();
        CustomerProfile? current = null;
        foreach (var element in root.GetProperty("versions").EnumerateArray())
        {
            var row = new DocumentRow(element);
            versions.Add(TimelineRows.Version(row));
            if (TimelineRows.IsCurrent(row)) current = TimelineRows.Customer(row);
        }
        return new CustomerProfileDocument(versions, current,
            Rows(root, "order_lines", names, TimelineRows.OrderLine), Rows(root, "returns", names, TimelineRows.Return),
            Rows(root, "contacts", names, TimelineRows.Contact), Rows(root, "complaints", names, TimelineRows.Complaint));
    }

    static List<T> Rows<T>(JsonElement root, string kind, TimelineNames names, Func<DocumentRow, TimelineNames, T?> map) where T : class
    {
        var rows = new List<T>();
        foreach (var element in root.GetProperty(kind).EnumerateArray())
            if (map(new DocumentRow(element), names) is { } row) rows.Add(row);
        return rows;
    }
}
