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
            var result = host.Services.GetRequiredService<ReturnsQuery>().Run(filter);
            var parameters = new { by = parse.GetValue(by), filter.From, filter.To, filter.Region, filter.Segment, filter.TopCustomers };
            if (parse.GetValue(by) == "customer")
                PrintRows(parse.GetValue(format)!, parameters, result.Customers, ReturningCustomer.CsvHeader, c => c.CsvCells());
            else
                PrintRows(parse.GetValue(format)!, parameters, result.Table(parse.GetValue(by))!, ReturnRow.CsvHeader, r => r.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    // rows as snake_case objects in JSON (the CSV's column names), so both formats name the columns alike
    static void PrintRows<T>(string format, object parameters, IReadOnlyList<T> rows, IReadOnlyList<string> header,
        Func<T, IReadOnlyList<object?>> cells)
    {
        var named = rows.Select(row => header.Zip(cells(row)).ToDictionary(p => p.First, p => p.Second)).ToList();
        ReportOutput.Print(format, parameters, named, header, row => [.. header.Select(h => row[h])]);
    }
}
