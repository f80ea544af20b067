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
        var format = FormatOption();
        var output = OutputOption();
        var command = new Command("export", "A saved segment's members with the name to greet them by, contact details and top offer") { id, format, output };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var segment = host.Services.GetRequiredService<SegmentStore>().Get(parse.GetValue(id))
                ?? throw new UsageException($"There is no segment {parse.GetValue(id)}; `segment list` lists them.");
            var export = host.Services.GetRequiredService<SegmentExport>();
            return Write(host.Services, MemberSource.SavedSegment(segment.Id), segment.Name, $"segment {segment.Id}",
                extension => export.FileName(segment, extension), parse.GetValue(format)!, parse.GetValue(output));
        });
        return command;
    }

    /// <summary>The export's --format option (csv, parquet or json).</summary>
    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "csv, parquet or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "parquet", "json");
        return format;
    }

    /// <summary>The export's --output option.</summary>
    public static Option<FileInfo?> OutputOption() =>
        new("--output") { Description = "The file to write (default: stdout for csv and json; the page's file name for parquet)" };

    /// <summary>
    /// Writes the export rows of <paramref name="source"/> in <paramref name="format"/> to <paramref name="output"/> (stdout for
    /// csv and json when null; the page's file name, <paramref name="fileName"/>, for parquet), with progress on stderr: a saved
    /// segment's members or a campaign's treatment group, the same rows as the pages'.
    /// </summary>
    public static int Write(IServiceProvider services, MemberSource source, string segmentName, string what,
        Func<string, string> fileName, string format, FileInfo? output)
    {
        var export = services.GetRequiredService<SegmentExport>();
        // nobody waits on a page for this: a large export runs under the background budget, not a request's
        using var budget = services.GetRequiredService<ComputeGate>().BackgroundBudget();
        var members = export.Estimate(source, segmentName, PersonalDataView.Full, CancellationToken.None).Members;
        void Progress(long rows)
        {
            if (members >= SegmentExport.ProgressEvery)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} of {members:N0} rows written"));
        }
        var file = output?.FullName ?? (format == "parquet" ? Path.GetFullPath(fileName("parquet")) : null);
        long written;
        if (format == "parquet")
        {
            // DuckDB writes next to the target and the file is moved into place, so a failed export leaves no half file
            var temporary = SegmentExport.TemporaryParquetPath();
            try
            {
                written = export.WriteParquet(temporary, source, segmentName, PersonalDataView.Full, CancellationToken.None, Progress);
                File.Move(temporary, file!, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        else
        {
            Console.Out.Flush();   // the rows go to the stream itself, after anything already written
            using var stream = file is null ? Console.OpenStandardOutput() : File.Create(file);
            if (format == "json") written = export.WriteJson(stream, source, segmentName, PersonalDataView.Full, CancellationToken.None, Progress);
            else
            {
                using var writer = new StreamWriter(stream, file is null ? new System.Text.UTF8Encoding(false) : CsvExport.FileEncoding, 1 << 16);
                written = export.WriteCsv(writer, source, segmentName, PersonalDataView.Full, CancellationToken.None, Progress);
            }
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written:N0} rows of {what} written{(file is null ? "" : " to " + file)}"));
        return CliHost.Ok;
    }
}
