using System.CommandLine;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Cli.Input;

/// <summary>
/// `--segment-id ID` on the report commands: the page's GET segmentId. The id is bound with the other options and resolved once
/// the host has started (<see cref="SegmentScopes"/>, as the pages resolve it); an unknown id is a usage error with the
/// page's message.
/// </summary>
static class SegmentFilterOption
{
    /// <summary>The option (default: none, every customer).</summary>
    public static Option<int?> Create() =>
        new("--segment-id") { Description = "Only the members of this saved segment (`segment list`), as evaluated after the latest load" };

    /// <summary>Resolves <paramref name="filter"/>'s segment into it.</summary>
    /// <exception cref="UsageException">No saved segment has the id, or it was never evaluated.</exception>
    public static void Apply(IHost host, ISegmentFiltered filter)
    {
        try
        {
            filter.ApplySegment(host.Services.GetRequiredService<SegmentScopes>().Resolve(filter.SegmentId, CancellationToken.None));
        }
        catch (SegmentScopeException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
