using System.Globalization;
using System.Text;
using Insights.Etl;
using Insights.Tests.Etl.Quarantine;
using Xunit.Abstractions;

namespace Insights.Tests.Etl.Property;

/// <summary>
/// The rule of the ETL, tried on generated files: good files of every source kind (operational exports, contact CSV, complaint
/// JSON Lines, mapped whitespace and delimited transactions, baskets) are broken at random (<see cref="Mutator"/>) and loaded.
/// For every file: the load succeeds, read = loaded + quarantined + skipped, every record the mutation did not touch loads with
/// exactly its values, and nothing loads that the file does not say. Many files load in one run (each its own case), so a CI run
/// tries at least a thousand files in well under a minute. A new seed each run (INSIGHTS_PROPERTY_SEED replays one,
/// INSIGHTS_PROPERTY_CASES sets how many files); a failure prints the seed, the file with its touched lines starred and the
/// mutations, to go into the bad-input corpus.
/// </summary>
[RunsLong(35)]
public sealed class HostileFilesPropertyTests(ITestOutputHelper output) : IDisposable
{
    // A run's fixed cost (models, data checks, after-load steps) is paid once however many files it lands: 200 small files a run
    // make that cost a small part of the test instead of most of it.
    const int FilesPerRun = 200;

    // The operational exports have fixed names (one file per export and run): this many operational runs per round.
    const int OperationalRunsPerRound = 4;

    readonly TempFolder _folder = new();
    long _checkedLines;
    long _quarantined;

    [Fact]
    public void Every_untouched_line_of_a_mutated_file_loads_exactly_and_every_run_reconciles()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("INSIGHTS_PROPERTY_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Random.Shared.Next();
        var wanted = int.TryParse(Environment.GetEnvironmentVariable("INSIGHTS_PROPERTY_CASES"), CultureInfo.InvariantCulture, out var c) ? c : 1000;
        output.WriteLine($"seed {seed}, {wanted} files");
        var random = new Random(seed);
        var keys = new Keys();
        var mappedWs = new MappedTransactionsKind(whitespace: true);
        var mappedSemi = new MappedTransactionsKind(whitespace: false);
        var baskets = new BasketsKind();
        var settings = mappedWs.Mapping(0, _folder.File(mappedWs.Folder));
        foreach (var (key, value) in mappedSemi.Mapping(1, _folder.File(mappedSemi.Folder)).Concat(baskets.Mapping(2, _folder.File(baskets.Folder))))
            settings[key] = value;
        // the tiny world loaded (operational, contacts, complaints), copied from the run's one template rather than loaded again
        using var host = LoadedTinyWorld.Copy(_folder, settings);
        var runner = host.Get<EtlRunner>();
        FileKind[] perFile = [new ContactsKind(), new ComplaintsKind(), mappedWs, mappedSemi, baskets];
        OperationalKind[] operational = [new CustomersKind(), new ProductsKind(), new OrdersKind(), new OrderLinesKind()];

        var (tried, runs) = (0, 0);
        for (var round = 0; tried < wanted; round++)
        {
            foreach (var kind in perFile)
            {
                var files = Enumerable.Range(0, FilesPerRun).Select(j => kind.Generate($"r{round}-f{j}", random, keys, random.Next(3, 10))).ToList();
                var folder = kind.Folder.StartsWith("mapped", StringComparison.Ordinal) || kind is BasketsKind
                    ? _folder.File(kind.Folder) : Path.Combine(host.SourcesFolder, kind.Folder);
                LoadAndCheck(host, runner, seed, kind.Source, files.Select(f => (kind, f, folder)).ToList(), random);
                (tried, runs) = (tried + files.Count, runs + 1);
            }
            for (var run = 0; run < OperationalRunsPerRound; run++)
            {
                var exports = operational.Select(k => (Kind: (FileKind)k, File: k.Generate(k.Table, random, keys, random.Next(3, 10)),
                    Folder: Path.Combine(host.SourcesFolder, "operational"))).ToList();
                LoadAndCheck(host, runner, seed, "operational", exports, random);
                (tried, runs) = (tried + exports.Count, runs + 1);
            }
        }
        output.WriteLine($"{tried} files in {runs} runs: {_checkedLines} untouched lines loaded exactly; {_quarantined} lines quarantined");
    }

