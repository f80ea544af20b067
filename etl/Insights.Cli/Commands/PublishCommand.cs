using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Insights.Warehouse.Publish;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>`publish --to DIR` exports the warehouse's star schema and marts as Parquet and makes it DIR's current publication.</summary>
static class PublishCommand
{
    public static Command Create()
    {
        var to = new Option<DirectoryInfo>("--to")
        {
            Description = "Publications root folder (default Publish:Folder): a new publication folder and the 'current' pointer go there",
        };
        var command = new Command("publish",
            "Publish the star schema and marts as Parquet (facts by month) with a manifest, and make it current (readers never see half)") { to };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var publisher = host.Services.GetRequiredService<Publisher>();
            var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PublishOptions>>().Value;
            var root = parse.GetValue(to)?.FullName ?? (options.Enabled ? options.FullFolder() : null);
            if (root is null)
            {
                Console.Error.WriteLine("Name the publications folder: --to DIR (or set Publish:Folder).");
                return CliHost.BadUsage;
            }
            if (PublishOptionsValidator.RootProblem("--to", root) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return CliHost.BadUsage;
            }
            var watch = Stopwatch.StartNew();
            var manifest = publisher.Publish(root, CancellationToken.None, table => Console.Error.WriteLine($"publishing {table}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"published {manifest.Name} (run {manifest.RunId}): {manifest.Tables.Count} tables, {manifest.Tables.Sum(t => t.Rows)} rows, " +
                $"{Size(Path.Combine(root, manifest.Name)) / 1048576.0:F1} MiB in {watch.Elapsed.TotalSeconds:F1} s, to {Path.Combine(root, manifest.Name)}"));
            return CliHost.Ok;
        });
        return command;
    }

    static long Size(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
