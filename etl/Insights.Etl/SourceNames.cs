namespace Insights.Etl;

/// <summary>The sources the ETL knows, by the name used in etl_run, job ids and the CLI.</summary>
public static class SourceNames
{
    /// <summary>Customers, products, orders, order lines and returns from the shop system.</summary>
    public const string Operational = "operational";

    /// <summary>Contact-log exports (staff interactions and self-service events).</summary>
    public const string Contacts = "contacts";

    /// <summary>Complaint-record exports.</summary>
    public const string Complaints = "complaints";

    /// <summary>All sources, in the order a full refresh loads them.</summary>
    public static IReadOnlyList<string> All { get; } = [Operational, Contacts, Complaints];
}
