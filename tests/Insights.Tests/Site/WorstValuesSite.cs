using Insights.Demo;

namespace Insights.Tests.Site;

/// <summary>
/// The real site on a small demo world (scale 0.005: 500 customers, ~3,000 orders, complaints, contacts), loaded once: big enough
/// that a minimum count of 1 basket makes FP-growth explode as it did at scale (every subset of every basket frequent), small
/// enough that each accepted view computes in a fraction of a second.
/// </summary>
public sealed class WorstValuesSite : IDisposable
{
    public WorstValuesSite()
    {
        Factory = new DemoSiteFactory();
        Factory.LoadTinyWorld();   // loads every source in the sources folder: here the demo world's
    }

    public SiteFactory Factory { get; }

    public void Dispose() => Factory.Dispose();

    sealed class DemoSiteFactory : SiteFactory
    {
        public DemoSiteFactory() : base(new TempFolder(), ownsFolder: true)
        {
            using var writer = new FileDemoWriter(SourcesFolder);
            new DemoGenerator().Generate(new DemoSpec(0.005, 16, new DateOnly(2025, 3, 31)), writer);
        }
    }
}
