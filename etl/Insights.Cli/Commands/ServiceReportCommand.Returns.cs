using System.CommandLine;
using Insights.Cli.Input;
using Insights.Reports.Pages.Service.Returns;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

static partial class ServiceReportCommand
{
    // `report service returns --by category|product|reason|month|customer`: one table of the returns view
    static Command Returns()
    {
        var options = new FilterOptions<ReturnsFilter>();
        AddShared(options);
        options.Add(new Option<int>("--top-customers") { Description = "Customers listed with --by customer" }, f => f.TopCustomers);
        var by = new Option<string>("--by") { Description = "category, product, reason, month (of sale) or customer", DefaultValueFactory = _ => "category" };
        by.AcceptOnlyFromAmong("category", "product", "reason", "month", "customer");
        var format = ReportOutput.Format();
        var command = new Command("returns", "Return rates of what was sold in the period, by category, product, reason, month or customer") { by };
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var result = host.Services.GetRequiredService<ReturnsQuery>().Run(filter);
            var parameters = new { by = parse.GetValue(by), filter.From, filter.To, filter.Region, filter.Segment, filter.TopCustomers };
            if (parse.GetValue(by) == "customer")
                ReportOutput.Print(parse.GetValue(format)!, parameters, result.Customers, ReturningCustomer.CsvHeader, c => c.CsvCells());
            else
                ReportOutput.Print(parse.GetValue(format)!, parameters, result.Table(parse.GetValue(by))!, ReturnRow.CsvHeader, r => r.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }
}
