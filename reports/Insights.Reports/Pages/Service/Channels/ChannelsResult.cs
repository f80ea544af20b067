namespace Insights.Reports.Pages.Service.Channels;

/// <summary>Contacts of one channel in one month (the stacked chart's cells).</summary>
public sealed record MonthChannelRow(DateOnly Month, string Channel, string ChannelName, long Contacts)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["month", "channel", "channel_name", "contacts"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [Day(Month), Channel, ChannelName, Contacts];

    /// <summary>A month as CSV writes it: yyyy-MM-dd (CsvHelper would write a DateOnly in the invariant culture's MM/dd/yyyy).</summary>
    internal static string Day(DateOnly month) => month.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// One contact channel: contacts, distinct customers, their share of all contacts, inbound and outbound, and the mean duration of
/// the contacts whose duration the source gives (null: none of them has one; portal contacts have no duration).
/// </summary>
public sealed record ChannelRow(string Channel, string ChannelName, string CrmFace, long Contacts, long Customers, double Share,
    long Inbound, long Outbound, long WithDuration, double? MeanDurationSeconds)
{
    /// <summary>Contacts without a duration in the source (left out of the mean).</summary>
    public long WithoutDuration => Contacts - WithDuration;

    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["channel", "channel_name", "crm_face", "contacts", "customers", "share", "inbound", "outbound", "with_duration", "without_duration",
         "mean_duration_seconds"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Channel, ChannelName, CrmFace, Contacts, Customers, Share, Inbound, Outbound, WithDuration, WithoutDuration, MeanDurationSeconds];
}

/// <summary>Contacts of one group (a CRM face or a direction), with distinct customers and the share of all contacts.</summary>
public sealed record ContactGroupRow(string Group, long Contacts, long Customers, double Share)
{
    /// <summary>CSV column names, the first naming the grouping (crm_face, direction).</summary>
    public static IReadOnlyList<string> CsvHeader(string group) => [group, "contacts", "customers", "share"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [Group, Contacts, Customers, Share];
}

/// <summary>Completed orders of one sales (order) channel in the period: the sales face shown beside the contacts.</summary>
public sealed record SalesChannelRow(string Channel, string ChannelName, long Orders, long Customers, double Share)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["order_channel", "channel_name", "orders", "customers", "share"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [Channel, ChannelName, Orders, Customers, Share];
}

/// <summary>
/// One month: contacts, active customers (a completed order in the month or the 12 months before), the contacts they made, and
/// how many of them used self-service (a collaborative, portal contact in the month).
/// </summary>
public sealed record ActiveMonthRow(DateOnly Month, long Contacts, long ActiveCustomers, long ContactsByActive, long ActiveWithSelfService)
{
    /// <summary>Contacts by active customers per active customer (null: no active customer that month).</summary>
    public double? ContactsPerActiveCustomer => ActiveCustomers == 0 ? null : (double)ContactsByActive / ActiveCustomers;

    /// <summary>Share of active customers with a portal contact in the month (null: no active customer).</summary>
    public double? SelfServiceAdoption => ActiveCustomers == 0 ? null : (double)ActiveWithSelfService / ActiveCustomers;

    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["month", "contacts", "active_customers", "contacts_by_active", "contacts_per_active_customer", "active_with_self_service",
         "self_service_adoption"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [MonthChannelRow.Day(Month), Contacts, ActiveCustomers, ContactsByActive, ContactsPerActiveCustomer, ActiveWithSelfService, SelfServiceAdoption];
}

/// <summary>Everything the Channels view shows for one filter.</summary>
public sealed record ChannelsResult(long Contacts, long Customers, IReadOnlyList<MonthChannelRow> MonthChannels, IReadOnlyList<ChannelRow> Channels,
    IReadOnlyList<ContactGroupRow> Faces, IReadOnlyList<ContactGroupRow> Directions, IReadOnlyList<SalesChannelRow> SalesChannels,
    IReadOnlyList<ActiveMonthRow> Months)
{
    /// <summary>The months of the stacked chart, in order.</summary>
    public IReadOnlyList<DateOnly> ChartMonths => MonthChannels.Select(m => m.Month).Distinct().Order().ToList();

    /// <summary>The channel with the most contacts (null: no contact).</summary>
    public ChannelRow? Busiest => Channels.OrderByDescending(c => c.Contacts).ThenBy(c => c.Channel, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The share of contacts through the collaborative (self-service) face (0 when none).</summary>
    public double SelfServiceShare => Faces.FirstOrDefault(f => f.Group == "collaborative")?.Share ?? 0;
}
