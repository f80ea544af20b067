using System.CommandLine;
using System.Globalization;
using System.Text.Json;
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
        var asOf = new Option<string?>("--as-of") { Description = "yyyy-MM-dd: score as of the start of this day (default: the day after the latest completed order)" };
        var period = new Option<string?>("--period") { Description = "month, quarter (default) or year: the migration's earlier date" };
        var region = new Option<string?>("--region") { Description = "Only customers whose current region is this" };
        var channel = new Option<string?>("--channel") { Description = "Only orders through this channel code" };
        var category = new Option<string?>("--category") { Description = "Only order lines of this product category" };
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var segment = new Option<string?>("--segment") { Description = "customers: in this segment" };
        var r = new Option<int?>("--r") { Description = "customers: with this recency score" };
        var f = new Option<int?>("--f") { Description = "customers: with this frequency score" };
        var fromSegment = new Option<string?>("--from-segment") { Description = "customers: in this segment one period earlier ((new) = no order then)" };
        var cohort = new Option<string?>("--cohort") { Description = "customers: first purchase in this month (yyyy-MM)" };
        var monthsSince = new Option<int?>("--months-since") { Description = "customers: with --cohort, ordered this many months after" };
        var repeat = new Option<bool?>("--repeat") { Description = "customers: true = two or more orders, false = one" };
        var priceClass = new Option<string?>("--price-class") { Description = "customers: Brand loyal, Mixed, Deal seeker, Single purchase" };
        var serviceGroup = new Option<string?>("--service-group") { Description = "customers: Resolved quickly, Resolved slowly, Unresolved, No complaint, Returned, No return" };
        var retained = new Option<bool?>("--retained") { Description = "customers: with --service-group, retained (true) or lapsed (false)" };

        var command = new Command("loyalty", "RFM segments, migration, cohorts, price behaviour, service retention, target lists")
        {
            table, asOf, period, region, channel, category, format, segment, r, f, fromSegment, cohort, monthsSince, repeat, priceClass,
            serviceGroup, retained,
        };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var query = host.Services.GetRequiredService<LoyaltyQuery>();
            try
            {
                var scope = query.Resolve(new LoyaltyFilter
                {
                    AsOf = Date(parse.GetValue(asOf), "yyyy-MM-dd", "--as-of"), Period = parse.GetValue(period) ?? new LoyaltyFilter().Period,
                    Region = parse.GetValue(region), Channel = parse.GetValue(channel), Category = parse.GetValue(category),
                });
                var selection = new LoyaltySelection
                {
                    Segment = parse.GetValue(segment), R = parse.GetValue(r), F = parse.GetValue(f), FromSegment = parse.GetValue(fromSegment),
                    Cohort = Date(parse.GetValue(cohort), "yyyy-MM", "--cohort"), MonthsSince = parse.GetValue(monthsSince),
                    Repeat = parse.GetValue(repeat), PriceClass = parse.GetValue(priceClass), ServiceGroup = parse.GetValue(serviceGroup),
                    Retained = parse.GetValue(retained),
                };
                var result = LoyaltyTable.Read(query, parse.GetRequiredValue(table), scope, selection);
                if (parse.GetValue(format) == "json")
                    Console.WriteLine(JsonSerializer.Serialize(result.Rows.Select(row =>
                        result.Header.Zip(row).ToDictionary(p => p.First, p => p.Second)), Json));
                else
                    CsvExport.Write(Console.Out, result.Header, result.Rows);
                return CliHost.Ok;
            }
            catch (LoyaltyFilterException e)
            {
                Console.Error.WriteLine(e.Message);
                return CliHost.BadUsage;
            }
        });
        return command;
    }

    static DateOnly? Date(string? value, string format, string option) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new LoyaltyFilterException($"{option} must be a date as {format}, not \"{value}\".");
}
