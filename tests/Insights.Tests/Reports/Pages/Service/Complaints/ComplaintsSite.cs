using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>
/// The real site on a warehouse holding the complaints world (TestData/service/complaints). It runs on the real clock, long after
/// the world's 2024-07-01: every open complaint with a target is past it.
/// </summary>
public sealed class ComplaintsSite : IDisposable
{
    public ComplaintsSite()
    {
        Factory = new SiteFactory();
        ServiceWorld.Fill(Factory.Services.GetRequiredService<DuckDbWarehouse>(), "complaints");
    }

    public SiteFactory Factory { get; }

    public void Dispose() => Factory.Dispose();
}
