using Insights.Etl;

namespace Insights.Tests.Etl;

public sealed class CronScheduleTests
{
    static readonly DateTimeOffset Now = new(2026, 7, 1, 10, 17, 42, TimeSpan.Zero);

    [Theory]
    [InlineData("*/30 * * * *", "'*/30 * * * *', next 2026-07-01 10:30:00 UTC")]
    [InlineData("0 3 * * *", "'0 3 * * *', next 2026-07-02 03:00:00 UTC")]
    [InlineData("*/20 * * * * *", "'*/20 * * * * *', next 2026-07-01 10:18:00 UTC")]
    [InlineData("@weekly", "'@weekly', next 2026-07-05 00:00:00 UTC")]
    public void Describes_a_schedule_by_its_next_run_in_UTC(string cron, string description) =>
        Assert.Equal(description, CronSchedule.Describe(cron, Now));

    [Fact]
    public void A_time_offset_is_read_as_the_same_instant_in_UTC() =>
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 11, 0, 0, TimeSpan.Zero),
            CronSchedule.Next("0 * * * *", new DateTimeOffset(2026, 7, 1, 12, 30, 0, TimeSpan.FromHours(2))));

    [Theory]
    [InlineData("every hour", "is not a cron expression")]
    [InlineData("", "is empty")]
    [InlineData("0 0 31 4 *", "never occurs")]
    [InlineData("*/30 * * * *", null)]
    public void Names_the_problem_of_a_schedule_that_cannot_run(string cron, string? problem)
    {
        if (problem is null) Assert.Null(CronSchedule.Problem(cron));
        else Assert.StartsWith(problem, CronSchedule.Problem(cron));
    }
}
