using System.Diagnostics;
using System.Text;
using Insights.Warehouse.Publish;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights etl serve`, the warehouse owner without the site, as its own process: at start it loads every source of the tiny
/// world as the site's job server would (the start-up chain on Hangfire's warehouse queue), publishes after the loads, keeps the
/// warehouse tables current (segments, customer scores) but warms no page cache, and stops cleanly on SIGTERM.
/// </summary>
[RunsLong(20)]
public sealed class ServeCommandTests : IDisposable
{
    readonly TempFolder _folder = new();

    public ServeCommandTests() => TinyWorld.CopyTo(_folder.File("sources"));

    public void Dispose() => _folder.Dispose();

    string Settings(string json)
    {
        var path = _folder.File("settings.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task Serve_loads_every_source_at_start_publishes_and_stops_on_sigterm()
    {
        var published = _folder.File("published");
        // schedules that do not come round during the test: only the start-up chain loads
        var settings = Settings($$"""
            { "Etl": { "RunOnStart": true, "Schedule": "0 0 1 1 *" }, "Publish": { "Folder": "{{published.Replace("\\", "\\\\")}}" } }
            """);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "insights.dll"), "etl", "serve", "--settings", settings,
                     "--warehouse", _folder.File("w.duckdb"), "--sources", _folder.File("sources") })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            // the third load (complaints) is the last of the start-up chain; each load publishes when it commits
            var deadline = Stopwatch.StartNew();
            while (PublicationFolder.Current(published) is not { Manifest.RunId: 3 } && deadline.Elapsed < TimeSpan.FromSeconds(90) && !process.HasExited)
                await Task.Delay(200);
            var current = PublicationFolder.Current(published);
            Assert.True(current is { Manifest.RunId: 3 }, $"no publication of run 3 after {deadline.Elapsed}:\n{Text(stderr)}");
            Assert.Equal(5, current!.Value.Manifest.Table("fct_order_line")!.Rows);   // the tiny world's five order lines
            // then the warm-up's next poll (every 5 s) keeps the segments current for the state the last load left
            while (!WarmedAfterLastLoad(Text(stderr)) && deadline.Elapsed < TimeSpan.FromSeconds(90) && !process.HasExited)
                await Task.Delay(200);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(stopped.Token);   // throws when serve does not stop within 30 s of SIGTERM
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        var log = Text(stderr);
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}:\n{log}");
        Assert.Contains("insights etl serve: serving the warehouse queue with 2 workers (jobs in memory)", log);
        Assert.Contains("Loaded complaints (run 3)", log);
        // what keeps warehouse tables current runs; the views' caches (no page is served here) are never warmed
        Assert.True(WarmedAfterLastLoad(log), log);
        Assert.DoesNotContain("loyalty views warmed", log);
        Assert.Equal("", await stdout);
    }

    static bool WarmedAfterLastLoad(string log)
    {
        var loaded = log.IndexOf("Loaded complaints (run 3)", StringComparison.Ordinal);
        return loaded >= 0 && log.IndexOf("segments views warmed", loaded, StringComparison.Ordinal) > loaded;
    }

    static string Text(StringBuilder log)
    {
        lock (log) return log.ToString();
    }
}
