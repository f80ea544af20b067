namespace Insights.Tests.Etl.Quarantine;

/// <summary>One corpus case in a batch: its kind, its file, where it goes, and the rows it must load and quarantine.</summary>
public sealed record CorpusEntry(string Kind, string File, string Target, int Loaded, int Rejected);

/// <summary>
/// Corpus cases that land in one incremental load of <paramref name="Source"/> because they cannot affect each other: each has
/// its own file name in the sources folder (so every loaded and quarantined row names the file it came from) and its own keys.
/// The contact and complaint cases are inbox files with keys of their own (cases.json gives case i of a source the keys
/// 100·i + 10..14), so all of a source's cases land in one run. An operational case replaces a fixed-name export
/// (orders.csv ...), so a batch holds at most one case per export; its rows refer only to what the tiny world loaded
/// (customers 1-3, products 10 and 20, orders 100-103 and their lines), never to a row another export of the batch adds.
/// </summary>
public sealed record CorpusBatch(string Name, string Source, IReadOnlyList<CorpusEntry> Entries)
{
    /// <summary>Every quarantined and accepted case of the corpus, batched; the contract cases fail their load and stay alone.</summary>
    public static IReadOnlyList<CorpusBatch> All { get; } = Plan(BadInputCorpus.Cases);

    /// <summary>The batch holding the case of <paramref name="kind"/>.</summary>
    public static CorpusBatch Of(string kind) => All.Single(b => b.Entries.Any(e => e.Kind == kind));

    /// <summary>The entry of <paramref name="kind"/>.</summary>
    public CorpusEntry Entry(string kind) => Entries.Single(e => e.Kind == kind);

    static IReadOnlyList<CorpusBatch> Plan(BadInputCorpus corpus)
    {
        var entries = corpus.Quarantined.Select(c => new CorpusEntry(c.Kind, c.File, c.Target, c.Loaded, c.Rejected))
            .Concat(corpus.Accepted.Select(c => new CorpusEntry(c.Kind, c.File, c.Target, c.Loaded, 0)))
            .ToList();
        var batches = new List<CorpusBatch>();
        foreach (var source in entries.GroupBy(e => BadInputCorpus.SourceOf(e.Target)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // the n-th case of each target file goes into batch n: one file per target in a batch
            var rounds = source.GroupBy(e => e.Target)
                .SelectMany(target => target.Select((entry, n) => (entry, n)))
                .GroupBy(x => x.n, x => x.entry)
                .OrderBy(g => g.Key);
            foreach (var round in rounds)
                batches.Add(new CorpusBatch($"{source.Key} {round.Key + 1}", source.Key, round.ToList()));
        }
        return batches;
    }

    public override string ToString() => $"{Name} ({Entries.Count} cases)";
}
