using System.CommandLine;
using System.Globalization;
using Insights.Cli.Input;
using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Segments;
using Insights.Reports.Pages.Segments.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>
/// `segment export ID --format csv|parquet|json [--output FILE]`: a saved segment's members for a mail merge through the export
/// page's own class (<see cref="SegmentExport"/>). The CLI sees personal data whole, as every CLI report does
/// (<see cref="PersonalDataView.Full"/>: it runs next to the files). CSV and JSON go to stdout unless --output names a file;
/// Parquet always goes to a file (the default name is the page's: segment id, name slug and date). Progress goes to stderr
/// every <see cref="SegmentExport.ProgressEvery"/> rows, and the row count at the end, so stdout stays the data.
/// </summary>
static class SegmentExportCommand
{
    public static Command Create()
    {
        var id = new Argument<int>("id") { Description = "The segment's id (see `segment list`)" };
        var format = new Option<string>("--format") { Description = "csv, parquet or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "parquet", "json");
        var output = new Option<FileInfo?>("--output") { Description = "The file to write (default: stdout for csv and json; the page's file name for parquet)" };
        var command = new Command("export", "A saved segment's members with the name to greet them by, contact details and top offer") { id, format, output };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var segment = host.Services.GetRequiredService<SegmentStore>().Get(parse.GetValue(id))
                ?? throw new UsageException($"There is no segment {parse.GetValue(id)}; `segment list` lists them.");
            var export = host.Services.GetRequiredService<SegmentExport>();
            var chosen = parse.GetValue(format)!;
            var source = MemberSource.SavedSegment(segment.Id);
            // nobody waits on a page for this: a large export runs under the background budget, not a request's
            using var budget = host.Services.GetRequiredService<ComputeGate>().BackgroundBudget();
            var members = export.Estimate(source, segment.Name, PersonalDataView.Full, CancellationToken.None).Members;
            void Progress(long rows)
            {
                if (members >= SegmentExport.ProgressEvery)
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} of {members:N0} rows written"));
            }
            var file = parse.GetValue(output)?.FullName ?? (chosen == "parquet" ? Path.GetFullPath(export.FileName(segment, "parquet")) : null);
            long written;
            if (chosen == "parquet")
            {
                // DuckDB writes next to the target and the file is moved into place, so a failed export leaves no half file
                var temporary = SegmentExport.TemporaryParquetPath();
                try
                {
                    written = export.WriteParquet(temporary, source, segment.Name, PersonalDataView.Full, CancellationToken.None, Progress);
                    File.Move(temporary, file!, overwrite: true);
                }
                finally
                {
                    File.Delete(temporary);
                }
            }
            else
            {
                using var stream = file is null ? Console.OpenStandardOutput() : File.Create(file);
                if (chosen == "json") written = export.WriteJson(stream, source, segment.Name, PersonalDataView.Full, CancellationToken.None, Progress);
                else
                {
                    using var writer = new StreamWriter(stream, file is null ? new System.Text.UTF8Encoding(false) : CsvExport.FileEncoding, 1 << 16);
                    written = export.WriteCsv(writer, source, segment.Name, PersonalDataView.Full, CancellationToken.None, Progress);
                }
            }
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written:N0} rows of segment {segment.Id} written{(file is null ? "" : " to " + file)}"));
            return CliHost.Ok;
        });
        return command;
    }
}
