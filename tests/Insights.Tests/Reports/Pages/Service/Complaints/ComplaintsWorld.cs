using Insights.Reports.Pages.Service.Complaints;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>
/// TestData/service/complaints/world.sql in a fresh warehouse, and the complaints query over it with the clock at
/// <see cref="Now"/> (README.md there works out every number).
/// </summary>
public sealed class ComplaintsWorld : IDisposable
{
    /// <summary>The moment the world's open complaints are aged against.</summary>
    public static readonly DateTimeOffset Now = new(2024, 7, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The world's warehouse.</summary>
    public ServiceWorld World { get; } = new("complaints");

    /// <summary>The view for <paramref name="filter"/> (every filter value default when null), as at <see cref="Now"/>.</summary>
    public ComplaintsResult Run(ComplaintsFilter? filter = null) =>
        ActivatorUtilities.CreateInstance<ComplaintsQuery>(World.Host.Services, new SettableClock(Now)).Run(filter ?? new ComplaintsFilter());

    public void Dispose() => World.Dispose();
}
