using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.Service.Channels;

/// <summary>Filter of the Channels view: the shared period, region and segment, and one contact channel.</summary>
public sealed record ChannelsFilter : ServiceFilter
{
    /// <summary>Only contacts through this channel (its code, e.g. phone); empty: every channel. Self-service adoption ignores it.</summary>
    [StringLength(64, ErrorMessage = "A channel code has at most 64 characters.")]
    public string? Channel { get; set; }

    /// <summary>The filter as the Channels .sql files' $parameters.</summary>
    public (string Name, object? Value)[] Parameters() =>
        [.. SharedParameters(), ("channel", string.IsNullOrWhiteSpace(Channel) ? null : Channel.Trim())];
}
