using System.CommandLine;
using Insights.Cli.Input;
using Insights.Reports.Pages.Service.Attribution;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

static partial class ServiceReportCommand
{
    // `report service attribution --days N [--lapse]`: the "What contacts lead to" page's tables
    static Command Attribution()
    {
        var options = new FilterOptions<AttributionFilter>();
        AddShared(options);
        options.Add(new Option<int>("--days") { Description = "The follow-up window N in days (1 to 365)" }, f => f.Days);
        var lapse = new Option<bool>("--lapse") { Description = $"Print the lapse table (no order in {AttributionQuery.LapseDays} days after the last contact) instead" };
        var format = ReportOutput.Format();
        var command = new Command("attribution", "Orders within N days of a contact against the same customers' control days (lift, 95% intervals); lapses")
        {
            lapse,
        };
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var result = host.Services.GetRequiredService<AttributionQuery>().Run(filter);
            var f = parse.GetValue(format)!;
            var parameters = new { result.Days, result.LapseDays, result.DataLastDay, filter.From, filter.To, filter.Region, filter.Segment };
            if (parse.GetValue(lapse))
                ReportOutput.Print(f, parameters, result.Lapses, LapseRow.CsvHeader, r => r.CsvCells());
            else
                ReportOutput.Print(f, parameters, result.Rows, AttributionRow.CsvHeader, r => r.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }
}
