using Insights.Tests.Reports.Pages.CrossSell.Offers;

namespace Insights.Tests.Cli;

/// <summary>The hand-solved <see cref="OffersWorld"/> written to a file and closed, so the CLI can open it.</summary>
public sealed class OffersWorldFile : IDisposable
{
    readonly OffersWorld _world = new();

    public OffersWorldFile()
    {
        Path = _world.Host.Folder.File("warehouse.duckdb");
        _world.Host.Dispose();
    }

    public string Path { get; }

    public void Dispose() => _world.Dispose();
}
