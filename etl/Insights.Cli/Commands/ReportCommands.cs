using System.CommandLine;

namespace Insights.Cli.Commands;

/// <summary>`report &lt;name&gt; [filters] --format csv|json`: every report page's numbers, through the page's own query class.</summary>
static class ReportCommands
{
    static readonly CommandTree.Entry[] Reports =
    [
        new("intervals", _ => IntervalsReportCommand.Create()),
        new("loyalty", _ => LoyaltyReportCommand.Create()),
        new("cross-sell", _ => CrossSellReportCommand.Create()),
        new("service", _ => ServiceReportCommand.Create()),
        new("customer", _ => CustomerReportCommand.Profile()),
        new("customers", _ => CustomerReportCommand.Search()),
    ];

    /// <summary>The `report` command with the reports needed to parse <paramref name="rest"/> (the arguments after `report`).</summary>
    public static Command Create(string[] rest)
    {
        var report = new Command("report", "Print a report's numbers as csv or json (same filters and numbers as its page)");
        foreach (var command in CommandTree.Build(Reports, rest)) report.Subcommands.Add(command);
        return report;
    }
}
