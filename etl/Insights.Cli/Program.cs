using System.CommandLine;
using Insights.Bench;
using Insights.Cli;
using Insights.Cli.Commands;

CliTiming.Mark("main");
var root = new RootCommand(
    "Insights command line: generate demo sources, run the ETL, show warehouse status. Reports print as csv or json.");
root.Options.Add(CliHost.WarehouseOption);
root.Options.Add(CliHost.SourcesOption);
root.Options.Add(CliHost.SettingsOption);
foreach (var command in CommandTree.Build(args)) root.Subcommands.Add(command);
CliTiming.Mark("commands built");
var exit = CliHost.InvokeWithBufferedOutput(root, args);
CliTiming.Mark("done");
return exit;
