using System.Diagnostics;
using System.Globalization;

namespace Insights.Cli.Commands;

/// <summary>
/// Progress of `etl run`, one source at a time (EtlRunner has no progress hook, so this is per source, not per row): a line
/// when a source starts and its elapsed seconds for the result line.
/// </summary>
sealed class RunProgress
{
    // A person watching a terminal sees progress on stdout; when stdout is redirected, a script reads it, so progress goes to
    // stderr and stdout keeps only the result lines.
    readonly TextWriter _progress = Console.IsOutputRedirected ? Console.Error : Console.Out;
    readonly Stopwatch _watch = new();

    /// <summary>Prints "source: loading…" and starts the clock.</summary>
    public void Starting(string source)
    {
        _progress.WriteLine($"{source}: loading…");
        _watch.Restart();
    }

    /// <summary>Prints a running load's new phase, e.g. "operational: building fct_order_line (3.1 s)".</summary>
    public void Phase(Insights.Etl.EtlProgressEntry entry) => _progress.WriteLine($"{entry.Source}: {entry.Phase} ({Elapsed})");

    /// <summary>Seconds since <see cref="Starting"/>, e.g. "2.4 s".</summary>
    public string Elapsed => string.Create(CultureInfo.InvariantCulture, $"{_watch.Elapsed.TotalSeconds:F1} s");
}
