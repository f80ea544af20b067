using Insights.Etl;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Etl;

/// <summary>
/// Loads take the writer of their warehouse file: a second load of the same warehouse waits for the first to end (after-load
/// steps included), while a load of another warehouse in the same process goes ahead (the tests' parallel classes each load
/// their own warehouse). A load is held inside its after-load step, still holding its writer, until the test lets it go.
/// </summary>
public sealed class LoadWriterTests : IDisposable
{
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    readonly TempFolder _heldFolder = new();
    readonly TempFolder _otherFolder = new();
    readonly HeldStep _held = new();

    /// <summary>An after-load step that waits, inside the load, until the test releases it.</summary>
    sealed class HeldStep : IAfterLoad, IDisposable
    {
        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Released { get; } = new();

        public string Name => "held by the test";

        public void Run(long runId, CancellationToken ct)
        {
            Entered.Set();
            Released.Wait(Patience, ct);
        }

        public void Dispose()
        {
            Released.Set();
            Entered.Dispose();
            Released.Dispose();
        }
    }

    WarehouseHost HeldHost() =>
        new(_heldFolder, services: s => s.AddSingleton<IAfterLoad>(_held));

    static Task<EtlRunResult> LoadAsync(WarehouseHost host, string source) =>
        Task.Run(() => host.Get<EtlRunner>().Run(source, "test", CancellationToken.None));

    [Fact]
    public async Task A_load_of_another_warehouse_goes_ahead_while_one_holds_its_writer()
    {
        using var held = HeldHost();
        TinyWorld.CopyTo(held.SourcesFolder);
        using var other = new WarehouseHost(_otherFolder);
        TinyWorld.CopyTo(other.SourcesFolder);

        var holding = LoadAsync(held, SourceNames.Operational);
        Assert.True(_held.Entered.Wait(Patience), "the held load never reached its after-load step");

        var beside = LoadAsync(other, SourceNames.Operational);
        var finished = await Task.WhenAny(beside, Task.Delay(Patience)) == beside;
        var stillHeld = !holding.IsCompleted;
        _held.Released.Set();

        Assert.True(finished, "the other warehouse's load waited for the held one");
        Assert.True(stillHeld, "the held load ended before the other warehouse's load did");
        Assert.Equal("succeeded", (await beside).Status);
        Assert.Equal("succeeded", (await holding).Status);
    }

    [Fact]
    public async Task A_second_load_of_the_same_warehouse_waits_until_the_first_has_ended()
    {
        using var held = HeldHost();
        TinyWorld.CopyTo(held.SourcesFolder);

        var holding = LoadAsync(held, SourceNames.Operational);
        Assert.True(_held.Entered.Wait(Patience), "the held load never reached its after-load step");

        var waiting = LoadAsync(held, SourceNames.Contacts);
        var wentAhead = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(2))) == waiting;
        _held.Released.Set();

        Assert.False(wentAhead, "a second load of the same warehouse ran while the first held its writer");
        Assert.Equal("succeeded", (await holding).Status);
        Assert.Equal("succeeded", (await waiting).Status);
    }

    public void Dispose()
    {
        _held.Dispose();
        _heldFolder.Dispose();
        _otherFolder.Dispose();
    }
}
