namespace Insights.Tests.Reports.Pages.Service.Channels;

/// <summary>The channels world (TestData/service/channels), shared by the Channels and attribution query tests of a class.</summary>
public sealed class ChannelsWorld : IDisposable
{
    readonly ServiceWorld _world = new("channels");

    /// <summary>The warehouse and the report services over it.</summary>
    public WarehouseHost Host => _world.Host;

    public void Dispose() => _world.Dispose();
}
