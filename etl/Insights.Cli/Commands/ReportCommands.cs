using System.CommandLine;

namespace Insights.Cli.Commands;

/// <summary>`report &lt;name&gt; [filters] --format csv|json`: every report page's numbers, through the page's own query class.</summary>
static class ReportCommands
{
    public static Command Create() => new("report", "Print a report's numbers as csv or json (same filters and numbers as its page)")
    {
        IntervalsReportCommand.Create(),
        LoyaltyReportCommand.Create(),
        CrossSellReportCommand.Create(),
        ServiceReportCommand.Create(),
        CustomerReportCommand.Profile(), CustomerReportCommand.Search(),
    };
}
