namespace Insights.Demo;

/// <summary>
/// How the service desk follows a complaint up: when it first answers the customer and how often the complaint comes back
/// after a resolution. Its draws come from a random stream of their own, so adding them left every other draw of a seed (and
/// the figures tests and the README pin) where it was.
/// </summary>
sealed class ComplaintResponder(Random random, DemoCalendar calendar)
{
    // The desk works Monday to Friday, 08:00-18:00 UTC: a complaint logged then is answered within hours, one logged in the
    // evening the next working morning, one logged on a Saturday or Sunday on Monday morning (the weekend signal).
    const int OpensAtHour = 8;
    const int ClosesAtHour = 18;

    // A poor product is often replaced by one with the same fault: quality complaints come back far more often (the reopen signal).
    const string OftenReopenedCategory = "product_quality";
    const double OftenReopenedChance = 0.35;
    const double ReopenedChance = 0.06;

    /// <summary>
    /// The first response (null while nobody has answered: an "open" complaint, or one whose answer falls after the history)
    /// and the number of reopenings (0 for a complaint never answered). A first response never comes after the resolution,
    /// since resolving answers the customer.
    /// </summary>
    public (DateTime? FirstResponseAt, int ReopenedCount) FollowUp(string category, DateTime openedAt, DateTime? resolvedAt, string status)
    {
        if (status == "open") return (null, 0);
        var firstResponseAt = NextWorkingTime(openedAt).AddSeconds(Math.Round(random.Uniform(0.25, 4) * 3_600));
        if (resolvedAt is { } resolved && firstResponseAt > resolved) firstResponseAt = resolved;
        if (firstResponseAt > calendar.End) return (null, 0);
        var reopened = random.Chance(category == OftenReopenedCategory ? OftenReopenedChance : ReopenedChance)
            ? 1 + random.Poisson(0.4)
            : 0;
        return (firstResponseAt, reopened);
    }

    /// <summary>The time itself within working hours, else the next opening of the desk.</summary>
    static DateTime NextWorkingTime(DateTime at)
    {
        if (IsWorkingDay(at) && at.Hour is >= OpensAtHour and < ClosesAtHour) return at;
        var day = at.Hour < OpensAtHour ? at.Date : at.Date.AddDays(1);
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return DateTime.SpecifyKind(day, DateTimeKind.Utc).AddHours(OpensAtHour);
    }

    static bool IsWorkingDay(DateTime day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
