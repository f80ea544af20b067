using System.CommandLine;
using Insights.Cli.Input;
using Insights.Reports.Pages.Service;

namespace Insights.Cli.Commands;

/// <summary>
/// `report service &lt;view&gt; [filters] --format csv|json`: the service pages' numbers through their own query classes, with the
/// same filters and defaults. Each view's subcommands live in a file of their own (ServiceReportCommand.&lt;View&gt;.cs).
/// </summary>
static partial class ServiceReportCommand
{
    public static Command Create() => new("service", "Contacts, complaints (SLA, backlog), returns, complaint texts and what contacts lead to")
    {
        ComplaintsCommand(),
        SlaCommand(),
        BacklogCommand(),
        RepeatComplainersCommand(),
        Channels(),
        Attribution(),
        Returns(),
        Terms(),
        Search(),
    };

    // the options every service view shares: the period, the region, the RFM segment and a saved segment
    static void AddShared<TFilter>(FilterOptions<TFilter> options) where TFilter : ServiceFilter, new()
    {
        options.Add(DateOptions.Day("--from", "Only events on or after this day"), f => f.From);
        options.Add(DateOptions.Day("--to", "Only events on or before this day"), f => f.To);
        options.Add(new Option<string?>("--region") { Description = "Only customers in this region (as at the event)" }, f => f.Region);
        options.Add(new Option<string?>("--segment") { Description = "Only customers in this current RFM segment" }, f => f.Segment);
        options.Add(SegmentFilterOption.Create(), f => f.SegmentId);
    }
}
