using System.Diagnostics;
using System.Text.Json;

namespace Insights.Bench;

/// <summary>
/// Runs one measured phase in a child process (`insights bench phase &lt;name&gt;`), so the peak memory it reports is that phase's
/// alone: the generator, the other phases and their garbage live in other processes. The child prints its phase as JSON on
/// stdout; its logs go straight to our stderr.
/// </summary>
static class PhaseProcess
{
    /// <summary>Options of the JSON the child prints and the parent reads.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Runs phase <paramref name="phase"/> on <paramref name="workspace"/> and returns what it measured.</summary>
    public static BenchPhase Run(string phase, BenchWorkspace workspace, string postgres)
    {
        using var process = Start(phase, workspace, workspace.Warehouse, postgres);
        return Result(phase, process);
    }

    /// <summary>
    /// The warm incremental load, as the site's Hangfire job runs it: a child process loads a warehouse of its own in full and
    /// says "ready"; then <paramref name="change"/> runs here, and the same process, warm (code compiled, connections and the
    /// warehouse's pages in memory), loads the change. Only that second load is measured.
    /// </summary>
    public static BenchPhase RunWarm(BenchWorkspace workspace, string postgres, Action change)
    {
        using var process = Start("warm", workspace, workspace.WarmWarehouse, postgres, withInput: true);
        if (process.StandardOutput.ReadLine() != WarmReady)
            throw new InvalidOperationException("The warm phase stopped before its first load finished (its message is above).");
        change();
        process.StandardInput.WriteLine("go");
        process.StandardInput.Close();
        return Result("warm", process);
    }

    /// <summary>The line the warm phase prints once its full load is done.</summary>
    public const string WarmReady = "ready";

    /// <summary>
    /// The CLI's own dll (insights.dll), which `dotnet` needs to start a child: the entry assembly, since this library is not it.
    /// </summary>
    public static string EntryAssemblyLocation =>
        System.Reflection.Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("No entry assembly to start again.");

    static Process Start(string phase, BenchWorkspace workspace, string warehouse, string postgres, bool withInput = false)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
            { RedirectStandardOutput = true, RedirectStandardInput = withInput, UseShellExecute = false };
        // `dotnet insights.dll` runs us through the shared host, which needs the dll again; the apphost `insights` does not.
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(EntryAssemblyLocation);
        foreach (var arg in new[] { "bench", "phase", phase, "--work", workspace.Root }) start.ArgumentList.Add(arg);
        // Configuration travels as environment variables (the CLI host reads them), which keeps the password off the command line.
        start.Environment["Warehouse__DatabasePath"] = warehouse;
        start.Environment["Etl__SourcesFolder"] = workspace.Sources;
        start.Environment["Etl__Operational__Kind"] = "Postgres";
        start.Environment["Etl__Operational__ConnectionString"] = postgres;

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start the {phase} phase.");
    }

    static BenchPhase Result(string phase, Process process)
    {
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The {phase} phase failed (exit code {process.ExitCode}; its message is above).");
        return JsonSerializer.Deserialize<BenchPhase>(stdout, Json)
               ?? throw new InvalidOperationException($"The {phase} phase printed no result.");
    }
}
