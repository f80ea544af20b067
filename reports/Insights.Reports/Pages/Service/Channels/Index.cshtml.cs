using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.Service.Channels;

/// <summary>Channels: how customers reach us (by channel, CRM face, direction and month), how long it takes, and self-service use.</summary>
public sealed class IndexModel(ChannelsQuery query, ServiceChoicesQuery choices, SegmentScopes segments)
    : ServicePageModel<ChannelsFilter>(choices, segments, "/service")
{
    /// <summary>The tables (null when the filter was refused).</summary>
    public ChannelsResult? Result { get; private set; }

    /// <inheritdoc />
    protected override async Task ReadAsync(CancellationToken ct) => Result = await query.RunAsync(Filter, ct);

    /// <summary>One table as CSV: table is channel (default), month, face, direction, orders or month-channel.</summary>
    public IActionResult OnGetCsv(string? table, CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        var result = query.Run(Filter, ct);
        return table switch
        {
            "month" => new CsvDownload(FileName("service-channels-months"), ActiveMonthRow.CsvHeader, result.Months.Select(r => r.CsvCells()), "month"),
            "face" => new CsvDownload(FileName("service-channels-faces"), ContactGroupRow.CsvHeader("crm_face"), result.Faces.Select(r => r.CsvCells()), "face"),
            "direction" => new CsvDownload(FileName("service-channels-directions"), ContactGroupRow.CsvHeader("direction"),
                result.Directions.Select(r => r.CsvCells()), "direction"),
            "orders" => new CsvDownload(FileName("service-channels-order-channels"), SalesChannelRow.CsvHeader, result.SalesChannels.Select(r => r.CsvCells()), "orders"),
            "month-channel" => new CsvDownload(FileName("service-channels-month-channel"), MonthChannelRow.CsvHeader,
                result.MonthChannels.Select(r => r.CsvCells()), "month-channel"),
            _ => new CsvDownload(FileName("service-channels"), ChannelRow.CsvHeader, result.Channels.Select(r => r.CsvCells()), "channel"),
        };
    }
}
