using System.CommandLine;
using Microsoft.Extensions.Hosting;

namespace Insights.Bench;

/// <summary>Starts the host a bench command runs in; <paramref name="opensWarehouse"/> creates and migrates a missing warehouse.</summary>
public delegate IHost StartBenchHost(ParseResult parse, bool opensWarehouse);

/// <summary>
/// What the bench commands take from the executable that hosts them: its host start-up (same configuration and validation as
/// every other command) and its global --warehouse option. A library cannot reference the executable, so the CLI hands them in.
/// </summary>
/// <param name="Start">Starts a host for one command.</param>
/// <param name="WarehouseOption">The CLI's global --warehouse option.</param>
public sealed record BenchHost(StartBenchHost Start, Option<string?> WarehouseOption);

/// <summary>The CLI's exit codes that the bench commands return (the same numbers as the CLI's own commands).</summary>
public static class BenchExit
{
    /// <summary>Exit codes: 0 ok, 1 the work failed, 2 bad usage or configuration.</summary>
    public const int Ok = 0, Failed = 1, BadUsage = 2;
}
