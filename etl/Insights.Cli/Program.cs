using Insights.Bench;
using Insights.Cli;
using Insights.Cli.Commands;

var root = new System.CommandLine.RootCommand(
    "Insights command line: generate demo sources, run the ETL, show warehouse status. Reports print as csv or json.");
root.Options.Add(CliHost.WarehouseOption);
root.Options.Add(CliHost.SourcesOption);
root.Options.Add(CliHost.SettingsOption);
root.Subcommands.Add(DemoCommands.Create());
root.Subcommands.Add(EtlCommands.Create());
root.Subcommands.Add(BenchCommand.Create(CliHost.Bench));
root.Subcommands.Add(QuarantineCommands.Create());
root.Subcommands.Add(ReportCommands.Create());
root.Subcommands.Add(SegmentCommands.Create());
root.Subcommands.Add(CampaignCommands.Create());
return CliHost.InvokeWithBufferedOutput(root, args);
