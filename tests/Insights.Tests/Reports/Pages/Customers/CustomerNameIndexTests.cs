using Insights.Reports.Filters;
using Insights.Reports.Pages.Customers;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>
/// The in-memory search index (CustomerNameIndex) against the SQL search it stands in for: the same customers in the same
/// order, field by field, on the five-customer world (TestData/customers/README.md, "Search"), the many-words world
/// (many_words.sql: capped ranking, 60 customers of one name) and 60 clones; and when it is used and when not.
/// </summary>
public sealed class CustomerNameIndexTests
{
    static CustomerSearchResult Search(WarehouseHost host, string text, PersonalDataView view = PersonalDataView.Full) =>
        host.Get<CustomerSearchQuery>().Run(new CustomerSearchFilter { Q = text }, view, CancellationToken.None);

    static CustomerNameIndex Build(WarehouseHost host) => host.Get<CustomerSearchIndex>().Build(CancellationToken.None);

    // the same texts searched on two copies of a world, one with SQL (no index read), one in memory: equal results
    static void AssertSameBothWays(WarehouseHost sql, WarehouseHost memory, IEnumerable<string> texts)
    {
        Build(memory);
        foreach (var text in texts)
            foreach (var view in new[] { PersonalDataView.Full, PersonalDataView.Masked })
            {
                var expected = Search(sql, text, view);
                var actual = Search(memory, text, view);
                Assert.True(expected.Matches.SequenceEqual(actual.Matches),
                    $"'{text}' ({view}): SQL found [{Ids(expected)}], the index [{Ids(actual)}]");
                Assert.Equal(expected.HasMore, actual.HasMore);
            }
    }

    static string Ids(CustomerSearchResult result) => string.Join(", ", result.Matches.Select(m => m.CustomerId));

    [Fact]
    public void The_index_finds_what_the_sql_finds_in_the_five_customer_world()
    {
        string[] texts = ["bjorn", "ÅNGSTRÖM", "  Björn Ång  ", "ang BJO", "orn", "annie.smith@EXAMPLE.org", "example.org", "example",
            "ex", "3", "4", "bjorn.old", "zzz", "Unknown customer", "customer unknown", "zoe", "<script>alert(1)</script>", "script",
            "ma bj", "bj ma", "marta bjornsdottir", "#3", "#", "ann smi", "example.com bjorn"];
        using var sql = new CustomerWorld();
        using var memory = new CustomerWorld();
        AssertSameBothWays(sql.Host, memory.Host, texts);
    }

    [Fact]
    public void The_index_holds_the_hand_solved_answers()
    {
        using var world = new CustomerWorld();
        var index = Build(world.Host);

        Assert.Equal(5, index.Count);
        Assert.Equal([1, 5], index.Find(["bjorn"], null, 50, CancellationToken.None).Select(m => m.CustomerId));   // whole word first
        Assert.Equal([1], index.Find(["bjo", "ang"], null, 50, CancellationToken.None).Select(m => m.CustomerId));
        Assert.Empty(index.Find(["orn"], null, 50, CancellationToken.None));                                        // not a word start
        Assert.Equal([3], index.Find(["3"], 3, 50, CancellationToken.None).Select(m => m.CustomerId));
        // masked: preferred-name words only (Marta Bjornsdottir's surname, Björn's surname and e-mail do not count)
        Assert.Equal([1], index.Find(["bjorn"], null, 50, CancellationToken.None, masked: true).Select(m => m.CustomerId));
        Assert.Empty(index.Find(["angstrom"], null, 50, CancellationToken.None, masked: true));
        Assert.Empty(index.Find(["bjorn@example.com"], null, 50, CancellationToken.None, masked: true));
        Assert.Equal([3], index.Find(["3"], 3, 50, CancellationToken.None, masked: true).Select(m => m.CustomerId));
        Assert.Equal(new CustomerMatch(1, "Björn", "Björn Ångström", "bjorn@example.com", "South", false, "Champions", new DateOnly(2024, 4, 10)),
            index.Find(["angstrom"], null, 50, CancellationToken.None).Single());
        var unknown = index.Find(["unknown"], null, 50, CancellationToken.None).Single();
        Assert.True(unknown.IsInferred);
        Assert.Null(unknown.Email);
        Assert.Null(unknown.Segment);
        Assert.Null(unknown.LastOrderedOn);
    }

