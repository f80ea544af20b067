using Insights.Etl;
using Insights.Demo;

namespace Insights.Tests.Demo;

/// <summary>
/// Generates a small demo world, loads it from files and from a real PostgreSQL, and checks the warehouse against the totals
/// the generator counted while writing (an independent tally, not a re-query of the warehouse). The two loaded worlds are
/// made once for the class (<see cref="LoadedWorlds"/>); the tests only read them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoEndToEndTests(DemoEndToEndTests.LoadedWorlds worlds) : IClassFixture<DemoEndToEndTests.LoadedWorlds>
{
    const double Scale = 0.01;
    const int Seed = 7;
    static readonly DateOnly EndDate = new(2026, 6, 30);

    /// <summary>The demo world generated and loaded twice: from files, and with its operational source in PostgreSQL.</summary>
    public sealed class LoadedWorlds : IDisposable
    {
        readonly TempFolder _filesFolder = new();
        readonly TempFolder _postgresFolder = new();
        readonly TestDatabase _database = new PostgresFixture().CreateDatabase();

        public LoadedWorlds()
        {
            FromFiles = new WarehouseHost(_filesFolder);
            FilesSummary = FromFiles.Get<DemoSourcePreparer>().Generate(Scale, Seed, EndDate, toPostgres: false);
            FilesResults = FromFiles.Get<EtlRunner>().RunAll("test", CancellationToken.None);

            FromPostgres = new WarehouseHost(_postgresFolder, new Dictionary<string, string?>
            {
                ["Etl:Operational:Kind"] = "Postgres",
                ["Etl:Operational:ConnectionString"] = _database.ConnectionString,
            });
            PostgresSummary = FromPostgres.Get<DemoSourcePreparer>().Generate(Scale, Seed, EndDate, toPostgres: true);
            // looked at before the load, as the test asks: the operational source is the database, not files
            PostgresWroteCustomerFile = File.Exists(Path.Combine(FromPostgres.SourcesFolder, "operational", "customers.csv"));
            PostgresResults = FromPostgres.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        }

        public WarehouseHost FromFiles { get; }
        public DemoSummary FilesSummary { get; }
        public IReadOnlyList<EtlRunResult> FilesResults { get; }
        public WarehouseHost FromPostgres { get; }
        public DemoSummary PostgresSummary { get; }
        public bool PostgresWroteCustomerFile { get; }
        public IReadOnlyList<EtlRunResult> PostgresResults { get; }

        public void Dispose()
        {
            FromFiles.Dispose();
            FromPostgres.Dispose();
            _database.Dispose();
            _filesFolder.Dispose();
            _postgresFolder.Dispose();
        }
    }

    [Fact]
    public void Demo_world_loads_from_files_with_every_row_accounted_for()
    {
        Assert.All(worlds.FilesResults, r => Assert.Equal("succeeded", r.Status));
        AssertWarehouseMatches(worlds.FromFiles, worlds.FilesSummary);
    }

    [Fact]
    public void Demo_world_loads_from_postgres_with_every_row_accounted_for()
    {
        Assert.False(worlds.PostgresWroteCustomerFile);

        Assert.All(worlds.PostgresResults, r => Assert.Equal("succeeded", r.Status));
        AssertWarehouseMatches(worlds.FromPostgres, worlds.PostgresSummary);
    }

    [Fact]
    public void Files_and_postgres_give_the_same_warehouse()
    {
        var (fromFiles, fromPostgres) = (worlds.FromFiles, worlds.FromPostgres);

        const string fingerprint =
            "select count(*), sum(net_amount), sum(quantity), min(ordered_at), max(ordered_at), " +
            "sum(hash(order_id, line_number, customer_key, product_key, channel_key, order_status, net_amount)) from fct_order_line";
        Assert.Equal(fromFiles.Rows(fingerprint).Single(), fromPostgres.Rows(fingerprint).Single());
        const string customers = "select count(*), sum(hash(customer_id, full_name, preferred_name, region, signup_channel, signed_up_at)) from dim_customer";
        Assert.Equal(fromFiles.Rows(customers).Single(), fromPostgres.Rows(customers).Single());
    }

    static void AssertWarehouseMatches(WarehouseHost host, DemoSummary summary)
    {
        Assert.Equal(summary.Customers, host.Scalar<long>("select count(*) from dim_customer where is_current and not is_inferred"));
        Assert.Equal(0L, host.Scalar<long>("select count(*) from dim_customer where is_inferred"));
        Assert.Equal(summary.Products, host.Scalar<long>("select count(*) from dim_product"));
        Assert.Equal(summary.Orders, host.Scalar<long>("select count(distinct order_id) from fct_order_line"));
        Assert.Equal(summary.OrderLines, host.Scalar<long>("select count(*) from fct_order_line"));
        Assert.Equal(summary.Returns, host.Scalar<long>("select count(*) from fct_return"));
        Assert.Equal(summary.Contacts, host.Scalar<long>("select count(*) from fct_contact"));
        Assert.Equal(summary.Complaints, host.Scalar<long>("select count(*) from fct_complaint"));
        Assert.Equal(summary.CompletedNetRevenue,
            host.Scalar<decimal>("select sum(net_amount) from fct_order_line where order_status = 'completed'"));
        var byMonth = host.Rows("select month_start, net_amount from mart_revenue_by_month order by month_start")
            .ToDictionary(r => (DateOnly)r[0]!, r => (decimal)r[1]!);
        Assert.Equal(summary.RevenueByMonth.OrderBy(kv => kv.Key), byMonth.OrderBy(kv => kv.Key));
        Assert.Equal(0L, host.Scalar<long>("select count(*) from quarantine_row"));
        Assert.Equal(0L, host.Scalar<long>("select count(*) from etl_check_result where failing_rows > 0"));
        Assert.Equal(0L, host.Scalar<long>("select count(*) from fct_order_line where ordered_at > timestamp '2026-06-30 23:59:59'"));
    }
}
