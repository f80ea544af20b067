using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Service.Returns;

/// <summary>The real site on a warehouse holding the returns world.</summary>
public sealed class ReturnsSite : IDisposable
{
    public ReturnsSite()
    {
        Factory = new SiteFactory();
        ServiceWorld.Fill(Factory.Services.GetRequiredService<DuckDbWarehouse>(), "returns");
    }

    public SiteFactory Factory { get; }

    public void Dispose() => Factory.Dispose();
}
