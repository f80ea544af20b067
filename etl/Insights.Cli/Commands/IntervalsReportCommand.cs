using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Insights.Cli.Input;
using Insights.Reports.Export;
using Insights.Reports.Pages.Intervals;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>
/// `report intervals`: the purchase-interval page's numbers through its own query class. --view picks the table: customers
/// (model scores, the default), parameters, validation, intervals (every customer's rhythm), overdue, categories. JSON of the
/// customers and parameters views carries the model parameters and their diagnostics as fields; CSV is one row per item.
/// </summary>
static class IntervalsReportCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var filter = new FilterOptions<IntervalsFilter>();
        filter.Add(DateOptions.Day("--calibration-end", "Purchases on or before this day fit the models (default: the last purchase day)"), f => f.CalibrationEnd);
        filter.Add(DateOptions.Day("--holdout-end", "End of the hold-out period for the validation view (default: the last purchase day)"), f => f.HoldoutEnd);
        filter.Add(new Option<string>("--unit") { Description = "days or weeks" }, f => f.Unit);
        filter.Add(new Option<double?>("--horizon") { Description = "Expected purchases over this many units ahead (default: 52 weeks or 365 days)" }, f => f.Horizon);
        filter.Add(new Option<int>("--clv-months") { Description = "CLV horizon in months" }, f => f.ClvMonths);
        filter.Add(new Option<double>("--discount-rate") { Description = "Monthly discount rate of the CLV" }, f => f.DiscountRate);
        filter.Add(new Option<double>("--margin") { Description = "Share of spend that is margin (1 = CLV in revenue)" }, f => f.Margin);
        filter.Add(new Option<double>("--overdue-factor") { Description = "Overdue when time since the last purchase ≥ factor × the median gap" }, f => f.OverdueFactor);
        filter.Add(SegmentFilterOption.Create(), f => f.SegmentId);
        filter.Add(new Option<string>("--sort") { Description = "Customer order: clv, p_alive, expected, frequency, customer" }, f => f.Sort);
        var view = new Option<string>("--view") { Description = "customers, parameters, validation, intervals, overdue, categories or category-overdue", DefaultValueFactory = _ => "customers" };
        view.AcceptOnlyFromAmong("customers", "parameters", "validation", "intervals", "overdue", "categories", "category-overdue");
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("csv", "json");

        var command = new Command("intervals", "Purchase intervals, overdue customers, BG/NBD + Gamma-Gamma models, CLV and hold-out validation")
        {
            view,
        };
        filter.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var chosen = filter.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, chosen);
            var query = host.Services.GetRequiredService<IntervalsQuery>();
            IntervalsSettings? settings;
            try
            {
                settings = query.Resolve(chosen);
            }
            catch (ArgumentException e)   // rules IntervalsSettings.From still throws; as attributes on the filter, Bind reports them first
            {
                throw new UsageException(e.Message);
            }
            if (settings is null)
            {
                Console.Error.WriteLine("The warehouse has no completed purchases yet.");
                return CliHost.Failed;
            }
            var csv = parse.GetValue(format) == "csv";
            switch (parse.GetValue(view))
            {
                case "intervals":
                    Print(csv, query.Gaps(settings), CustomerGaps.CsvHeader, g => g.CsvCells());
                    break;
                case "overdue":
                    Print(csv, IntervalsQuery.OverdueCustomers(query.Gaps(settings), settings.OverdueFactor).ToList(), CustomerGaps.CsvHeader, g => g.CsvCells());
                    break;
                case "category-overdue":
                    Print(csv, query.CategoryOverdue(settings), CategoryOverdue.CsvHeader, c => c.CsvCells());
                    break;
                case "categories":
                    Print(csv, query.Categories(settings), CategoryCycle.CsvHeader, c => c.CsvCells());
                    break;
                default:
                    PrintModel(csv, parse.GetValue(view)!, query.Model(settings), chosen.Sort);
                    break;
            }
            return CliHost.Ok;
        });
        return command;
    }

    static void PrintModel(bool csv, string view, IntervalsModelResult model, string? sort)
    {
        if (!model.Trusted)
            Console.Error.WriteLine("warning: a model fit is not trusted; its per-customer columns are empty. BG/NBD: "
                + model.BgNbd.Diagnostics.Message + " Gamma-Gamma: " + model.GammaGamma.Diagnostics.Message);
        var customers = IntervalsQuery.Sorted(model.Customers, sort).ToList();
        switch (view, csv)
        {
            case ("parameters", true):
                CsvExport.Write(Console.Out, ModelParameterRow.CsvHeader, ModelParameterRow.From(model).Select(r => r.CsvCells()));
                break;
            case ("validation", true):
                CsvExport.Write(Console.Out, ValidationBucket.CsvHeader, model.Validation.Select(v => v.CsvCells()));
                break;
            case ("validation", false):
                Console.WriteLine(JsonSerializer.Serialize(model.Validation, Json));
                break;
            case (_, true):
                CsvExport.Write(Console.Out, CustomerScore.CsvHeader, customers.Select(c => c.CsvCells()));
                break;
            default:
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    model.Settings,
                    Customers = model.Customers.Count,
                    BgNbd = new { model.BgNbd.Parameters, model.BgNbd.Diagnostics },
                    GammaGamma = new { model.GammaGamma.Parameters, model.GammaGamma.Diagnostics },
                    model.Validation,
                    Scores = view == "parameters" ? null : customers,
                }, Json));
                break;
        }
    }

    static void Print<T>(bool csv, IReadOnlyList<T> rows, IReadOnlyList<string> header, Func<T, IReadOnlyList<object?>> cells)
    {
        if (csv) CsvExport.Write(Console.Out, header, rows.Select(cells));
        else Console.WriteLine(JsonSerializer.Serialize(rows, Json));
    }
}
