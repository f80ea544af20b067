using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// Which customers have any complaint and any return (customers_with_events.sql), read once per warehouse state
/// (<see cref="CustomerPageCache"/>): a first view of a customer with none skips that kind's read, which at SF10 cost about a
/// tenth of the profile's DuckDB time each while most customers have neither (docs/performance-history.md, "Customers").
/// </summary>
sealed class CustomerEventKinds
{
    static readonly string Sql = SqlResource.Load<CustomerEventKinds>("customers_with_events.sql");

    // sorted customer ids, searched by halving: 187 k and 331 k ids at SF10, about 2 MB together
    readonly int[] _complaints;
    readonly int[] _returns;

    CustomerEventKinds(int[] complaints, int[] returns) => (_complaints, _returns) = (complaints, returns);

    /// <summary>Every customer with a complaint and every customer with a return, in the connection's snapshot.</summary>
    public static CustomerEventKinds Read(DuckDBConnection connection, CancellationToken ct)
    {
        using var command = connection.CreateCommand(Sql);
        using var stop = command.StopWhen(ct);
        using var r = command.ExecuteReader();
        var (complaints, returns) = (new List<int>(), new List<int>());
        while (r.Read())
            (r.GetString(0) == "complaint" ? complaints : returns).Add(r.GetInt32(1));
        var (c, t) = (complaints.ToArray(), returns.ToArray());
        Array.Sort(c);
        Array.Sort(t);
        return new CustomerEventKinds(c, t);
    }

    /// <summary>Whether customer <paramref name="customerId"/> has at least one complaint.</summary>
    public bool HasComplaints(int customerId) => Array.BinarySearch(_complaints, customerId) >= 0;

    /// <summary>Whether customer <paramref name="customerId"/> has at least one return.</summary>
    public bool HasReturns(int customerId) => Array.BinarySearch(_returns, customerId) >= 0;
}