    [Fact]
    public void The_index_ranks_many_matching_words_and_many_customers_as_the_sql_does()
    {
        using var sql = new ManyWordsWorld();
        using var memory = new ManyWordsWorld();
        AssertSameBothWays(sql.Host, memory.Host, ["ab", "abe", "abbey", "ab1", "ab12@example.org", "example.org", "zora", "zora x", "zora zz", "zo",
            "z", "12", "abe zora"]);

        Assert.Equal(Enumerable.Range(1, 40), Search(memory.Host, "ab").Matches.Select(m => m.CustomerId));
        var zora = Search(memory.Host, "zora");
        Assert.Equal(Enumerable.Range(111, 50).Reverse(), zora.Matches.Select(m => m.CustomerId));
        Assert.True(zora.HasMore);
    }

    [Fact]
    public void A_search_after_a_commit_through_the_gate_does_not_use_the_older_index()
    {
        using var world = new CustomerWorld();
        var index = world.Host.Get<CustomerSearchIndex>();
        var cache = world.Host.Get<CustomerPageCache>();
        Build(world.Host);
        Assert.NotNull(index.At(cache.State()));

        var warehouse = world.Host.Get<DuckDbWarehouse>();
        using (var connection = warehouse.OpenWriteConnection())
        {
            using var transaction = connection.BeginTransaction();
            connection.ExecuteNonQuery("update mart_customer_search set region = 'West' where customer_id = 1");
            warehouse.Gate.Commit(transaction);
        }

        Assert.Null(index.At(cache.State()));
        Assert.Equal("West", Search(world.Host, "bjorn").Matches[0].Region);   // SQL until the warm-up reads the next index
        Assert.Equal("West", Build(world.Host).Find(["bjorn"], null, 50, CancellationToken.None)[0].Region);
    }

    [Fact]
    public void The_warm_up_reads_the_index_of_the_current_state_once()
    {
        using var world = new CustomerWorld();
        var index = world.Host.Get<CustomerSearchIndex>();
        var state = world.Host.Get<CustomerPageCache>().State();
        Assert.Null(index.At(state));   // nothing reads it but the warm-up: the searches above use SQL until then

        Assert.Equal(state, index.Key(0));
        Assert.Equal(1, index.Run(CancellationToken.None));
        var read = index.At(state);

        Assert.NotNull(read);
        Assert.Same(read, index.Build(CancellationToken.None));   // asked again at the same state: kept, not read again
    }

    [Fact]
    public void Sixty_clones_show_the_first_fifty_and_say_there_are_more()
    {
        using var sql = new CustomerWorld();
        using var memory = new CustomerWorld();
        foreach (var world in new[] { sql, memory })
            world.Host.Scalar<long>("""
                insert into mart_customer_search
                select word, 1000 + i, 'Clone ' || i, 'Clone', null, 'North', false, ' clone ' || i || ' clone ', ' clone '
                from range(60) as t(i), (values ('clone'), (i::varchar), ('#' || (1000 + i))) as words(word)
                """);
        AssertSameBothWays(sql.Host, memory.Host, ["clone", "clone 5", "clone 1", "5", "1005", "cl"]);
        Assert.Equal(CustomerSearchQuery.Limit, Search(memory.Host, "clone").Matches.Count);
    }

    // TestData/customers/many_words.sql in a warehouse of its own
    sealed class ManyWordsWorld : IDisposable
    {
        readonly TempFolder _folder = new();

        public ManyWordsWorld()
        {
            Host = new WarehouseHost(_folder);
            using var connection = Host.Get<DuckDbWarehouse>().OpenConnection();
            connection.ExecuteNonQuery(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "customers", "many_words.sql")));
            Host.Get<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_customer_search"]);
        }

        public WarehouseHost Host { get; }

        public void Dispose()
        {
            Host.Dispose();
            _folder.Dispose();
        }
    }
}
