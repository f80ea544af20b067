using Insights.Reports.Filters;

namespace Insights.Reports.Pages.Service;

/// <summary>
/// What every service view can be limited to: the period (days of the event: contact, complaint opened, return), the customer's
/// region (the customer version in force at the event) and current RFM segment. Each view adds its own fields.
/// </summary>
public abstract record ServiceFilter : PeriodFilter
{
    /// <summary>Only events of customers in this region (as at the event); empty: every region.</summary>
    public string? Region { get; set; }

    /// <summary>Only events of customers whose current RFM segment (mart_customer_rfm) is this one; empty: every segment.</summary>
    public string? Segment { get; set; }

    /// <summary>The shared filter as $parameters (null for "any"), for the views' .sql files.</summary>
    public IEnumerable<(string Name, object? Value)> SharedParameters() =>
    [
        ("from", From?.ToDateTime(TimeOnly.MinValue)), ("to", To?.ToDateTime(TimeOnly.MinValue)),
        ("region", Blank(Region)), ("segment", Blank(Segment)),
    ];

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
