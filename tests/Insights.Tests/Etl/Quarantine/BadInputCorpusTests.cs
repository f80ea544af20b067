using Insights.Etl;

namespace Insights.Tests.Etl.Quarantine;

/// <summary>
/// The bad-input corpus (TestData/bad-input/cases.json): every kind of bad row ends in quarantine_row with a reason a person
/// understands, where to find it and what it said, while the good rows of the same file load; odd but good input loads whole;
/// a header that breaks the export's contract fails the load and loads nothing.
/// </summary>
[RunsLong(125)]
public sealed class BadInputCorpusTests(LoadedTinyWorld world) : IClassFixture<LoadedTinyWorld>
{
    public static TheoryData<string> QuarantinedKinds => new(BadInputCorpus.Cases.Quarantined.Select(c => c.Kind));

    public static TheoryData<string> AcceptedKinds => new(BadInputCorpus.Cases.Accepted.Select(c => c.Kind));

    public static TheoryData<string> ContractKinds => new(BadInputCorpus.Cases.Contract.Select(c => c.Kind));

    [Fact]
    public void Corpus_covers_at_least_thirty_kinds_of_bad_input_across_the_three_file_sources()
    {
        var kinds = BadInputCorpus.Cases.Quarantined;

        Assert.True(kinds.Select(c => c.Kind).Distinct().Count() >= 30, $"only {kinds.Count} kinds");
        Assert.Equal([SourceNames.Complaints, SourceNames.Contacts, SourceNames.Operational],
            kinds.Select(c => BadInputCorpus.SourceOf(c.Target)).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(QuarantinedKinds))]
    public void Bad_row_is_quarantined_with_its_reason_and_the_good_rows_of_its_file_load(string kind)
    {
        var @case = BadInputCorpus.Cases.Quarantined.Single(c => c.Kind == kind);
        using var folder = new TempFolder();
        using var host = world.CopyTo(folder);

        var result = Load(host, @case.File, @case.Target);

        Assert.Equal("succeeded", result.Status);
        Assert.True(result.Counts.Reconciles, $"{result.Counts} does not reconcile");
        Assert.Equal((@case.Loaded, @case.Rejected), (result.Counts.Loaded, result.Counts.Rejected));
        var quarantined = host.Rows($"select row_ref, reason, raw_content, source_file from quarantine_row where run_id = {result.RunId}");
        Assert.Equal(@case.Rejected, quarantined.Count);
        var found = quarantined.Where(r => (string?)r[0] == @case.RowRef).ToList();
        Assert.True(found.Count > 0, $"nothing quarantined at {@case.RowRef}; found: " +
                                     string.Join(" | ", quarantined.Select(r => $"{r[0]}: {r[1]}")));
        Assert.All(found, r => Assert.Contains(@case.Reason, (string)r[1]!));
        Assert.All(found, r => Assert.EndsWith(Path.GetFileName(@case.Target), (string)r[3]!));
        Assert.Contains(found, r => ((string)r[2]!).Contains(@case.Raw, StringComparison.Ordinal));
        Assert.Equal("succeeded", host.Scalar<string>($"select status from etl_run where run_id = {result.RunId}"));
    }

    [Theory]
    [MemberData(nameof(AcceptedKinds))]
    public void Odd_but_good_input_loads_whole(string kind)
    {
        var @case = BadInputCorpus.Cases.Accepted.Single(c => c.Kind == kind);
        using var folder = new TempFolder();
        using var host = world.CopyTo(folder);

        var result = Load(host, @case.File, @case.Target);

        Assert.Equal("succeeded", result.Status);
        Assert.True(result.Counts.Reconciles, $"{result.Counts} does not reconcile");
        Assert.Equal((@case.Loaded, 0L), (result.Counts.Loaded, result.Counts.Rejected));
        if (@case.Check is not null)
            Assert.Equal(@case.Expected, Convert.ToString(host.Scalar<object>(@case.Check), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(ContractKinds))]
    public void Header_that_breaks_the_contract_fails_the_load_naming_the_column_and_loads_nothing(string kind)
    {
        var @case = BadInputCorpus.Cases.Contract.Single(c => c.Kind == kind);
        using var folder = new TempFolder();
        using var host = world.CopyTo(folder);
        const string everything = "select (select count(*) from raw_customers) + (select count(*) from raw_products) + " +
                                  "(select count(*) from raw_orders) + (select count(*) from raw_order_lines) + " +
                                  "(select count(*) from raw_returns) + (select count(*) from raw_contacts) + " +
                                  "(select count(*) from raw_complaints) + (select count(*) from quarantine_row) + " +
                                  "(select count(*) from etl_loaded_file)";
        var before = host.Scalar<long>(everything);

        var error = Assert.Throws<SourceContractException>(() => Load(host, @case.File, @case.Target));

        Assert.Contains(@case.Column, error.Message);
        Assert.Contains(Path.GetFileName(@case.Target), error.Message);
        Assert.Equal(before, host.Scalar<long>(everything));
        Assert.Equal("failed", host.Scalar<string>("select status from etl_run order by run_id desc limit 1"));
    }

    static EtlRunResult Load(WarehouseHost host, string file, string target)
    {
        var path = Path.Combine(host.SourcesFolder, target);
        File.Copy(Path.Combine(BadInputCorpus.Folder, file), path, overwrite: true);
        return host.Get<EtlRunner>().Run(BadInputCorpus.SourceOf(target), "test", CancellationToken.None);
    }
}
