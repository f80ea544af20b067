using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers;

/// <summary>Looks one customer up in the per-customer marts (small reads, in the caller's snapshot).</summary>
static class ModelFiguresReader
{
    static readonly string FitSql = SqlResource.Load<CustomerProfileQuery>("score_fit.sql");
    static readonly string ScoreSql = SqlResource.Load<CustomerProfileQuery>("customer_score.sql");
    static readonly string OffersSql = SqlResource.Load<CustomerProfileQuery>("customer_offers.sql");

    /// <summary>The fit the marts were written from (null: not computed yet); the same for every customer.</summary>
    public static ScoreFit? Fit(DuckDBConnection connection, CancellationToken ct)
    {
        using var command = connection.CreateCommand(FitSql);
        using var stop = command.StopWhen(ct);
        using var r = command.ExecuteReader();
        return r.Read()
            ? new ScoreFit(r.GetInt64(0), r.GetDateTime(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2), r.GetInt32(3), r.GetInt32(4),
                r.GetDouble(5), r.GetDouble(6), r.GetBoolean(7), r.GetBoolean(8), r.GetString(9), r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11))
            : null;
    }

    /// <summary>The figures of customer <paramref name="customerId"/> from <paramref name="fit"/> (read by <see cref="Fit"/>).</summary>
    public static CustomerModelFigures Read(DuckDBConnection connection, int customerId, ScoreFit? fit, CancellationToken ct)
    {
        if (fit is null) return new CustomerModelFigures(null, null, []);

        CustomerModelScore? score;
        using (var command = connection.CreateCommand(ScoreSql, ("id", customerId)))
        using (command.StopWhen(ct))
        using (var r = command.ExecuteReader())
            score = r.Read()
                ? new CustomerModelScore(r.GetInt64(0), r.GetFieldValue<DateOnly>(1), Double(r, 2), Double(r, 3), Double(r, 4), Double(r, 5),
                    Double(r, 6), Double(r, 7), r.GetInt32(8), Double(r, 9), r.GetBoolean(10))
                : null;

        var offers = new List<CustomerOffer>();
        using (var command = connection.CreateCommand(OffersSql, ("id", customerId)))
        using (command.StopWhen(ct))
        using (var r = command.ExecuteReader())
            while (r.Read())
                offers.Add(new CustomerOffer(r.GetInt32(0), r.GetString(1), r.GetDouble(2), r.GetString(3), r.GetString(4)));
        // best first: customer_offers.sql leaves the order to this method (a sort in DuckDB cost more than the read)
        offers.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        return new CustomerModelFigures(fit, score, offers);
    }

    static double? Double(System.Data.Common.DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
}
