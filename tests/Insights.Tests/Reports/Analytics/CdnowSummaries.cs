using System.Globalization;
using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>The published CDNOW calibration summaries (TestData/cdnow), as the models take them.</summary>
static class CdnowSummaries
{
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow");

    /// <summary>cdnow_customers_summary.csv: ID, frequency, recency, T (weeks).</summary>
    public static IReadOnlyList<(int Id, RecencyFrequency Rf)> Summary() =>
        Rows("cdnow_customers_summary.csv").Select(f => (int.Parse(f[0], CultureInfo.InvariantCulture),
            new RecencyFrequency(int.Parse(f[1], CultureInfo.InvariantCulture), D(f[2]), D(f[3])))).ToList();

    /// <summary>cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar.</summary>
    public static IReadOnlyList<(int Id, RecencyFrequency Rf, double Zbar)> WithTransactions() =>
        Rows("cdnow_customers_summary_with_transactions.csv").Select(f => (int.Parse(f[0], CultureInfo.InvariantCulture),
            new RecencyFrequency(int.Parse(f[1], CultureInfo.InvariantCulture), D(f[2]), D(f[3])), D(f[4]))).ToList();

    static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    static IEnumerable<string[]> Rows(string file) => File.ReadLines(Path.Combine(Folder, file)).Skip(1)
        .Where(l => l.Length > 0).Select(l => l.Split(','));
}
