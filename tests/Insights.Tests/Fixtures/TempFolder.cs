namespace Insights.Tests.Fixtures;

/// <summary>A temporary folder deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "insights-tests", Guid.NewGuid().ToString("N"));

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } // a still-open file on teardown must not fail a test
    }
}
