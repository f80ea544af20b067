namespace Insights.Tests.Site;

/// <summary>
/// Lets a test stop its browsing clients for a moment: <see cref="PauseAsync"/> returns once no request is in flight, and the
/// clients wait in <see cref="EnterAsync"/> until <see cref="Resume"/>.
/// </summary>
public sealed class Browsing(int clients)
{
    readonly SemaphoreSlim _inFlight = new(clients, clients);
    readonly int _clients = clients;
    volatile TaskCompletionSource _open = Open();

    /// <summary>Called by a client before each request.</summary>
    public async Task EnterAsync()
    {
        while (true)
        {
            await _open.Task;
            await _inFlight.WaitAsync();
            if (_open.Task.IsCompleted) return;
            _inFlight.Release();   // paused meanwhile: wait for the resume
        }
    }

    /// <summary>Called by a client after each request.</summary>
    public void Exit() => _inFlight.Release();

    /// <summary>Stops new requests and waits for those in flight.</summary>
    public async Task PauseAsync()
    {
        _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var i = 0; i < _clients; i++) await _inFlight.WaitAsync();
        _inFlight.Release(_clients);
    }

    /// <summary>Lets the clients go on.</summary>
    public void Resume() => _open.TrySetResult();

    static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
