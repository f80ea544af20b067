using System.Diagnostics;

namespace Insights.Cli;

/// <summary>
/// Start-up checkpoints for measuring a command's fixed cost: with INSIGHTS_CLI_TIMING=1 each checkpoint prints the
/// milliseconds since the process started (and the CPU time so far) to stderr. Off by default, and then it costs one branch.
/// </summary>
static class CliTiming
{
    static readonly bool Enabled = Environment.GetEnvironmentVariable("INSIGHTS_CLI_TIMING") is "1";

    /// <summary>Prints <paramref name="label"/> with the wall and CPU milliseconds since the process started.</summary>
    public static void Mark(string label)
    {
        if (!Enabled) return;
        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        Console.Error.WriteLine($"timing: {label,-24} wall {wall.TotalMilliseconds,7:F1} ms  cpu {process.TotalProcessorTime.TotalMilliseconds,7:F1} ms");
    }
}
