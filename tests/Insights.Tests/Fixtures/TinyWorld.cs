namespace Insights.Tests.Fixtures;

/// <summary>The hand-computed source files in TestData/tiny (see its README for the expected numbers).</summary>
public static class TinyWorld
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "tiny");

    /// <summary>Copies the tiny world's source files into <paramref name="sourcesFolder"/>.</summary>
    public static void CopyTo(string sourcesFolder)
    {
        foreach (var file in Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md")))
        {
            var target = Path.Combine(sourcesFolder, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
