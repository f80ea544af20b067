using Insights.Etl;
using Insights.Tests.Fixtures;
using Insights.Warehouse;
using Insights.Warehouse.Publish;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Warehouse.Publish;

/// <summary>
/// A read replica over the tiny world's publications: its views give the manifest's rows and checksums, a read scope keeps the
/// publication it began with while a new one becomes current, the next scope reads the new one, and nothing can write.
/// </summary>
public sealed class PublicationReplicaTests : IClassFixture<PublicationReplicaTests.PublishedOwner>
{
    /// <summary>An owner that publishes after each load (Publish:Folder set), with the tiny world's sources in place.</summary>
    public sealed class PublishedOwner : IDisposable
    {
        public PublishedOwner()
        {
            var folder = new TempFolder();
            Root = folder.File("published");
            Host = new WarehouseHost(folder, new Dictionary<string, string?> { ["Publish:Folder"] = Root });
            TinyWorld.CopyTo(Host.SourcesFolder);
            Operational = Load(SourceNames.Operational);   // the first publication
        }

        public WarehouseHost Host { get; }

        public EtlRunResult Operational { get; }

        public string Root { get; }

        public EtlRunResult Load(string source) => Host.Get<EtlRunner>().Run(source, "test", CancellationToken.None);

        /// <summary>A replica of this owner's publications that looks at the pointer on every read.</summary>
        public DuckDbWarehouse Replica() => DuckDbWarehouse.OverPublications(new PublicationReplica(
            Options.Create(new PublishOptions { Folder = Root, ReplicaPollMilliseconds = 0 }), Options.Create(new WarehouseOptions()),
            NullLogger<PublicationReplica>.Instance));

        public void Dispose()
        {
            Host.Dispose();
            Host.Folder.Dispose();
        }
    }

    readonly PublishedOwner _owner;

    public PublicationReplicaTests(PublishedOwner owner) => _owner = owner;

    static long LatestRun(DuckDbWarehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.ExecuteScalar<long>("select max(run_id) from etl_run");
    }

    [Fact]
    public void A_replica_reads_what_was_published_and_a_scope_keeps_its_publication_while_the_next_reads_a_new_one()
    {
        var first = _owner.Operational;
        using var replica = _owner.Replica();
        Assert.Equal(first.RunId, LatestRun(replica));

        // a replica's views give every table the rows and the checksum of the manifest, types cast back included
        var manifest = PublicationFolder.Current(_owner.Root)!.Value.Manifest;
        using (var connection = replica.OpenConnection())
        {
            foreach (var table in manifest.Tables)
            {
                using var command = connection.CreateCommand(
                    "select count(*)::bigint, coalesce(sum(hash(t)), 0)::varchar from query_table($table) as t", ("table", table.Name));
                using var reader = command.ExecuteReader();
                reader.Read();
                Assert.Equal((table.Name, table.Rows, table.Checksum), (table.Name, reader.GetInt64(0), reader.GetString(1)));
            }
            // the tiny world's completed revenue by hand, through the view over the month partitions
            Assert.Equal(42.00m, connection.ExecuteScalar<decimal>("select sum(net_amount) from fct_order_line where order_status = 'completed'"));
        }

        EtlRunResult second;
        using (replica.BeginReadScope())
        {
            second = _owner.Load(SourceNames.Contacts);   // the owner publishes again: the pointer moves
            Assert.True(second.RunId > first.RunId);
            Assert.Equal(first.RunId, LatestRun(replica));   // the page that began before keeps its publication
        }

        using (replica.BeginReadScope())
            Assert.Equal(second.RunId, LatestRun(replica));   // the next one reads the new publication, without a restart
        Assert.Equal(second.RunId, replica.Replica!.Attached!.RunId);
    }

    [Fact]
    public void A_replica_refuses_to_write()
    {
        using var replica = _owner.Replica();

        var refused = Assert.Throws<ReadOnlyReplicaException>(() => replica.OpenWriteConnection());
        Assert.Contains("read-only replica", refused.Message);
    }
}
