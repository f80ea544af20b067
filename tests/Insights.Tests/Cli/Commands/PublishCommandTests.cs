using Insights.Warehouse.Publish;

namespace Insights.Tests.Cli.Commands;

/// <summary>`insights publish --to DIR` as a separate process, on the tiny world loaded by `etl run`.</summary>
public sealed class PublishCommandTests : IDisposable
{
    readonly TempFolder _folder = new();

    public PublishCommandTests() => TinyWorld.CopyTo(_folder.File("sources"));

    public void Dispose() => _folder.Dispose();

    string[] Paths => ["--warehouse", _folder.File("w.duckdb"), "--sources", _folder.File("sources")];

    [Fact]
    public void Publish_writes_a_publication_of_the_loaded_warehouse_and_makes_it_current()
    {
        var run = CliProcess.Run(["etl", "run", .. Paths]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.False(Directory.Exists(_folder.File("published")));   // Publish:Folder unset: the load published nothing

        var publish = CliProcess.Run(["publish", "--to", _folder.File("published"), .. Paths]);

        Assert.True(publish.ExitCode == 0, publish.Stderr);
        var (folder, manifest) = PublicationFolder.Current(_folder.File("published"))!.Value;
        Assert.Equal(3, manifest.RunId);   // operational, contacts, complaints
        Assert.Equal(5, manifest.Table("fct_order_line")!.Rows);   // the tiny world's five order lines
        Assert.Contains($"published {manifest.Name} (run 3)", publish.Stdout);
        Assert.True(File.Exists(Path.Combine(folder, "fct_order_line", "month=2024-01", "data_0.parquet")));
    }

    [Fact]
    public void Publish_without_a_folder_is_bad_usage()
    {
        Assert.Equal(0, CliProcess.Run(["etl", "run", "--source", "operational", .. Paths]).ExitCode);

        var publish = CliProcess.Run(["publish", .. Paths]);

        Assert.Equal(2, publish.ExitCode);
        Assert.Contains("--to DIR", publish.Stderr);

        // a file where the folder should be: the rule Publish:Folder is held to, not an I/O error halfway
        File.WriteAllText(_folder.File("a-file"), "x");
        var onFile = CliProcess.Run(["publish", "--to", _folder.File("a-file"), .. Paths]);
        Assert.Equal(2, onFile.ExitCode);
        Assert.Contains("is a file, not a folder", onFile.Stderr);
    }
}
