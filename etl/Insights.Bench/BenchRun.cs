using System.Diagnostics;
using Insights.Demo;

namespace Insights.Bench;

/// <summary>
/// One bench run, start to end: generate the world into PostgreSQL and files, measure the COPY baseline, the native DuckDB load,
/// our full load, apply a 1% change, measure our incremental load: in a fresh process (as `etl run` from cron) and in a warm one
/// that made its own full load first (as the site's Hangfire job); then apply a fixed change (the same rows at every scale) and
/// measure its incremental load in a fresh process. Each measured phase runs in its own child process.
/// </summary>
sealed class BenchRun(double scale, string postgres, BenchWorkspace workspace, TimeProvider clock, BenchReport? against)
{
    const int Seed = 42;

    /// <summary>Runs every phase in order and returns the report.</summary>
    public BenchReport Run()
    {
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var loadAverage = BenchReport.ReadLoadAverage();
        // The history ends yesterday, so every generated updated_at lies before the change's now(): the incremental cursor
        // then sees the changed rows as newer, as it would in a live shop.
        var endDate = DateOnly.FromDateTime(startedAt).AddDays(-1);
        workspace.Reset();
        var (generate, summary) = Generate(endDate);
        List<BenchPhase> phases = [generate];
        phases.Add(PhaseProcess.Run("baseline", workspace, postgres));
        phases.Add(PhaseProcess.Run("native", workspace, postgres));
        phases.Add(PhaseProcess.Run("full", workspace, postgres));
        BenchPhase? change = null;
        var warm = PhaseProcess.RunWarm(workspace, postgres,
            () => change = new SourceChange(postgres, workspace).Apply(summary.Customers, summary.Contacts, endDate));
        phases.Add(change!);
        phases.Add(PhaseProcess.Run("incremental", workspace, postgres));
        phases.Add(warm);
        // after the 1% change: the same number of changed rows at every scale, loaded by a fresh process
        phases.Add(new SourceChange(postgres, workspace).ApplyFixed());
        phases.Add(PhaseProcess.Run("fixed", workspace, postgres));
        return BenchReport.Create(scale, startedAt, loadAverage, phases, against);
    }

    (BenchPhase Phase, DemoSummary Summary) Generate(DateOnly endDate)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        DemoSummary summary;
        // PostgreSQL gets the operational tables (and the ETL's contact and complaint exports), the files get the whole world.
        var postgresWriter = new PostgresDemoWriter(postgres, workspace.Sources);
        try
        {
            using var writer = new TeeDemoWriter(postgresWriter, new FileDemoWriter(workspace.Files));
            summary = new DemoGenerator().Generate(new DemoSpec(scale, Seed, endDate), writer);
        }
        finally
        {
            postgresWriter.Dispose();   // twice is harmless; this covers a FileDemoWriter that failed to open
        }
        watch.Stop();
        BenchPart[] parts =
        [
            new("customers", summary.Customers, 0, 0), new("products", summary.Products, 0, 0), new("orders", summary.Orders, 0, 0),
            new("order_lines", summary.OrderLines, 0, 0), new("returns", summary.Returns, 0, 0),
            new("contacts", summary.Contacts, 0, 0), new("complaints", summary.Complaints, 0, 0),
        ];
        var phase = new BenchPhase("generate", "demo world into PostgreSQL and files (not part of any ratio)", parts.Sum(p => p.Rows),
            watch.Elapsed.TotalSeconds, PhaseMeter.PeakWorkingSet(), GC.GetTotalAllocatedBytes(precise: true) - allocated, parts,
            [$"seed {Seed}, history ends {endDate:yyyy-MM-dd}"]);
        return (phase, summary);
    }
}
