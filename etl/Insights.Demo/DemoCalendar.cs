namespace Insights.Demo;

/// <summary>The history window of a demo world and the times of day things happen at (all UTC, whole seconds).</summary>
sealed class DemoCalendar
{
    // Relative activity per hour of day: shops open 8-22, online shopping peaks in the evening and never stops.
    static readonly double[] StoreHours = [0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 7, 8, 9, 8, 7, 7, 8, 10, 10, 7, 4, 2, 0, 0];
    static readonly double[] OnlineHours = [1.5, 0.8, 0.4, 0.3, 0.3, 0.5, 1.5, 3, 4, 4, 4, 4, 5, 5, 4, 4, 4, 5, 6, 8, 9, 9, 7, 4];

    public DemoCalendar(DemoSpec spec)
    {
        End = spec.EndDate.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc);
        Start = spec.EndDate.AddYears(-spec.Years).AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Days = (int)Math.Round((End - Start).TotalDays);
    }

    /// <summary>First instant of the history.</summary>
    public DateTime Start { get; }

    /// <summary>Last instant of the history (end date, 23:59:59): nothing is dated after it.</summary>
    public DateTime End { get; }

    /// <summary>Number of days in the history.</summary>
    public int Days { get; }

    /// <summary>A time on the day of <paramref name="day"/>, at an hour typical of the channel.</summary>
    public DateTime DayTime(Random random, DateTime day, bool online)
    {
        var hour = random.Weighted(online ? OnlineHours : StoreHours);
        return DateTime.SpecifyKind(day.Date, DateTimeKind.Utc).AddHours(hour).AddSeconds(random.Next(3600));
    }

    /// <summary><paramref name="at"/> plus a fractional number of days, kept to whole seconds.</summary>
    public static DateTime Later(DateTime at, double days) => at.AddSeconds(Math.Round(days * 86_400));
}