    void LoadAndCheck(WarehouseHost host, EtlRunner runner, int seed, string source, List<(FileKind Kind, GeneratedFile File, string Folder)> files,
        Random random)
    {
        foreach (var (kind, file, folder) in files)
        {
            Mutator.Mutate(file, kind, random);
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, file.Name), file.ToBytes());
        }
        // the file at fault when one is known, else every file of the run; touched records are starred
        string Describe(GeneratedFile? only = null) => $"seed {seed}, source {source} (replay: INSIGHTS_PROPERTY_SEED={seed}):\n" +
            string.Join("\n", files.Where(f => only is null || f.File == only).Select(f =>
                $"--- {f.File.Name}: {string.Join("; ", f.File.Mutations)}\n{f.File.Show()}"));

        EtlRunResult result;
        try
        {
            result = runner.Run(source, "property", CancellationToken.None);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"The load failed: {e.Message}\n{Describe()}");
        }
        Assert.True(result.Status == "succeeded", $"run {result.RunId} ended {result.Status}: {string.Join(", ", result.FailedChecks)}\n{Describe()}");
        Assert.True(result.Counts.Reconciles, $"{result.Counts} does not reconcile\n{Describe()}");
        _quarantined += result.Counts.Rejected;

        foreach (var group in files.GroupBy(f => f.Kind))
        {
            var loaded = host.Rows(group.Key.LoadedRowsSql(result.RunId)).Select(r => (Key: (string?)r[0], Row: (string?)r[1])).ToList();
            var expected = group.SelectMany(f => f.File.Untouched.Select(r => (File: f.File, Record: r))).ToList();
            // a touched line can come to name another line's key (seed 1362000736: one digit of t2011165 deleted and another
            // doubled gave t2011655, the key of a line in another file); its row then rightly loads under that key too
            var touchedTexts = group.SelectMany(f => f.File.Records.Where(r => r.Key is null || r.Touched)).Select(r => r.Text).ToList();
            foreach (var (file, record) in expected)
            {
                var rows = loaded.Where(l => l.Key == record.Key).Select(l => l.Row).ToList();
                var forgers = touchedTexts.Count(t => NamesKey(t, record.Key!));
                var exactly = rows.Count(r => r == record.Expected);
                if (forgers == 0 ? rows.Count == 1 && exactly == 1 : exactly >= 1 && rows.Count <= 1 + forgers)
                {
                    _checkedLines++;
                    continue;
                }
                var reasons = host.Rows($"select row_ref || ': ' || reason from quarantine_row where run_id = {result.RunId} " +
                                        $"and source_file like '%{file.Name}'").Select(r => (string)r[0]!);
                Assert.Fail($"untouched line of {record.Key} in {file.Name} should load as\n  {record.Expected}\nbut loaded as " +
                            $"[{string.Join(" | ", rows)}]\nquarantined: {string.Join("; ", reasons)}\n{Describe(file)}");
            }
            // nothing loads that the files do not say: every other row's key is written in one of this run's files
            var written = string.Join("\n", group.Select(f => Encoding.UTF8.GetString(f.File.ToBytes())));
            var untouchedKeys = expected.Select(e => e.Record.Key).ToHashSet();
            foreach (var (key, row) in loaded.Where(l => !untouchedKeys.Contains(l.Key)))
                Assert.True(key is null || written.Contains(key, StringComparison.Ordinal), $"row {row} loaded, but no file says {key}\n{Describe()}");
            Assert.True(loaded.Count <= group.Sum(f => f.File.Records.Count), $"{loaded.Count} rows from {group.Sum(f => f.File.Records.Count)} records\n{Describe()}");
        }
    }

    [Fact]
    public void A_touched_line_counts_against_a_key_only_when_it_names_the_whole_key()
    {
        Assert.True(NamesKey("t2011655", "t2011655"));             // seed 1362000736: another file's touched line
        Assert.True(NamesKey("rolls/buns, t2011655,soda", "t2011655"));
        Assert.False(NamesKey("t20116551", "t2011655"));
        Assert.False(NamesKey("xt2011655", "t2011655"));
        Assert.True(NamesKey("t20116551,t2011655", "t2011655"));   // the second mention is whole
    }

    /// <summary>Whether a line's text names the key as a whole word (t2011655 is not named by t20116551).</summary>
    internal static bool NamesKey(string text, string key)
    {
        for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var end = at + key.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return true;
        }
        return false;
    }

    public void Dispose() => _folder.Dispose();
}
