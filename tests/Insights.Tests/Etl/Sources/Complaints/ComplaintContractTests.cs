using Insights.Etl;
using Insights.Etl.Sources;
using Insights.Warehouse;

namespace Insights.Tests.Etl.Sources.Complaints;

/// <summary>
/// The complaint export's optional fields (first_response_at, reopened_count): a file without them loads as before with nulls
/// ("not in the source"), a file with them carries them to fct_complaint with the hours to the first response, and reruns,
/// changed files and full rebuilds treat them like every other column. Each bad value's quarantine is in the bad-input corpus.
/// </summary>
public sealed class ComplaintContractTests : IClassFixture<LoadedTinyWorld>, IDisposable
{
    // complaint 3: opened on Saturday 2024-03-02 10:00, first answered on Monday 08:30 (46.5 h), resolved Tuesday, reopened twice;
    // complaint 4: opened on Monday 2024-03-04 09:00, answered at 09:45 (0.75 h), still in progress, never reopened
    const string WithFields =
        """
        {"complaint_id":3,"customer_id":1,"order_id":100,"product_id":10,"category":"product_quality","severity":"high","opened_at":"2024-03-02 10:00:00","resolved_at":"2024-03-05 12:00:00","status":"resolved","text":"Broke again","first_response_at":"2024-03-04 08:30:00","reopened_count":2}
        {"complaint_id":4,"customer_id":2,"order_id":null,"product_id":null,"category":"delivery_delay","severity":"low","opened_at":"2024-03-04 09:00:00","resolved_at":null,"status":"in_progress","text":"Where is it?","first_response_at":"2024-03-04 09:45:00","reopened_count":0}

        """;

    const string Complaints = "select complaint_id, first_response_at, reopened_count, hours_to_first_response, hours_to_resolve " +
                              "from fct_complaint order by complaint_id";

    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;
    readonly EtlRunner _runner;

    // each test starts from a copy of the tiny world loaded once by every source (the class's fixture) (its complaints.jsonl is an export from before the optional fields)
    public ComplaintContractTests(LoadedTinyWorld world)
    {
        _host = world.CopyTo(_folder);
        _runner = _host.Get<EtlRunner>();
    }

    string Source(string relative) => Path.Combine(_host.SourcesFolder, relative);

    [Fact]
    public void A_file_without_the_fields_loads_as_before_with_nulls()
    {
        Assert.Equal(2L, _host.Scalar<long>("select count(*) from raw_complaints where first_response_at is null and reopened_count is null"));
        var rows = _host.Rows(Complaints);
        Assert.Equal([1L, null, null, null, 36.0], rows[0]);
        Assert.Equal([2L, null, null, null, null], rows[1]);
        Assert.Equal(0L, _host.Scalar<long>("select count(*) from quarantine_row"));
        Assert.Equal(0L, _host.Scalar<long>("select count(*) from etl_check_result where check_name like 'fct_complaint%' and failing_rows > 0"));
    }

