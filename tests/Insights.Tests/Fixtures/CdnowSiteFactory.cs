using Insights.Etl;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Fixtures;

/// <summary>
/// The real site (Program) on a temporary warehouse with CDNOW_sample.txt as a mapped file source (see
/// <see cref="CdnowSample.Mapping"/>), loaded by <see cref="LoadCdnow"/>; start-up loads and Hangfire storage as in
/// <see cref="SiteFactory"/>, whose sources folder stays empty here.
/// </summary>
public sealed class CdnowSiteFactory : SiteFactory
{
    public CdnowSiteFactory() : this(new TempFolder())
    {
    }

    CdnowSiteFactory(TempFolder folder) : base(folder, ownsFolder: true, settings: CdnowSample.Mapping(folder.File("cdnow")))
    {
        CdnowSample.CopyTo(folder.File("cdnow"));
        Directory.CreateDirectory(SourcesFolder);
    }

    /// <summary>Loads the CDNOW sample through the site's own runner.</summary>
    public void LoadCdnow() => Services.GetRequiredService<EtlRunner>().Run("cdnow", "test", CancellationToken.None);
}
