using System.CommandLine;
using Insights.Cli.Input;
using Insights.Reports.Pages.Service.Complaints;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

// `report service complaints --by ...`, `sla`, `backlog`, `repeat-complainers`: the complaints page's tables through its query
static partial class ServiceReportCommand
{
    static Command ComplaintsCommand() => ComplaintsTable("complaints",
        "Complaints, rate per 1,000 completed orders, resolution, SLA breaches, first response and reopens by a breakdown",
        withBy: true, (by, r) => (ComplaintGroupRow.CsvHeader(by), [.. r.Groups.Select(g => g.CsvCells())]));

    static Command SlaCommand() => ComplaintsTable("sla", "Per severity: the SLA target (Service:Sla), resolved late, open past it now, breaches and their share",
        withBy: false, (_, r) => (SlaRow.CsvHeader, [.. r.Sla.Select(s => s.CsvCells())]));

    static Command BacklogCommand() => ComplaintsTable("backlog", "Every open complaint: age, target, breaching ones first, the customer",
        withBy: false, (_, r) => (BacklogRow.CsvHeader, [.. r.Backlog.Select(b => b.CsvCells())]));

    static Command RepeatComplainersCommand() => ComplaintsTable("repeat-complainers",
        "Customers with two complaints opened at most 90 days apart", withBy: false,
        (_, r) => (RepeatComplainerRow.CsvHeader, [.. r.RepeatComplainers.Select(c => c.CsvCells())]));

    // one table of the complaints view
    static Command ComplaintsTable(string name, string description, bool withBy,
        Func<string, ComplaintsResult, (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)> table)
    {
        var options = new FilterOptions<ComplaintsFilter>();
        if (withBy) options.Add(new Option<string>("--by") { Description = "What to group by" }, f => f.By);
        options.Add(new Option<string?>("--category") { Description = "Only complaints of this category" }, f => f.Category);
        options.Add(new Option<string?>("--severity") { Description = "Only complaints of this severity" }, f => f.Severity);
        AddShared(options);
        var format = ReportOutput.Format();
        var command = new Command(name, description);
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var result = host.Services.GetRequiredService<ComplaintsQuery>().Run(filter);
            var (header, rows) = table(filter.By, result);
            ReportOutput.Print(parse.GetValue(format)!, new
            {
                by = withBy ? filter.By : null, filter.From, filter.To, filter.Region, filter.Segment, filter.Category, filter.Severity,
                now = result.Now,
            }, rows, header, row => row);
            return CliHost.Ok;
        });
        return command;
    }
}
