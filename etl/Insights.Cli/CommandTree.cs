using System.CommandLine;
using Insights.Bench;
using Insights.Cli.Commands;

namespace Insights.Cli;

/// <summary>
/// The commands, built on demand. Building every command's options (each report's filter options read their record's defaults
/// and attributes by reflection) took about 50 ms of CPU, a fifth of a small report's whole process, while a command line
/// names one command: when the first argument is a command's name only that command is built (and, for `report`, only the
/// report the next argument names). Anything else (no argument, --help, an option first, a mistyped name) builds them all, so
/// the help and the parse errors are what they always were.
/// </summary>
static class CommandTree
{
    /// <summary>A command's name and how to build it from the arguments that follow its name.</summary>
    public sealed record Entry(string Name, Func<string[], Command> Create);

    static readonly Entry[] TopLevel =
    [
        new("demo", _ => DemoCommands.Create()),
        new("etl", _ => EtlCommands.Create()),
        new("bench", _ => BenchCommand.Create(CliHost.Bench)),
        new("quarantine", _ => QuarantineCommands.Create()),
        new("report", ReportCommands.Create),
        new("segment", _ => SegmentCommands.Create()),
        new("campaign", _ => CampaignCommands.Create()),
        new("publish", _ => PublishCommand.Create()),
        new("worker", _ => WorkerCommand.Create()),
    ];

    /// <summary>The top-level commands the root needs to parse <paramref name="args"/>.</summary>
    public static IEnumerable<Command> Build(string[] args) => Build(TopLevel, args);

    /// <summary>The commands of <paramref name="entries"/> needed to parse <paramref name="args"/>: the one named first, or all.</summary>
    public static IEnumerable<Command> Build(IReadOnlyList<Entry> entries, string[] args)
    {
        var named = args.Length > 0 ? entries.FirstOrDefault(e => e.Name == args[0]) : null;
        if (named is not null) return [Checked(named, named.Create(args[1..]))];
        return entries.Select(e => Checked(e, e.Create([]))).ToList();
    }

    // the table's name must be the command's own: a renamed command would otherwise be built only by the slow path
    static Command Checked(Entry entry, Command command) => command.Name == entry.Name ? command
        : throw new InvalidOperationException($"Command '{command.Name}' is listed as '{entry.Name}'.");
}