    [Fact]
    public void A_file_with_the_fields_carries_them_to_fct_complaint_with_the_hours_to_the_first_response()
    {
        File.WriteAllText(Source("complaints/complaints-2024-03.jsonl"), WithFields);

        var result = _runner.Run(SourceNames.Complaints, "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(2, 2, 0), result.Counts);
        Assert.Empty(result.FailedChecks);
        var rows = _host.Rows(Complaints);
        Assert.Equal([3L, new DateTime(2024, 3, 4, 8, 30, 0), 2, 46.5, 74.0], rows[2]);    // 03-02 10:00 -> 03-05 12:00 = 74 h
        Assert.Equal([4L, new DateTime(2024, 3, 4, 9, 45, 0), 0, 0.75, null], rows[3]);
        Assert.Equal([null, null], _host.Rows("select first_response_at, reopened_count from fct_complaint where complaint_id = 1").Single());
    }

    [Fact]
    public void Rerun_and_the_same_file_under_another_name_add_nothing()
    {
        File.WriteAllText(Source("complaints/complaints-2024-03.jsonl"), WithFields);
        _runner.Run(SourceNames.Complaints, "test", CancellationToken.None);
        var before = _host.Rows(Complaints);

        var rerun = _runner.Run(SourceNames.Complaints, "test", CancellationToken.None);
        File.Copy(Source("complaints/complaints-2024-03.jsonl"), Source("complaints/complaints-2024-03-copy.jsonl"));
        var copy = _runner.Run(SourceNames.Complaints, "test", CancellationToken.None);

        Assert.Equal(LoadCounts.None, rerun.Counts);
        Assert.Equal(new LoadCounts(Read: 2, Loaded: 0, Rejected: 0, Skipped: 2), copy.Counts);
        Assert.Equal(4L, _host.Scalar<long>("select count(*) from raw_complaints"));
        Assert.Equal(before, _host.Rows(Complaints));
    }

    [Fact]
    public void A_complaint_whose_export_gains_the_fields_gets_a_new_version_and_its_fact_row_follows()
    {
        var path = Source("complaints/complaints.jsonl");
        File.WriteAllText(path, File.ReadAllText(path).Replace(
            "\"status\":\"open\",", "\"status\":\"in_progress\",\"first_response_at\":\"2024-02-22 09:15:00\",\"reopened_count\":1,",
            StringComparison.Ordinal));

        var result = _runner.Run(SourceNames.Complaints, "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(Read: 2, Loaded: 1, Rejected: 0, Skipped: 1), result.Counts);
        Assert.Equal([2L, new DateTime(2024, 2, 22, 9, 15, 0), 1, 1.25, null], _host.Rows(Complaints)[1]);   // 08:00 -> 09:15
        Assert.Equal("in_progress", _host.Scalar<string>("select status from fct_complaint where complaint_id = 2"));
        Assert.Equal(3L, _host.Scalar<long>("select count(*) from raw_complaints"));
    }

    [Fact]
    public void Full_reload_rebuilds_the_new_columns_the_same_and_appends_nothing()
    {
        File.WriteAllText(Source("complaints/complaints-2024-03.jsonl"), WithFields);
        _runner.Run(SourceNames.Complaints, "test", CancellationToken.None);
        var before = _host.Rows("select * exclude (customer_key) from fct_complaint order by complaint_id");

        var results = _runner.RunAll("test", CancellationToken.None, full: true);

        Assert.All(results, r => Assert.Equal(0, r.Counts.Loaded));
        Assert.Equal(4L, _host.Scalar<long>("select count(*) from raw_complaints"));
        Assert.Equal(before, _host.Rows("select * exclude (customer_key) from fct_complaint order by complaint_id"));
        Assert.Equal(2L, _host.Scalar<long>("select count(*) from fct_complaint where hours_to_first_response is not null"));
    }

    [Fact]
    public void A_warehouse_loaded_before_migration_0015_keeps_its_complaints_with_nulls_and_loads_the_fields_after_it()
    {
        using (var connection = _host.Get<DuckDbWarehouse>().OpenConnection())
        {
            // as 0014 left the warehouse: no optional columns anywhere
            connection.ExecuteNonQuery("""
                alter table raw_complaints drop column first_response_at;
                alter table raw_complaints drop column reopened_count;
                alter table fct_complaint drop column first_response_at;
                alter table fct_complaint drop column reopened_count;
                alter table fct_complaint drop column hours_to_first_response;
                delete from etl_schema_version where name = '0015_complaint_first_response_and_reopens.sql';
                """);
        }

        Assert.Equal(["0015_complaint_first_response_and_reopens.sql"], _host.Get<Migrator>().Migrate());

        Assert.Equal([[1L, null, null, null, 36.0], [2L, null, null, null, null]], _host.Rows(Complaints));
        File.WriteAllText(Source("complaints/complaints-2024-03.jsonl"), WithFields);
        Assert.Equal(2, _runner.Run(SourceNames.Complaints, "test", CancellationToken.None).Counts.Loaded);
        Assert.Equal(46.5, _host.Scalar<double>("select hours_to_first_response from fct_complaint where complaint_id = 3"));
        Assert.All(_runner.RunAll("test", CancellationToken.None, full: true), r => Assert.Equal("succeeded", r.Status));
        Assert.Equal(4L, _host.Scalar<long>("select count(*) from fct_complaint"));
    }

    [Theory]
    [InlineData("update fct_complaint set first_response_at = opened_at - interval 1 minute where complaint_id = 1",
        "fct_complaint__first_response_while_handled")]
    [InlineData("update fct_complaint set first_response_at = resolved_at + interval 1 minute where complaint_id = 1",
        "fct_complaint__first_response_while_handled")]
    [InlineData("update fct_complaint set reopened_count = -1 where complaint_id = 2", "fct_complaint__reopened_count_not_negative")]
    public void A_check_fails_on_a_fact_row_that_breaks_its_rule(string breakRow, string check)
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var transaction = connection.BeginTransaction();
        var runner = _host.Get<ModelRunner>();
        // the batch steps as targets of a full build: every key, so the scoped checks look at every row
        runner.Build(connection, 0, full: true, ["batch_keys", "batch_fact_keys", "batch_mart_keys"]);
        connection.ExecuteNonQuery("update fct_complaint set first_response_at = resolved_at, reopened_count = 0 where complaint_id = 1");
        Assert.Empty(runner.RunChecks(connection, 0));   // a first response at the resolution's instant is fine

        connection.ExecuteNonQuery(breakRow);

        Assert.Equal([check], runner.RunChecks(connection, 0));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
