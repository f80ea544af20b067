using System.Globalization;

namespace Insights.Bench;

/// <summary>Prints a bench report as a plain-text table: one line per phase, then its parts, then the targets.</summary>
static class BenchTable
{
    const double MiB = 1024.0 * 1024;

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(BenchReport report, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"insights bench, scale {report.Scale}, {report.ProcessorCount} processors, {report.StartedAt:yyyy-MM-dd HH:mm} UTC"));
        output.WriteLine();
        output.WriteLine($"{"phase",-12} {"part",-12} {"rows",12} {"seconds",9} {"rows/s",12} {"ratio",7}  {"peak MB",8}");
        foreach (var phase in report.Phases)
        {
            output.WriteLine(Line(report, phase.Name, null, phase.Rows, phase.Seconds, phase.RowsPerSecond, phase.PeakWorkingSetBytes));
            foreach (var part in phase.Parts)
                output.WriteLine(Line(report, "", part.Name, part.Rows, part.Seconds, part.RowsPerSecond, part.PeakWorkingSetBytes, phase.Name));
        }
        output.WriteLine();
        output.WriteLine("ratios:");
        foreach (var ratio in report.Ratios)
            output.WriteLine(string.Create(inv, $"  {ratio.Phase}{(ratio.Part is null ? "" : "/" + ratio.Part)}: {ratio.Value:F3} = {ratio.Meaning}"));
        output.WriteLine("targets:");
        foreach (var target in report.Targets)
            output.WriteLine($"  [{(target.Met ? "met" : "NOT met")}] {target.Target}: {target.Measured}");
        foreach (var phase in report.Phases)
        foreach (var note in phase.Notes)
            output.WriteLine($"  note ({phase.Name}): {note}");
        output.WriteLine($"  memory: {report.MemoryMeasuredAs}");
        if (report.LoadAverage is not null) output.WriteLine($"  load average (1/5/15 min): {report.LoadAverage}");
    }

    static string Line(BenchReport report, string phase, string? part, long rows, double seconds, double rowsPerSecond, long peak,
        string? partOf = null)
    {
        var ratio = report.Ratios.FirstOrDefault(r => r.Phase == (partOf ?? phase) && r.Part == part);
        return string.Create(CultureInfo.InvariantCulture,
            $"{phase,-12} {part ?? "(all)",-12} {rows,12:N0} {(seconds > 0 ? seconds.ToString("F2", CultureInfo.InvariantCulture) : "–"),9} " +
            $"{(seconds > 0 ? rowsPerSecond.ToString("N0", CultureInfo.InvariantCulture) : "–"),12} " +
            $"{(ratio is null ? "" : ratio.Value.ToString("F2", CultureInfo.InvariantCulture)),7}  " +
            $"{(peak > 0 ? (peak / MiB).ToString("N0", CultureInfo.InvariantCulture) : "–"),8}");
    }
}
