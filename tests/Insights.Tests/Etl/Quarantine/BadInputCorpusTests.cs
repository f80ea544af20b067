using Insights.Etl;

namespace Insights.Tests.Etl.Quarantine;

/// <summary>
/// The bad-input corpus (TestData/bad-input/cases.json): every kind of bad row ends in quarantine_row with a reason a person
/// understands, where to find it and what it said, while the good rows of the same file load; odd but good input loads whole;
/// a header that breaks the export's contract fails the load and loads nothing. The quarantined and accepted cases load in
/// batches (<see cref="CorpusBatch"/>: all of a source's inbox files in one run, the operational exports one per export and
/// run), each case asserting on the rows of ITS file; each batch's totals must be the sum of its cases' and every row it
/// loaded or quarantined must come from one of its cases' files, so no case can hide behind another. A contract case fails
/// its whole load, so it loads alone.
/// </summary>
[RunsLong(45)]
public sealed class BadInputCorpusTests(LoadedTinyWorld world, LoadedCorpusBatches batches)
    : IClassFixture<LoadedTinyWorld>, IClassFixture<LoadedCorpusBatches>
{
    public static TheoryData<string> QuarantinedKinds => new(BadInputCorpus.Cases.Quarantined.Select(c => c.Kind));

    public static TheoryData<string> AcceptedKinds => new(BadInputCorpus.Cases.Accepted.Select(c => c.Kind));

    public static TheoryData<string> ContractKinds => new(BadInputCorpus.Cases.Contract.Select(c => c.Kind));

    public static TheoryData<string> BatchNames => new(CorpusBatch.All.Select(b => b.Name));

    [Fact]
    public void Corpus_covers_at_least_thirty_kinds_of_bad_input_across_the_three_file_sources()
    {
        var kinds = BadInputCorpus.Cases.Quarantined;

        Assert.True(kinds.Select(c => c.Kind).Distinct().Count() >= 30, $"only {kinds.Count} kinds");
        Assert.Equal([SourceNames.Complaints, SourceNames.Contacts, SourceNames.Operational],
            kinds.Select(c => BadInputCorpus.SourceOf(c.Target)).Distinct().Order());
    }

    [Fact]
    public void Every_quarantined_and_accepted_case_is_in_exactly_one_batch_with_a_file_name_of_its_own()
    {
        var kinds = BadInputCorpus.Cases.Quarantined.Select(c => c.Kind).Concat(BadInputCorpus.Cases.Accepted.Select(c => c.Kind)).ToList();

        Assert.Equal(kinds.Order(StringComparer.Ordinal), CorpusBatch.All.SelectMany(b => b.Entries).Select(e => e.Kind).Order(StringComparer.Ordinal));
        Assert.All(CorpusBatch.All, b => Assert.Equal(b.Entries.Count, b.Entries.Select(e => Path.GetFileName(e.Target)).Distinct().Count()));
        Assert.All(CorpusBatch.All, b => Assert.All(b.Entries, e => Assert.Equal(b.Source, BadInputCorpus.SourceOf(e.Target))));
        // batching pays only if it batches: the inbox files of contacts and of complaints take one load per source
        Assert.True(CorpusBatch.All.Count < kinds.Count / 2, $"{CorpusBatch.All.Count} batches for {kinds.Count} cases");
    }

    [Theory]
    [MemberData(nameof(BatchNames))]
    public void Batch_load_succeeds_with_the_sums_of_its_cases_and_every_row_it_touched_belongs_to_one_case(string name)
    {
        var batch = CorpusBatch.All.Single(b => b.Name == name);
        var outcome = batches.Of(batch);
        var files = batch.Entries.Select(e => Path.GetFileName(e.Target)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal("succeeded", outcome.Result.Status);
        Assert.Equal("succeeded", outcome.RecordedStatus);
        Assert.True(outcome.Result.Counts.Reconciles, $"{outcome.Result.Counts} does not reconcile");
        Assert.Equal((batch.Entries.Sum(e => (long)e.Loaded), batch.Entries.Sum(e => (long)e.Rejected)),
            (outcome.Result.Counts.Loaded, outcome.Result.Counts.Rejected));
        Assert.Equal(outcome.Result.Counts.Rejected, outcome.Quarantined.Count);
        Assert.Equal(outcome.Result.Counts.Loaded, outcome.LoadedByFile.Values.Sum());
        Assert.All(outcome.Quarantined, r => Assert.Contains(BatchOutcome.FileName(r.SourceFile) ?? "(no file)", files));
        Assert.All(outcome.LoadedByFile.Keys, f => Assert.Contains(f, files));
    }

    [Theory]
    [MemberData(nameof(QuarantinedKinds))]
    public void Bad_row_is_quarantined_with_its_reason_and_the_good_rows_of_its_file_load(string kind)
    {
        var @case = BadInputCorpus.Cases.Quarantined.Single(c => c.Kind == kind);
        var batch = CorpusBatch.Of(kind);
        var outcome = batches.Of(batch);

        Assert.Equal("succeeded", outcome.Result.Status);
        Assert.True(outcome.Result.Counts.Reconciles, $"{outcome.Result.Counts} does not reconcile");
        var quarantined = outcome.QuarantinedFrom(batch.Entry(kind));
        Assert.Equal((@case.Loaded, @case.Rejected), (outcome.LoadedFrom(batch.Entry(kind)), (long)quarantined.Count));
        var found = quarantined.Where(r => r.RowRef == @case.RowRef).ToList();
        Assert.True(found.Count > 0, $"nothing quarantined at {@case.RowRef} in {batch}; found: " +
                                     string.Join(" | ", quarantined.Select(r => $"{r.RowRef}: {r.Reason}")));
        Assert.All(found, r => Assert.Contains(@case.Reason, r.Reason));
        Assert.All(found, r => Assert.EndsWith(Path.GetFileName(@case.Target), r.SourceFile!));
        Assert.Contains(found, r => r.RawContent!.Contains(@case.Raw, StringComparison.Ordinal));
        Assert.Equal("succeeded", outcome.RecordedStatus);
    }

    [Theory]
    [MemberData(nameof(AcceptedKinds))]
    public void Odd_but_good_input_loads_whole(string kind)
    {
        var @case = BadInputCorpus.Cases.Accepted.Single(c => c.Kind == kind);
        var batch = CorpusBatch.Of(kind);
        var outcome = batches.Of(batch);

        Assert.Equal("succeeded", outcome.Result.Status);
        Assert.True(outcome.Result.Counts.Reconciles, $"{outcome.Result.Counts} does not reconcile");
        Assert.Equal((@case.Loaded, 0L), (outcome.LoadedFrom(batch.Entry(kind)), (long)outcome.QuarantinedFrom(batch.Entry(kind)).Count));
        if (@case.Check is not null)
            Assert.Equal(@case.Expected, outcome.CheckValues[kind]);
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
