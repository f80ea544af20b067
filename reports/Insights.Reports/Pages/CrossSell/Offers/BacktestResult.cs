namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// One method's result over the backtest's customers for its top <see cref="Top"/> offers: customers who bought an offered item
/// in the horizon (hits), the hit rate with its 95% Wilson interval, the revenue of offered items bought in the horizon, and the
/// hit rate's ratio to the two popularity baselines' (null when a baseline hit nobody).
/// </summary>
public sealed record BacktestLine(string Method, int Top, int Customers, int Hits, double HitRate, double HitRateLow, double HitRateHigh,
    double Revenue, double? RatioToPopular, double? RatioToPopularInSegment)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["method", "top", "customers", "hits", "hit_rate", "hit_rate_low", "hit_rate_high", "revenue", "ratio_to_popular", "ratio_to_popular_in_segment"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Method, Top, Customers, Hits, HitRate, HitRateLow, HitRateHigh, Revenue, RatioToPopular, RatioToPopularInSegment];
}

/// <summary>
/// A backtest of the offers: made from the data before <see cref="Cutoff"/>, measured on purchases in [cutoff, cutoff +
/// <see cref="Horizon"/> days); <see cref="Customers"/> bought before the cutoff and are the denominators of every line.
/// </summary>
public sealed record BacktestResult(string Level, DateOnly Cutoff, int Horizon, int Customers, int PairRules, bool Modelled,
    string? ModelNote, IReadOnlyList<BacktestLine> Lines, double Seconds)
{
    /// <summary>The method names, as the lines spell them.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["next-best, most likely", "next-best, most revenue", "popular overall", "popular in segment"];

    /// <summary>The line of <paramref name="method"/> and <paramref name="top"/>.</summary>
    public BacktestLine Line(string method, int top) => Lines.First(l => l.Method == method && l.Top == top);
}

/// <summary>A backtest the warehouse's dates refuse (a cutoff with no data before it, or a horizon past the last purchase).</summary>
public sealed class BacktestRefusedException(string message) : Exception(message);
