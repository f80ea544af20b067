namespace Insights.Tests.Fixtures;

/// <summary>The checked-out repository the tests were built from (the folder holding Insights.sln), for tests that read source files.</summary>
public static class RepositoryFolder
{
    /// <summary>Full path of the repository's root folder.</summary>
    public static string Root { get; } = Find();

    /// <summary>Full path of <paramref name="parts"/> under the root, e.g. ("warehouse", "Insights.Warehouse", "Migrations").</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Insights.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Insights.sln not found above " + AppContext.BaseDirectory);
    }
}
