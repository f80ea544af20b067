using System.Diagnostics;
using Insights.Demo;
using Insights.Etl;

namespace Insights.Tests.Etl;

/// <summary>
/// A load process killed at any point leaves the last committed warehouse, and the next run completes the work: the result
/// equals a clean single run, row for row (every raw, dim, fact and mart table, and the loaded-file ledger). Once for the CLI
/// (killed in the start-up, the landing, the model build, the data checks, across the commit, and in the second source's
/// load, each at the moment the process announces that phase; each rerun is killed at the next point), once for the site,
/// whose Hangfire job is cut off in its extract (the source holds a lock the extract waits on, so the kill always lands inside
/// the load).
/// </summary>
// a class fixture, not the postgres collection: the kill tests run beside the other PostgreSQL tests, as they did before
[RunsLong(100)]
public sealed class KillTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public void Killed_load_then_rerun_equals_a_clean_single_run()
    {
        var sources = _folder.File("sources");
        using (var host = new WarehouseHost(_folder))
            host.Get<DemoSourcePreparer>().Generate(0.01, seed: 5, new DateOnly(2026, 6, 30), toPostgres: false);
        var cleanPath = Migrated("clean.duckdb");
        var clean = RunUntil(cleanPath, sources, _ => false);
        Assert.True(clean.ExitCode == 0, clean.Stderr);
        var expected = Fingerprint(cleanPath);

        // Each kill point is a phase the process announces on stderr: it is killed the moment it says so, whatever the machine's
        // speed. Each rerun starts on what the kill before it left and is itself killed at the next point, so every kill is
        // followed by a rerun and the last rerun, which completes, must equal the clean run. The chain starts from no file and
        // its first kill comes the moment the file is created: in the start-up, while the migrations run (its log lines are
        // written in one batch after them, too late to kill on).
        var path = _folder.File("killed.duckdb");
        (string Phase, Func<string, bool> When)[] inLoads =
        [
            ("landing", l => l.StartsWith("operational: landing", StringComparison.Ordinal)),
            ("model build", l => l.StartsWith("operational: building mart_", StringComparison.Ordinal)),
            ("data checks", l => l.StartsWith("operational: running data checks", StringComparison.Ordinal)),
            ("second source's load", l => l.StartsWith("contacts: building", StringComparison.Ordinal)),
        ];
        var kills = new List<EtlRun> { RunUntil(path, sources, _ => false, killWhenCreated: true) };
        Assert.True(kills[0].Killed, $"the start-up kill point was never reached: {kills[0].Stderr}");
        foreach (var (phase, when) in inLoads)
        {
            kills.Add(RunUntil(path, sources, when));
            Assert.True(kills[^1].Killed, $"the {phase} kill point was never reached: {kills[^1].Stderr}");
        }
        var rerun = RunUntil(path, sources, _ => false);
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);

        Assert.Equal(expected, Fingerprint(path));
        // a kill inside a load (its last words a landing, model or check phase) cut its transaction and left exactly one run that
        // never finished, marked abandoned on restart; a kill before any load began left none
        var cut = kills.Count(k => k.LastPhase is { } last && InLoad(last));
        Assert.True(cut >= inLoads.Length, $"only {cut} kills landed inside a load: {string.Join(" | ", kills.Select(k => k.LastPhase))}");
        Assert.Equal(cut, Abandoned(path));

        // and across the commit: killed late in the window whose end is the commit (timed from the clean run's own phases: its
        // data checks to its first step after the commit), the process is in its checks, in its commit or just past it; the
        // rerun must end as the clean run did in each case
        var checksAt = clean.At("operational: running data checks");
        var committedAt = clean.Lines.First(l => l.At > checksAt && l.Text.StartsWith("operational: ", StringComparison.Ordinal)
                                                 && !l.Text.StartsWith("operational: running data checks", StringComparison.Ordinal)).At;
        var commitPath = Migrated("killed-commit.duckdb");
        var commit = RunUntil(commitPath, sources, l => l.StartsWith("operational: running data checks", StringComparison.Ordinal),
            afterMatch: (committedAt - checksAt) * 0.9);
        Assert.True(commit.Killed, commit.Stderr);
        var commitRerun = RunUntil(commitPath, sources, _ => false);
        Assert.True(commitRerun.ExitCode == 0, commitRerun.Stderr);
        Assert.Equal(expected, Fingerprint(commitPath));
    }

    [Fact]
    public async Task Site_killed_while_its_hangfire_job_loads_marks_the_run_abandoned_on_restart_and_the_next_load_equals_a_clean_one()
    {
        // the world's own warehouse is the clean run; the site gets a warehouse of its own and the same sources
        // the kill is in the extract, so the scale is not the point: the smallest world whose load still takes every phase
        using var world = new PostgresWarehouse(postgres, scale: 0.01, seed: 9);
        // the site starts on the migrated empty warehouse (its start-up migrations are not what this test kills)
        MigratedWarehouse.CopyTo(_folder.File("site.duckdb"));
        var environment = new Dictionary<string, string>
        {
            ["Warehouse__DatabasePath"] = _folder.File("site.duckdb"),
            ["Etl__SourcesFolder"] = world.Host.SourcesFolder,
            ["Etl__Operational__Kind"] = "Postgres",
            ["Etl__Operational__ConnectionString"] = world.ConnectionString,
            ["Etl__RunOnStart"] = "true",               // the start-up chain loads every source through Hangfire
            ["Demo__GenerateOnFirstStart"] = "false",
            ["Reports__WarmUp__Enabled"] = "false",
            ["Hangfire__PostgresConnectionString"] = "",
        };

        using (var sourceLock = new SourceLock(world.ConnectionString, "order_lines"))
        using (var site = new SiteProcess(_folder.Path, environment))
        {
            await sourceLock.WaitForBlockedReaderAsync(TimeSpan.FromMinutes(2));   // the operational load is in its extract
            await site.WaitForAsync("/etl/runs", html => html.Contains(">running<", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
            site.Kill();
        }

        using (var restarted = new SiteProcess(_folder.Path, environment))
        {
            // the home page's freshness table: every source's latest run succeeded
            await restarted.WaitForAsync("/", html => SucceededSources(html) == SourceNames.All.Count, TimeSpan.FromMinutes(3));
            restarted.Kill();   // committed is committed: a second kill after the loads loses nothing
        }
        world.Host.Get<EtlRunner>().RunAll("test", CancellationToken.None);

        Assert.Equal(1L, Convert.ToInt64(Scalar(_folder.File("site.duckdb"), "select count(*) from etl_run where status = 'abandoned'")));
        Assert.Equal(Fingerprint(world.Host.Folder.File("warehouse.duckdb")), Fingerprint(_folder.File("site.duckdb")));
    }

    static int SucceededSources(string overview) =>
        overview.Split("class=\"status status-succeeded\"").Length - 1;

    string Migrated(string name)
    {
        var path = _folder.File(name);
        MigratedWarehouse.CopyTo(path);
        return path;
    }

    static long Abandoned(string warehouse) =>
        Convert.ToInt64(Scalar(warehouse, "select count(*) from etl_run where status = 'abandoned'"));

    sealed record Line(TimeSpan At, string Text);

    // a progress line of a load: "<source>: <phase>"
    static readonly System.Text.RegularExpressions.Regex ProgressLine = new(@"^(operational|contacts|complaints): ");

    // the phases inside a load's transaction (after it: the after-load steps); "loading…" precedes the run row by a moment only
    static bool InLoad(string progress) =>
        System.Text.RegularExpressions.Regex.IsMatch(progress, @"^\w+: (loading…|landing|building |running data checks)");

    sealed record EtlRun(bool Killed, int ExitCode, IReadOnlyList<Line> Lines)
    {
        public string Stderr => string.Join("\n", Lines.Select(l => l.Text));

        /// <summary>The last progress line the process wrote (all it wrote is read, to the end, after a kill).</summary>
        public string? LastPhase => Lines.LastOrDefault(l => ProgressLine.IsMatch(l.Text))?.Text;

        public TimeSpan At(string prefix) => Lines.First(l => l.Text.StartsWith(prefix, StringComparison.Ordinal)).At;
    }

    // `insights etl run` as its own process; its stderr (progress phases and log lines) is read as it comes, and the process is
    // killed (SIGKILL, the whole tree) the moment a line satisfies killWhen, or afterMatch later
    static EtlRun RunUntil(string warehouse, string sources, Func<string, bool> killWhen, TimeSpan afterMatch = default,
        bool killWhenCreated = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "insights.dll"), "etl", "run", "--warehouse", warehouse, "--sources", sources })
            start.ArgumentList.Add(arg);
        var killed = false;
        using var created = new FileSystemWatcher(Path.GetDirectoryName(warehouse)!, Path.GetFileName(warehouse));
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        if (killWhenCreated)
        {
            created.Created += (_, _) =>
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                    killed = true;
                }
                catch (InvalidOperationException) { }   // it had exited already (it failed at once, as its output then says)
            };
            created.EnableRaisingEvents = true;
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var lines = new List<Line>();
        while (process.StandardError.ReadLine() is { } text)
        {
            lines.Add(new Line(watch.Elapsed, text));
            if (killed || !killWhen(text)) continue;
            if (afterMatch > TimeSpan.Zero) process.WaitForExit(afterMatch);
            try
            {
                process.Kill(entireProcessTree: true);
                killed = true;
            }
            catch (InvalidOperationException) { }   // it had exited already: it ran to its end, as the caller then sees
        }
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        stdout.Wait();
        return new EtlRun(killed, killed ? -1 : process.ExitCode, lines);
    }

    static string Fingerprint(string warehouse) => WarehouseFingerprint.Of(warehouse);

    static object Scalar(string warehouse, string sql) => WarehouseFingerprint.Scalar(warehouse, sql);

    public void Dispose() => _folder.Dispose();
}
