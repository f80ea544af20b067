using System.Globalization;
using Insights.Reports.Pages.Intervals;

namespace Insights.Bench.Intervals;

/// <summary>
/// CDNOW_master.txt (header line; customer_id, yyyymmdd, CDs, dollars; whitespace separated) summarised in memory the way
/// customer_summary.sql summarises the warehouse: purchase days, x, t_x and T in days to the calibration end, mean repeat spend.
/// The bench times the models, not this parse.
/// </summary>
static class CdnowMasterSummary
{
    /// <summary>One summary row per customer with a purchase on or before <paramref name="calibrationEnd"/>.</summary>
    public static List<CustomerSummaryRow> Read(string path, DateOnly calibrationEnd)
    {
        var days = new Dictionary<int, SortedDictionary<DateOnly, decimal>>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 4) continue;
            var customer = int.Parse(f[0], CultureInfo.InvariantCulture);
            var day = DateOnly.ParseExact(f[1], "yyyyMMdd", CultureInfo.InvariantCulture);
            if (day > calibrationEnd) continue;
            if (!days.TryGetValue(customer, out var perDay)) days[customer] = perDay = [];
            perDay[day] = perDay.GetValueOrDefault(day) + decimal.Parse(f[3], CultureInfo.InvariantCulture);
        }
        return days.OrderBy(d => d.Key).Select(d =>
        {
            var list = d.Value.ToList();
            var first = list[0].Key;
            var x = list.Count - 1;
            var repeat = x > 0 ? (double)(list.Skip(1).Sum(p => p.Value) / x) : 0;
            return new CustomerSummaryRow(d.Key, x, list[^1].Key.DayNumber - first.DayNumber, calibrationEnd.DayNumber - first.DayNumber, repeat, 0);
        }).ToList();
    }
}
