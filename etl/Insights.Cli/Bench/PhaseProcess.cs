using System.Diagnostics;
using System.Text.Json;

namespace Insights.Cli.Bench;

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
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        // `dotnet insights.dll` runs us through the shared host, which needs the dll again; the apphost `insights` does not.
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(typeof(PhaseProcess).Assembly.Location);
        foreach (var arg in new[] { "bench", "phase", phase, "--work", workspace.Root }) start.ArgumentList.Add(arg);
        // Configuration travels as environment variables (the CLI host reads them), which keeps the password off the command line.
        start.Environment["Warehouse__DatabasePath"] = workspace.Warehouse;
        start.Environment["Etl__SourcesFolder"] = workspace.Sources;
        start.Environment["Etl__Operational__Kind"] = "Postgres";
        start.Environment["Etl__Operational__ConnectionString"] = postgres;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the {phase} phase.");
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The {phase} phase failed (exit code {process.ExitCode}; its message is above).");
        return JsonSerializer.Deserialize<BenchPhase>(stdout, Json)
               ?? throw new InvalidOperationException($"The {phase} phase printed no result.");
    }
}
