using Insights.Reports.Limits;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Reports.Limits;

public sealed class DownloadGateTests
{
    static DownloadGate Gate(int maxConcurrent, int maxWaitSeconds) =>
        new(Options.Create(new DownloadLimitsOptions { MaxConcurrent = maxConcurrent, MaxWaitSeconds = maxWaitSeconds }));

    [Fact]
    public async Task A_download_past_the_places_waits_and_enters_when_one_is_given_back()
    {
        var gate = Gate(maxConcurrent: 2, maxWaitSeconds: 60);
        var first = await gate.EnterAsync(CancellationToken.None);
        var second = await gate.EnterAsync(CancellationToken.None);

        var third = gate.EnterAsync(CancellationToken.None);

        Assert.False(third.IsCompleted);   // both places taken: it waits
        Assert.Equal(1, gate.Waiting);
        first.Dispose();
        using var entered = await third.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, gate.Streaming);
        Assert.Equal(0, gate.Waiting);
        second.Dispose();
    }

    [Fact]
    public async Task A_download_that_finds_no_place_in_its_wait_is_refused_with_503_and_a_retry_time()
    {
        var gate = Gate(maxConcurrent: 1, maxWaitSeconds: 0);
        using var held = await gate.EnterAsync(CancellationToken.None);

        var refusal = await Assert.ThrowsAsync<DownloadBusyException>(() => gate.EnterAsync(CancellationToken.None));

        Assert.Equal(503, refusal.StatusCode);
        Assert.Equal(1, refusal.RetryAfterSeconds);   // never "retry after 0 s"
        Assert.Contains("try again", refusal.Message);
        Assert.Equal(1, gate.Streaming);   // the refused one took nothing
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task A_waiting_download_whose_client_leaves_takes_no_place()
    {
        var gate = Gate(maxConcurrent: 1, maxWaitSeconds: 60);
        var held = await gate.EnterAsync(CancellationToken.None);
        using var leave = new CancellationTokenSource();
        var waiting = gate.EnterAsync(leave.Token);

        await leave.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, gate.Streaming);   // the place went back and the one that left holds none
        using var next = await gate.EnterAsync(CancellationToken.None);
        Assert.Equal(1, gate.Streaming);
    }

    [Fact]
    public async Task A_place_given_back_twice_counts_once()
    {
        var gate = Gate(maxConcurrent: 2, maxWaitSeconds: 0);
        var place = await gate.EnterAsync(CancellationToken.None);
        using var other = await gate.EnterAsync(CancellationToken.None);

        place.Dispose();
        place.Dispose();   // the stream's end and the response's end both give it back

        Assert.Equal(1, gate.Streaming);
        using var again = await gate.EnterAsync(CancellationToken.None);
        await Assert.ThrowsAsync<DownloadBusyException>(() => gate.EnterAsync(CancellationToken.None));
    }
}
