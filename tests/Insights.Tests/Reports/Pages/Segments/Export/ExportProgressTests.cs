using Insights.Reports.Pages.Segments.Export;
using Insights.Tests.Site;

namespace Insights.Tests.Reports.Pages.Segments.Export;

/// <summary>The export page's progress: keys issued per reader, reports in steps, expiry and the cap.</summary>
public sealed class ExportProgressTests
{
    readonly SettableClock _clock = new(new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_download_reports_every_ten_thousand_rows_and_its_end_to_the_reader_who_got_the_key()
    {
        var progress = new ExportProgress(_clock);
        var key = progress.Issue("ann", 25_000);
        Assert.True(ExportProgress.IsKey(key));
        var tracker = progress.Track(key, "ann");
        for (var i = 0; i < 19_999; i++) tracker.Row();
        Assert.Equal(new ExportProgressState(10_000, 25_000, false, false), progress.Get(key, "ann"));
        tracker.Row();
        Assert.Equal(new ExportProgressState(20_000, 25_000, false, false), progress.Get(key, "ann"));
        for (var i = 0; i < 5_000; i++) tracker.Row();
        tracker.Done();
        Assert.Equal(new ExportProgressState(25_000, 25_000, true, false), progress.Get(key, "ann"));
        Assert.Null(progress.Get(key, "bob"));
    }

    [Fact]
    public void Keys_not_issued_to_the_reader_report_nowhere_and_a_stopped_export_says_so()
    {
        var progress = new ExportProgress(_clock);
        var key = progress.Issue("ann", 10);
        progress.Track(key, "bob").Rows(7);                          // another reader's download: ignored
        progress.Track("not-a-key", "ann").Rows(7);                  // malformed: ignored
        progress.Track(new string('a', 32), "ann").Rows(7);          // well-formed but never issued: ignored
        Assert.Equal(new ExportProgressState(0, 10, false, false), progress.Get(key, "ann"));
        Assert.Null(progress.Get(new string('a', 32), "ann"));
        var tracker = progress.Track(key, "ann");
        tracker.Rows(4);
        tracker.Failed();
        Assert.Equal(new ExportProgressState(4, 10, false, true), progress.Get(key, "ann"));
    }

    [Fact]
    public void Keys_expire_after_an_hour_and_at_most_the_cap_are_kept()
    {
        var progress = new ExportProgress(_clock);
        var old = progress.Issue("ann", 1);
        _clock.Now = _clock.Now.AddMinutes(61);
        var fresh = progress.Issue("ann", 2);
        Assert.Null(progress.Get(old, "ann"));
        Assert.NotNull(progress.Get(fresh, "ann"));

        for (var i = 0; i < ExportProgress.MaxEntries; i++)
        {
            _clock.Now = _clock.Now.AddMilliseconds(1);
            progress.Issue("bob", i);
        }
        Assert.Null(progress.Get(fresh, "ann"));                      // the oldest went first
    }
}
