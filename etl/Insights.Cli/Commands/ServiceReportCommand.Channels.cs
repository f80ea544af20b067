using System.CommandLine;
using Insights.Cli.Input;
using Insights.Reports.Pages.Service.Channels;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

static partial class ServiceReportCommand
{
    // `report service channels --by channel|month|face|direction|orders|month-channel`: the Channels page's tables
    static Command Channels()
    {
        var options = new FilterOptions<ChannelsFilter>();
        AddShared(options);
        options.Add(new Option<string?>("--channel") { Description = "Only contacts through this channel code (e.g. phone)" }, f => f.Channel);
        var by = new Option<string>("--by")
        {
            Description = "channel, month (active customers, self-service adoption), face, direction, orders (order channels) or month-channel",
            DefaultValueFactory = _ => "channel",
        };
        by.AcceptOnlyFromAmong("channel", "month", "face", "direction", "orders", "month-channel");
        var format = ReportOutput.Format();
        var command = new Command("channels", "Contacts by channel, CRM face, direction and month; contacts per active customer; self-service adoption")
        {
            by,
        };
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var result = host.Services.GetRequiredService<ChannelsQuery>().Run(filter);
            var f = parse.GetValue(format)!;
            var parameters = new { by = parse.GetValue(by), filter.From, filter.To, filter.Region, filter.Segment, filter.Channel };
            switch (parse.GetValue(by))
            {
                case "month": ReportOutput.Print(f, parameters, result.Months, ActiveMonthRow.CsvHeader, r => r.CsvCells()); break;
                case "face": ReportOutput.Print(f, parameters, result.Faces, ContactGroupRow.CsvHeader("crm_face"), r => r.CsvCells()); break;
                case "direction": ReportOutput.Print(f, parameters, result.Directions, ContactGroupRow.CsvHeader("direction"), r => r.CsvCells()); break;
                case "orders": ReportOutput.Print(f, parameters, result.SalesChannels, SalesChannelRow.CsvHeader, r => r.CsvCells()); break;
                case "month-channel": ReportOutput.Print(f, parameters, result.MonthChannels, MonthChannelRow.CsvHeader, r => r.CsvCells()); break;
                default: ReportOutput.Print(f, parameters, result.Channels, ChannelRow.CsvHeader, r => r.CsvCells()); break;
            }
            return CliHost.Ok;
        });
        return command;
    }
}
