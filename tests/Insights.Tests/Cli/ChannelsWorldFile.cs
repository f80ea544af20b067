namespace Insights.Tests.Cli;

/// <summary>A warehouse file holding the channels world (TestData/service/channels), closed so the CLI can open it.</summary>
public sealed class ChannelsWorldFile : IDisposable
{
    readonly ServiceWorld _world = new("channels");

    public ChannelsWorldFile()
    {
        Path = _world.Host.Folder.File("warehouse.duckdb");
        _world.Host.Dispose();
    }

    public string Path { get; }

    public void Dispose() => _world.Dispose();
}
