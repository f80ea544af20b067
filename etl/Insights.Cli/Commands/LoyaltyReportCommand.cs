using System.CommandLine;
using System.Text.Json;
using Insights.Cli.Input;
using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Pages.Loyalty;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>
/// `report loyalty &lt;table&gt; [filters] [selection] --format csv|json`: the loyalty page's numbers through its own query class.
/// Tables: rfm, grid, migration, cohorts, repeat, price, service, and customers (the list behind a number, chosen by the
/// selection options, exactly as the page's drill-down links choose it).
/// </summary>
static class LoyaltyReportCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var table = new Argument<string>("table") { Description = string.Join(", ", LoyaltyTable.Names) };
        table.AcceptOnlyFromAmong([.. LoyaltyTable.Names]);
        var filter = new FilterOptions<LoyaltyFilter>();
        filter.Add(DateOptions.Day("--as-of", "Score as of the start of this day (default: the day after the latest completed order)"), f => f.AsOf);
        filter.Add(new Option<string?>("--period") { Description = "month, quarter (default) or year: the migration's earlier date" }, f => f.Period);
        filter.Add(new Option<string?>("--region") { Description = "Only customers whose current region is this" }, f => f.Region);
        filter.Add(new Option<string?>("--channel") { Description = "Only orders through this channel code" }, f => f.Channel);
        filter.Add(new Option<string?>("--category") { Description = "Only order lines of this product category" }, f => f.Category);
        filter.Add(SegmentFilterOption.Create(), f => f.SegmentId);
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var selection = new FilterOptions<LoyaltySelection>();
        selection.Add(new Option<string?>("--segment") { Description = "customers: in this segment" }, s => s.Segment);
        selection.Add(new Option<int?>("--r") { Description = "customers: with this recency score" }, s => s.R);
        selection.Add(new Option<int?>("--f") { Description = "customers: with this frequency score" }, s => s.F);
        selection.Add(new Option<string?>("--from-segment") { Description = "customers: in this segment one period earlier ((new) = no order then)" }, s => s.FromSegment);
        selection.Add(DateOptions.Month("--cohort", "customers: first purchase in this month"), s => s.Cohort);
        selection.Add(new Option<int?>("--months-since") { Description = "customers: with --cohort, ordered this many months after" }, s => s.MonthsSince);
        selection.Add(new Option<bool?>("--repeat") { Description = "customers: true = two or more orders, false = one" }, s => s.Repeat);
        selection.Add(new Option<string?>("--price-class") { Description = "customers: Brand loyal, Mixed, Deal seeker, Single purchase" }, s => s.PriceClass);
        selection.Add(new Option<string?>("--service-group") { Description = "customers: Resolved quickly, Resolved slowly, Unresolved, No complaint, Returned, No return" }, s => s.ServiceGroup);
        selection.Add(new Option<bool?>("--retained") { Description = "customers: with --service-group, retained (true) or lapsed (false)" }, s => s.Retained);

        var command = new Command("loyalty", "RFM segments, migration, cohorts, price behaviour, service retention, target lists") { table };
        filter.AddTo(command);
        command.Options.Add(format);
        selection.AddTo(command);
        command.SetAction(parse =>
        {
            var (chosen, selected) = (filter.Bind(parse), selection.Bind(parse));
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var query = host.Services.GetRequiredService<LoyaltyQuery>();
            // an unknown region, channel... throws LoyaltyFilterException, which CliHost reports as a usage error
            var scope = query.Resolve(chosen);
            // the CLI runs on the machine next to the warehouse file, whose reader sees everything anyway: the full view
            var result = LoyaltyTable.Read(query, parse.GetRequiredValue(table), scope, selected, PersonalDataView.Full);
            if (parse.GetValue(format) == "json")
                Console.WriteLine(JsonSerializer.Serialize(result.Rows.Select(row =>
                    result.Header.Zip(row).ToDictionary(p => p.First, p => p.Second)), Json));
            else
                CsvExport.Write(Console.Out, result.Header, result.Rows);
            return CliHost.Ok;
        });
        return command;
    }
}
