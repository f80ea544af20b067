using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Insights.Reports.Export;
using Insights.Warehouse.Status;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>`quarantine list` shows the rows the ETL refused, with their reason; `quarantine export` writes them to a CSV file.</summary>
static class QuarantineCommands
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var (listSource, listRun, listReason) = FilterOptions();
        var limit = new Option<int>("--limit")
        {
            Description = $"Show at most this many rows (1 to {QuarantineFilter.MaxLimit})",
            DefaultValueFactory = _ => QuarantineFilter.DefaultLimit,
        };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > QuarantineFilter.MaxLimit)
                r.AddError($"--limit must be between 1 and {QuarantineFilter.MaxLimit}.");
        });
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var list = new Command("list", "Quarantined rows, newest run first, with their reason") { listSource, listRun, listReason, limit, format };
        list.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var filter = new QuarantineFilter
            {
                Source = parse.GetValue(listSource), Run = parse.GetValue(listRun), Reason = parse.GetValue(listReason),
                Limit = parse.GetValue(limit),
            };
            var query = host.Services.GetRequiredService<QuarantineQuery>();
            switch (parse.GetValue(format))
            {
                case "json":
                    Console.WriteLine(JsonSerializer.Serialize(query.List(filter), Json));
                    break;
                case "csv":
                    CsvExport.Write(Console.Out, QuarantinedRow.CsvHeader, query.List(filter).Select(r => r.CsvCells()));
                    break;
                default:
                    PrintTable(query.Run(filter));
                    break;
            }
            return CliHost.Ok;
        });

        var (exportSource, exportRun, exportReason) = FilterOptions();
        var output = new Option<FileInfo>("--out") { Description = "CSV file to write (replaced if it exists)", Required = true };
        var export = new Command("export", "Write every matching quarantined row to a CSV file") { exportSource, exportRun, exportReason, output };
        export.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var filter = new QuarantineFilter
            {
                Source = parse.GetValue(exportSource), Run = parse.GetValue(exportRun), Reason = parse.GetValue(exportReason),
            };
            var file = parse.GetValue(output)!;
            var rows = host.Services.GetRequiredService<QuarantineQuery>().Export(filter).Select(r => r.CsvCells());
            var count = CsvExport.WriteFile(file.FullName, QuarantinedRow.CsvHeader, rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} quarantined rows written to {file.FullName}"));
            return CliHost.Ok;
        });

        return new Command("quarantine", "Rows the ETL refused, with the reason") { list, export };
    }

    // One set per command: a System.CommandLine option belongs to the command it is added to.
    static (Option<string?> Source, Option<long?> Run, Option<string?> Reason) FilterOptions()
    {
        var source = new Option<string?>("--source") { Description = "Only rows of this source (operational, contacts, complaints, a mapped source)" };
        var run = new Option<long?>("--run") { Description = "Only rows of this ETL run (see `etl status`)" };
        var reason = new Option<string?>("--reason") { Description = "Only rows whose reason contains this text (case-insensitive)" };
        return (source, run, reason);
    }

    static void PrintTable(QuarantineResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{"run",6}  {"source",-11} {"row",-14} {"reason",-50} raw content");
        foreach (var row in result.Rows)
            Console.WriteLine(string.Create(inv,
                $"{row.RunId,6}  {Cell(row.Source, 11),-11} {Cell(row.RowRef, 14),-14} {Cell(row.Reason, 50),-50} {Cell(row.RawContent, 60)}"));
        Console.WriteLine(result.Total == 0
            ? "(no quarantined rows)"
            : string.Create(inv, $"({result.Rows.Count} of {result.Total} rows; `quarantine export --out FILE.csv` writes them all)"));
    }

    // Raw content is whatever arrived in a source file: control characters (escape sequences included) never reach the terminal.
    static string Cell(string? text, int width)
    {
        var cell = new StringBuilder();
        foreach (var c in text ?? "")
            cell.Append(char.IsControl(c) ? ' ' : c);
        return cell.Length <= width ? cell.ToString() : cell.ToString(0, width - 1) + "…";
    }
}
