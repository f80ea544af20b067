using DuckDB.NET.Data;
using Insights.Etl;
using Insights.Tests.Fixtures;
using Insights.Warehouse;
using Insights.Warehouse.Publish;

namespace Insights.Tests.Warehouse.Publish;

/// <summary>
/// The Parquet publication of the tiny hand-computed world (TestData/tiny): read back by a separate DuckDB it gives the
/// warehouse's numbers; a publish that fails midway leaves the previous one current; only the last two are kept.
/// </summary>
public sealed class PublisherTests : IClassFixture<PublisherTests.LoadedWarehouse>, IDisposable
{
    /// <summary>The tiny world loaded once, with publishing on: the load itself publishes (RunAll: once, after the last source).</summary>
    public sealed class LoadedWarehouse : IDisposable
    {
        public LoadedWarehouse()
        {
            var folder = new TempFolder();
            Host = new WarehouseHost(folder, new Dictionary<string, string?> { ["Publish:Folder"] = folder.File("published") });
            TinyWorld.CopyTo(Host.SourcesFolder);
            Results = Host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        }

        public WarehouseHost Host { get; }

        public IReadOnlyList<EtlRunResult> Results { get; }

        public void Dispose()
        {
            Host.Dispose();
            Host.Folder.Dispose();
        }
    }

    readonly LoadedWarehouse _world;
    readonly TempFolder _root = new();

    public PublisherTests(LoadedWarehouse world) => _world = world;

    public void Dispose() => _root.Dispose();

    Publisher Publisher => _world.Host.Get<Publisher>();

    static T Scalar<T>(string sql)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");   // a separate DuckDB: nothing of the warehouse's instance
        duck.Open();
        return duck.ExecuteScalar<T>(sql);
    }

    [Fact]
    public void Publication_read_back_by_a_separate_DuckDB_gives_the_hand_computed_counts_and_totals()
    {
        var manifest = Publisher.Publish(_root.Path, CancellationToken.None);
        var current = Path.Combine(_root.Path, File.ReadAllText(Path.Combine(_root.Path, "current")).Trim());

        // the tiny world by hand: five order lines, completed net revenue 42.00 (28.00 in January, 10.00 February, 4.00 March)
        var lines = $"read_parquet('{current}/fct_order_line/*/*.parquet', hive_partitioning = true)";
        Assert.Equal(5L, Scalar<long>($"select count(*) from {lines}"));
        Assert.Equal(42.00m, Scalar<decimal>($"select sum(net_amount) from {lines} where order_status = 'completed'"));
        Assert.Equal(28.00m, Scalar<decimal>($"select sum(net_amount) from {lines} where order_status = 'completed' and month = '2024-01'"));
        Assert.Equal(42.00m, Scalar<decimal>($"select sum(net_amount) from '{current}/mart_revenue_by_month/*.parquet'"));
        Assert.Equal(4L, Scalar<long>($"select count(*) from '{current}/dim_customer/*.parquet'"));
        Assert.Equal(366L, Scalar<long>($"select count(*) from '{current}/dim_date/*.parquet'"));
        Assert.True(Directory.Exists(Path.Combine(current, "fct_order_line", "month=2024-03")));

        // every table: the manifest's rows are the warehouse's and the files'; the money totals are the warehouse's
        Assert.Equal(_world.Results[^1].RunId, manifest.RunId);
        foreach (var table in manifest.Tables)
        {
            Assert.Equal(_world.Host.Scalar<long>($"select count(*) from {table.Name}"), table.Rows);
            Assert.Equal(table.Rows, Scalar<long>($"select count(*) from read_parquet('{current}/{table.FilesGlob}')"));
            foreach (var (column, total) in table.Totals)
                Assert.Equal(_world.Host.Scalar<decimal?>($"select sum({column})::decimal(38, 2) from {table.Name}"), total);
        }
        Assert.Equal(42.00m + 0.00m, manifest.Table("mart_revenue_by_month")!.Totals["net_amount"]);
        Assert.Equal(["fct_complaint", "fct_contact", "fct_order_line", "fct_return"],
            manifest.Tables.Where(t => t.Kind == "fact").Select(t => t.Name));
        Assert.All(manifest.Tables.Where(t => t.Kind == "fact"), t => Assert.Equal("month", t.PartitionedBy));
        Assert.Contains(manifest.Tables, t => t.Name == "etl_run" && t.Kind == "state");
    }

    [Fact]
    public void A_publish_that_fails_midway_leaves_the_previous_publication_current()
    {
        var first = Publisher.Publish(_root.Path, CancellationToken.None);
        var exported = 0;

        var failure = Assert.Throws<IOException>(() => Publisher.Publish(_root.Path, CancellationToken.None, table =>
        {
            if (++exported == 3) throw new IOException("disk full (simulated)");
        }));

        Assert.Equal("disk full (simulated)", failure.Message);
        Assert.Equal(first.Name, PublicationFolder.CurrentName(_root.Path));
        Assert.Equal([first.Name], Directory.GetDirectories(_root.Path).Select(Path.GetFileName));   // nothing half-written left
        Assert.Equal(first.RunId, PublicationFolder.Current(_root.Path)!.Value.Manifest.RunId);
    }

    [Fact]
    public void Publications_beyond_the_last_two_are_removed_with_unfinished_ones_and_the_current_is_kept()
    {
        string[] names = ["20260101T000000000Z-run1", "20260102T000000000Z-run2", "20260103T000000000Z-run3", "20260104T000000000Z-run4"];
        foreach (var name in names.Append(PublicationFolder.WritingPrefix + "20260105T000000000Z-run5"))
            Directory.CreateDirectory(Path.Combine(_root.Path, name));
        PublicationFolder.MakeCurrent(_root.Path, names[0]);   // a pointer left on an old one (a newer publish died before its switch)

        var removed = PublicationFolder.Prune(_root.Path, keep: 2);

        Assert.Equal(["20260102T000000000Z-run2", PublicationFolder.WritingPrefix + "20260105T000000000Z-run5"], removed);
        Assert.Equal([names[0], names[2], names[3]], Directory.GetDirectories(_root.Path).Select(Path.GetFileName).Order());
        Assert.Equal(names[0], PublicationFolder.CurrentName(_root.Path));
    }

    [Fact]
    public void The_load_itself_published_once_after_the_last_source()
    {
        var root = _world.Host.Folder.File("published");
        Assert.Equal(_world.Results[^1].RunId, PublicationFolder.Current(root)!.Value.Manifest.RunId);
        Assert.Single(Directory.GetDirectories(root));
    }
}
