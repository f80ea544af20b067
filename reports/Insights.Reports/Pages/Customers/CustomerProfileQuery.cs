using DuckDB.NET.Data;
using Insights.Reports.Access;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Service;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// Reads one customer's profile and a page of their timeline: every type-2 version (the current one is the profile; the others
/// give the attribute changes) and the current scores (dim_customer, mart_customer_rfm), their orders, returns, contacts and
/// complaints from the customer-ordered marts (newest first; the page shows the first ones), and their model figures and offers
/// (mart_customer_score, _offer). Up to eight single-table reads by customer in one snapshot, each unordered (a join or an
/// ORDER BY per read cost more than the read: the names of products and channels, the latest fit and which customers have any
/// complaint or return (<see cref="CustomerEventKinds"/>) are read once per state instead, and the few rows sorted here), kept by
/// <see cref="CustomerPageCache"/> until the warehouse changes; the complaints' SLA states are measured at the clock's "now"
/// and the reader's view applied on every request.
/// </summary>
public sealed class CustomerProfileQuery(DuckDbWarehouse warehouse, ComputeGate gate, CustomerPageCache cache, TimeProvider clock,
    IOptions<ServiceOptions> service)
{
    /// <summary>The most open complaints listed at the top (a customer with more is a case for the service report).</summary>
    public const int OpenComplaintsLimit = 100;

    static readonly string ProfileSql = SqlResource.Load<CustomerProfileQuery>("profile.sql");
    static readonly string RfmSql = SqlResource.Load<CustomerProfileQuery>("customer_rfm.sql");
    static readonly string OrdersSql = SqlResource.Load<CustomerProfileQuery>("timeline_orders.sql");
    static readonly string ReturnsSql = SqlResource.Load<CustomerProfileQuery>("timeline_returns.sql");
    static readonly string ContactsSql = SqlResource.Load<CustomerProfileQuery>("timeline_contacts.sql");
    static readonly string ComplaintsSql = SqlResource.Load<CustomerProfileQuery>("timeline_complaints.sql");

    /// <summary>
    /// The profile of customer <paramref name="customerId"/> with the timeline page <paramref name="filter"/> asks (validated by
    /// the caller), as <paramref name="view"/> may see it; null when no customer has that id.
    /// </summary>
    public Task<CustomerProfileResult?> RunAsync(int customerId, CustomerTimelineFilter filter, PersonalDataView view, CancellationToken ct) =>
        Task.FromResult(Run(customerId, filter, view, ct));

    /// <summary><see cref="RunAsync"/>, synchronously (DuckDB.NET reads on the caller's thread; the CLI and the warm-up call this).</summary>
    public CustomerProfileResult? Run(int customerId, CustomerTimelineFilter filter, PersonalDataView view, CancellationToken ct)
    {
        // the reads depend on the customer and the page only; a page seen before (at this warehouse state) skips DuckDB and the gate
        var state = cache.State();
        var data = cache.GetOrAdd(state, $"profile|{customerId}|{filter.KindValue}|{filter.PageNumber}",
            () => gate.Run(ComputeKind.CustomerProfile, ct, token => Read(state, customerId, filter, token)));
        return data?.Present(filter, view, clock.GetUtcNow().UtcDateTime, service.Value.SlaHours());
    }

    CustomerProfileData? Read(string state, int customerId, CustomerTimelineFilter filter, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        // one snapshot for every read: a load committing between them must not show new orders next to old scores
        using var snapshot = connection.BeginTransaction();
        var (names, fit, kinds) = Shared(state, connection, ct);
        // each kind is put newest first here (one customer's rows); the page keeps as many as it shows and counts the rest (a
        // kind not shown: one row kept)
        int Limit(TimelineKind kind) => filter.Shows(kind) ? filter.PageNumber * CustomerTimelineFilter.PageSize : 1;

        // the customer's document, kept by the loads: their versions and every event in one read
        if (CustomerProfileDocument.Read(connection, customerId, names, ct) is { } document)
        {
            if (document.Current is null) return null;
            var (ordersOf, orderTotal) = TimelineReader.OrdersOf(document.OrderLines, Limit(TimelineKind.Order));
            var (returnsOf, returnTotal) = TimelineReader.Newest(document.Returns, Limit(TimelineKind.Return), r => (r.At, r.ReturnId));
            var (contactsOf, contactTotal) = TimelineReader.Newest(document.Contacts, Limit(TimelineKind.Contact), c => (c.At, c.ContactId));
            var (complaintsOf, openOf, complaintTotal) = TimelineReader.ComplaintsOf(document.Complaints, Limit(TimelineKind.Complaint), OpenComplaintsLimit);
            return new CustomerProfileData(WithScores(connection, document.Current, ct), openOf, ordersOf, returnsOf, contactsOf,
                complaintsOf, InOrder(document.Versions), orderTotal, returnTotal, contactTotal, complaintTotal,
                ModelFiguresReader.Read(connection, customerId, fit, ct));
        }

        // no document (an unknown id, or a warehouse whose mart is not built): the tables one by one
        var (customer, versions) = ReadProfile(connection, customerId, ct);
        if (customer is null) return null;
        var reader = new TimelineReader(connection, customerId, names, ct);
        var (orders, orderCount) = reader.Orders(OrdersSql, Limit(TimelineKind.Order));
        // most customers have no complaint and no return: the per-state sets spare a first view those two reads of nothing
        var (returns, returnCount) = kinds.HasReturns(customerId)
            ? reader.Read(ReturnsSql, Limit(TimelineKind.Return), TimelineRows.Return, r => (r.At, r.ReturnId))
            : ([], 0);
        var (contacts, contactCount) = reader.Read(ContactsSql, Limit(TimelineKind.Contact), TimelineRows.Contact, c => (c.At, c.ContactId));
        var (complaints, open, complaintCount) = kinds.HasComplaints(customerId)
            ? reader.Complaints(ComplaintsSql, Limit(TimelineKind.Complaint), OpenComplaintsLimit)
            : ([], [], 0);
        var model = ModelFiguresReader.Read(connection, customerId, fit, ct);
        return new CustomerProfileData(WithScores(connection, customer, ct), open, orders, returns, contacts, complaints, versions,
            orderCount, returnCount, contactCount, complaintCount, model);
    }

    /// <summary>
    /// Reads what every profile of the warehouse's current state shares (names, fit, customers with any complaint or return) into
    /// the cache, for the site's
    /// warm-up (<see cref="CustomerProfileWarmUp"/>): the first profile after a load then reads only its customer's rows. Returns
    /// the number of reads kept (3).
    /// </summary>
    public int WarmUp(CancellationToken ct)
    {
        var state = cache.State();
        using var background = gate.BackgroundBudget();
        gate.Run(ComputeKind.CustomerProfile, ct, token =>
        {
            using var connection = warehouse.OpenConnection();
            using var snapshot = connection.BeginTransaction();
            Shared(state, connection, token);
        });
        return 3;
    }

    // what every profile of a state shares, read once per state: the product and channel names, the fit (every customer's; the
    // scores step commits a new one, which is a new state) and which customers have any complaint or return (about 0.4 s at SF10)
    (TimelineNames Names, ScoreFit? Fit, CustomerEventKinds Kinds) Shared(string state, DuckDBConnection connection, CancellationToken ct) => (
        cache.GetOrAdd(state, "names", () => TimelineNames.Read(connection, ct)),
        cache.GetOrAdd(state, "fit", () => ModelFiguresReader.Fit(connection, ct)),
        cache.GetOrAdd(state, "event-kinds", () => CustomerEventKinds.Read(connection, ct)));

    // the current version (null: no such customer, or none current) and every version, oldest first
    static (CustomerProfile? Current, List<CustomerVersion> Versions) ReadProfile(DuckDBConnection connection, int customerId, CancellationToken ct)
    {
        CustomerProfile? current = null;
        var keyed = new List<(long Key, CustomerVersion Version)>();
        using var command = connection.CreateCommand(ProfileSql, ("id", customerId));
        using var stop = command.StopWhen(ct);
        using var r = command.ExecuteReader();
        var row = new ReaderRow(r);
        while (r.Read())
        {
            keyed.Add(TimelineRows.Version(row));
            if (TimelineRows.IsCurrent(row)) current = TimelineRows.Customer(row);
        }
        return (current, InOrder(keyed));
    }

    // the versions oldest first: valid_from, then customer_key (profile.sql and the document leave the order to this method)
    static List<CustomerVersion> InOrder(IEnumerable<(long Key, CustomerVersion Version)> keyed) =>
        keyed.OrderBy(v => v.Version.ValidFrom).ThenBy(v => v.Key).Select(v => v.Version).ToList();

    // the customer with their current RFM scores (none: no completed order)
    static CustomerProfile WithScores(DuckDBConnection connection, CustomerProfile current, CancellationToken ct)
    {
        using var command = connection.CreateCommand(RfmSql, ("id", current.CustomerId));
        using var stop = command.StopWhen(ct);
        using var r = command.ExecuteReader();
        return r.Read()
            ? current with
            {
                Scores = new CustomerScores(r.GetDateTime(0), r.GetFieldValue<DateOnly>(1), r.GetInt64(2), r.GetDecimal(3), r.GetInt32(4),
                    r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetString(8), r.GetString(9), r.GetFieldValue<DateOnly>(10)),
            }
            : current;
    }
}
