using Insights.Warehouse;

namespace Insights.Reports.Pages.Service;

/// <summary>The values the service views' filters offer, as the warehouse knows them.</summary>
/// <param name="Regions">Current customer regions, by name.</param>
/// <param name="Segments">Current RFM segments (empty until the loyalty marts are built).</param>
/// <param name="ContactChannels">Contact channels (code, display name, CRM face), in the reference order.</param>
/// <param name="ComplaintCategories">Complaint categories seen in the complaints, by name.</param>
/// <param name="Severities">Complaint severities seen in the complaints, by name.</param>
public sealed record ServiceChoices(IReadOnlyList<string> Regions, IReadOnlyList<string> Segments,
    IReadOnlyList<ContactChannel> ContactChannels, IReadOnlyList<string> ComplaintCategories, IReadOnlyList<string> Severities);

/// <summary>A contact channel: its code (the filter value), its display name and its face of CRM (operational, collaborative).</summary>
public sealed record ContactChannel(string Code, string Name, string CrmFace);

/// <summary>Reads <see cref="ServiceChoices"/> (cheap: small dimensions and distinct values).</summary>
public sealed class ServiceChoicesQuery(DuckDbWarehouse warehouse, ServiceCache cache)
{
    static readonly string Sql = SqlResource.Load<ServiceChoicesQuery>("service_choices.sql");

    /// <summary>Every filter value the warehouse knows (read once per warehouse state: at SF10 the distinct values cost 0.1–0.3 s).</summary>
    public ServiceChoices Run() => cache.Get("choices", Read);

    ServiceChoices Read()
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(Sql);
        using var reader = command.ExecuteReader();
        List<string> regions = [], segments = [], categories = [], severities = [];
        List<ContactChannel> channels = [];
        while (reader.Read())
        {
            var value = reader.GetString(1);
            switch (reader.GetString(0))
            {
                case "region": regions.Add(value); break;
                case "segment": segments.Add(value); break;
                case "channel": channels.Add(new ContactChannel(value, reader.GetString(2), reader.GetString(3))); break;
                case "complaint_category": categories.Add(value); break;
                case "severity": severities.Add(value); break;
            }
        }
        return new ServiceChoices(regions, segments, channels, categories, severities);
    }
}
