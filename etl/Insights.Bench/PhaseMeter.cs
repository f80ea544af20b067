using System.Diagnostics;

namespace Insights.Bench;

/// <summary>Times a phase and reads what it cost: the process's peak resident set (VmHWM on Linux) and the GC's allocations.</summary>
sealed class PhaseMeter
{
    readonly Stopwatch _watch = Stopwatch.StartNew();
    readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
    readonly List<BenchPart> _parts = [];
    readonly List<string> _notes = [];
    TimeSpan _partStart;

    /// <summary>Peak resident memory of this process so far; it never goes down, so read it after the work.</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Starts timing the next part.</summary>
    public void StartPart() => _partStart = _watch.Elapsed;

    /// <summary>Records the part started last (with the seconds of its steps, for a load).</summary>
    public void EndPart(string name, long rows, IReadOnlyDictionary<string, double>? stepSeconds = null) =>
        _parts.Add(new BenchPart(name, rows, (_watch.Elapsed - _partStart).TotalSeconds, PeakWorkingSet(), stepSeconds));

    /// <summary>Adds a note to the phase.</summary>
    public void Note(string note) => _notes.Add(note);

    /// <summary>Stops the clock and returns the phase; its rows are the sum of its parts.</summary>
    public BenchPhase Finish(string name, string title)
    {
        _watch.Stop();
        return new BenchPhase(name, title, _parts.Sum(p => p.Rows), _watch.Elapsed.TotalSeconds, PeakWorkingSet(),
            GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart, _parts, _notes);
    }
}
