using System.Diagnostics;
using System.Globalization;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Intervals;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Bench.Intervals;

/// <summary>
/// `bench intervals`: fit BG/NBD + Gamma-Gamma and score every customer (P(alive), expected purchases, expected spend, CLV).
/// CDNOW master: from its in-memory summary, the first run and the median of the warm runs (same process). A warehouse (e.g.
/// SF10): reading the summary through the report's own SQL, then fitting and scoring, each run end to end.
/// </summary>
sealed class IntervalsBench(int runs)
{
    /// <summary>Calibration end 1997-09-30, weeks, 39 weeks ahead, 12-month CLV at 1% a month (the example in docs/reports/intervals.md).</summary>
    public IntervalsBenchCase CdnowMaster(string path)
    {
        var settings = new IntervalsSettings(new DateOnly(1997, 9, 30), null, Reports.Analytics.TimeUnit.Weeks, 39, 12, 0.01, 1, 2);
        var rows = CdnowMasterSummary.Read(path, settings.CalibrationEnd);
        var times = new List<double>();
        var cpu = new List<double>();
        IntervalsModelResult? result = null;
        for (var i = 0; i <= runs; i++)
        {
            var cpuStart = Cpu();
            var watch = Stopwatch.StartNew();
            result = IntervalsScoring.Score(rows, settings);
            times.Add(watch.Elapsed.TotalSeconds);
            cpu.Add(Cpu() - cpuStart);
        }
        return Case("cdnow master: fit + score", rows.Count, Groups(rows), 0, times, cpu, result!, target: 0.05);
    }

    /// <summary>Reads the warehouse's summary with the report's query (calibration end: the last purchase day), fits and scores.</summary>
    public IntervalsBenchCase Warehouse(DuckDbWarehouse warehouse)
    {
        var query = new IntervalsQuery(warehouse, new ComputeGate(Options.Create(new ReportLimitsOptions())));
        var settings = query.Resolve(new IntervalsFilter { Unit = "weeks", Horizon = 52 })
            ?? throw new InvalidOperationException("the warehouse has no completed purchases");
        var times = new List<double>();
        var cpu = new List<double>();
        var reads = new List<double>();
        IntervalsModelResult? result = null;
        IReadOnlyList<CustomerSummaryRow> rows = [];
        for (var i = 0; i <= runs; i++)
        {
            var cpuStart = Cpu();
            var watch = Stopwatch.StartNew();
            rows = query.Summary(settings);
            reads.Add(watch.Elapsed.TotalSeconds);
            result = IntervalsScoring.Score(rows, settings);
            times.Add(watch.Elapsed.TotalSeconds);
            cpu.Add(Cpu() - cpuStart);
        }
        var warmReads = reads.Skip(runs == 0 ? 0 : 1).Order().ToList();
        return Case($"warehouse: read + fit + score ({Path.GetFileName(warehouse.DatabasePath)})", rows.Count, Groups(rows),
            warmReads[warmReads.Count / 2], times, cpu, result!, target: 5);
    }

    static long Groups(IReadOnlyList<CustomerSummaryRow> rows) => rows.Select(r => (r.Frequency, r.RecencyDays, r.AgeDays)).Distinct().LongCount();

    static double Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    static double Median(List<double> values)
    {
        var warm = values.Skip(values.Count > 1 ? 1 : 0).Order().ToList();
        return warm[warm.Count / 2];
    }

    static IntervalsBenchCase Case(string name, long customers, long groups, double read, List<double> times, List<double> cpu,
        IntervalsModelResult result, double target)
    {
        var median = Median(times);
        var bg = result.BgNbd.Parameters;
        var gg = result.GammaGamma.Parameters;
        var parameters = string.Create(CultureInfo.InvariantCulture,
            $"r={bg.R:0.####} alpha={bg.Alpha:0.####} a={bg.A:0.####} b={bg.B:0.####}; p={gg.P:0.####} q={gg.Q:0.####} v={gg.V:0.####}");
        return new IntervalsBenchCase(name, customers, groups, read, times[0], times.Skip(1).ToList(), median, Median(cpu), parameters,
            result.Trusted, target);
    }

    /// <summary>The 1-, 5- and 15-minute load averages (Linux /proc/loadavg).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
