using System.Globalization;
using Cronos;

namespace Insights.Etl;

/// <summary>
/// The ETL's cron schedules (Etl:Schedule, Etl:Schedules) read as Hangfire reads them, through Cronos: five fields, six with
/// seconds first, or a macro such as @daily; times in UTC, Hangfire's default for recurring jobs.
/// </summary>
public static class CronSchedule
{
    /// <summary>
    /// Why <paramref name="cron"/> cannot schedule a load (not cron, or a day that never comes, such as 30 February), or null
    /// when it can.
    /// </summary>
    public static string? Problem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron)) return "is empty";
        CronExpression expression;
        try
        {
            expression = Parse(cron);
        }
        catch (CronFormatException e)
        {
            return $"is not a cron expression (5 fields, or 6 with seconds first): {e.Message}";
        }
        // Hangfire would register it and never run it; Cronos finds no occurrence in the whole calendar it covers
        return expression.GetNextOccurrence(DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc) is null ? "never occurs" : null;
    }

    /// <summary>The next time after <paramref name="now"/> that <paramref name="cron"/> fires (UTC), or null if it never does.</summary>
    public static DateTimeOffset? Next(string cron, DateTimeOffset now) => Parse(cron).GetNextOccurrence(now, TimeZoneInfo.Utc);

    /// <summary>A schedule for people: the expression and its next run, e.g. <c>'*/30 * * * *', next 2026-07-01 10:30:00 UTC</c>.</summary>
    public static string Describe(string cron, DateTimeOffset now) => Next(cron, now) is { } next
        ? string.Create(CultureInfo.InvariantCulture, $"'{cron}', next {next.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC")
        : $"'{cron}', never";

    // Hangfire picks the format by the number of fields, and so do we: the same text means the same schedule in both.
    static CronExpression Parse(string cron) => CronExpression.Parse(cron,
        cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
}
