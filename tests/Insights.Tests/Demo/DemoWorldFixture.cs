using Insights.Demo;

namespace Insights.Tests.Demo;

/// <summary>One demo world at scale 0.03 (3,000 customers) written to files and read back, shared by the tests that inspect it.</summary>
public sealed class DemoWorldFixture : IDisposable
{
    public static readonly DemoSpec Spec = new(0.03, 11, new DateOnly(2025, 3, 31));
    readonly TempFolder _folder = new();

    public DemoWorldFixture()
    {
        using (var writer = new FileDemoWriter(_folder.Path))
            Summary = new DemoGenerator().Generate(Spec, writer);
        Files = new DemoSourceFiles(_folder.Path);
    }

    public DemoSummary Summary { get; }
    public DemoSourceFiles Files { get; }

    /// <summary>The first instant of the history (two years ending on the end date).</summary>
    public static DateTime Start => new(2023, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The last instant anything may be dated.</summary>
    public static DateTime End => new(2025, 3, 31, 23, 59, 59, DateTimeKind.Utc);

    public void Dispose() => _folder.Dispose();
}

