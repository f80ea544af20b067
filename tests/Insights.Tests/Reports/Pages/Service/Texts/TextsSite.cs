using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>The real site on a warehouse holding the texts world with its term index.</summary>
public sealed class TextsSite : IDisposable
{
    public TextsSite()
    {
        Factory = new SiteFactory();
        TextsWorld.Fill(Factory.Services.GetRequiredService<DuckDbWarehouse>());
    }

    public SiteFactory Factory { get; }

    public void Dispose() => Factory.Dispose();
}
