using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers;

/// <summary>Looks one customer up in the per-customer marts (two small reads, in the caller's snapshot).</summary>
static class ModelFiguresReader
{
    static readonly string ScoreSql = SqlResource.Load<CustomerProfileQuery>("customer_score.sql");
    static readonly string OffersSql = SqlResource.Load<CustomerProfileQuery>("customer_offers.sql");

    // customer_score.sql: the fit's columns, then the customer's from here (null: no score)
    const int ScoreColumns = 12;

    /// <summary>The figures of customer <paramref name="customerId"/>.</summary>
    public static CustomerModelFigures Read(DuckDBConnection connection, int customerId, CancellationToken ct)
    {
        ScoreFit? fit = null;
        CustomerModelScore? score = null;
        using (var command = connection.CreateCommand(ScoreSql, ("id", customerId)))
        using (command.StopWhen(ct))
        using (var r = command.ExecuteReader())
            if (r.Read())
            {
                fit = new ScoreFit(r.GetInt64(0), r.GetDateTime(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2), r.GetInt32(3), r.GetInt32(4),
                    r.GetDouble(5), r.GetDouble(6), r.GetBoolean(7), r.GetBoolean(8), r.GetString(9), r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11));
                const int s = ScoreColumns;
                score = r.IsDBNull(s) ? null
                    : new CustomerModelScore(r.GetInt64(s), r.GetFieldValue<DateOnly>(s + 1), Double(r, s + 2), Double(r, s + 3), Double(r, s + 4),
                        Double(r, s + 5), Double(r, s + 6), Double(r, s + 7), r.GetInt32(s + 8), Double(r, s + 9), r.GetBoolean(s + 10));
            }
        if (fit is null) return new CustomerModelFigures(null, null, []);

        var offers = new List<CustomerOffer>();
        using (var command = connection.CreateCommand(OffersSql, ("id", customerId)))
        using (command.StopWhen(ct))
        using (var r = command.ExecuteReader())
            while (r.Read())
                offers.Add(new CustomerOffer(r.GetInt32(0), r.GetString(1), r.GetDouble(2), r.GetString(3), r.GetString(4)));
        return new CustomerModelFigures(fit, score, offers);
    }

    static double? Double(System.Data.Common.DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
}
