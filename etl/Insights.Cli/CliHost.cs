using System.CommandLine;
using Insights.Bench;
using Insights.Demo;
using System.CommandLine.Parsing;
using Insights.Cli.Input;
using Insights.Etl;
using Insights.Reports;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Loyalty;
using Insights.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Insights.Cli;

/// <summary>
/// Builds the host a command runs in (the site's configuration keys, each section it registers validated at start as the site
/// validates it) and maps failures to exit codes.
/// </summary>
static class CliHost
{
    /// <summary>Exit codes: 0 ok, 1 the work failed, 2 bad usage or configuration, 3 the warehouse file is held by another process.</summary>
    public const int Ok = 0, Failed = 1, BadUsage = 2, Locked = 3;

    public static readonly Option<string?> WarehouseOption = new("--warehouse")
    {
        Description = "DuckDB warehouse file (overrides Warehouse:DatabasePath)",
        Recursive = true,
    };

    public static readonly Option<FileInfo?> SettingsOption = new("--settings")
    {
        Description = "A JSON settings file layered over cli.settings.json (e.g. an Etl:MappedFiles source for your own export layout)",
        Recursive = true,
    };

    public static readonly Option<string?> SourcesOption = new("--sources")
    {
        Description = "Root folder of the file sources (overrides Etl:SourcesFolder)",
        Recursive = true,
    };

    /// <summary>What the bench commands (a library) take from this host: its start-up and its --warehouse option.</summary>
    public static readonly BenchHost Bench = new(
        (parse, opensWarehouse) => Start(parse, opensWarehouse ? WarehouseUse.CreateIfMissing : WarehouseUse.None), WarehouseOption);

    /// <summary>
    /// Starts a host for one command. Configuration: cli.settings.json next to the executable, then environment variables
    /// (Warehouse__DatabasePath...), then the global options. <paramref name="warehouse"/> says whether it opens (and migrates)
    /// the warehouse (<see cref="WarehouseUse"/>: read-only commands refuse a missing file before DuckDB can create it);
    /// commands that do not need it leave the file alone, so they work while the site runs.
    /// </summary>
    /// <remarks><paramref name="configure"/> adds what one command's host needs (the worker's job server) before it is built.</remarks>
    public static IHost Start(ParseResult parse, WarehouseUse warehouse, Action<HostApplicationBuilder>? configure = null)
    {
        // Explicit sources instead of the host defaults: the site's appsettings.json must never leak into the CLI, and logs go to
        // stderr so stdout carries only the command's output (csv/json for scripts).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "cli.settings.json"), optional: true);
        if (parse.GetValue(SettingsOption) is { } settings)
        {
            if (!settings.Exists) throw new FileNotFoundException($"Settings file {settings.FullName} does not exist.");
            builder.Configuration.AddJsonFile(settings.FullName, optional: false);
        }
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(WarehouseOption) is { } path) overrides["Warehouse:DatabasePath"] = path;
        if (parse.GetValue(SourcesOption) is { } sources) overrides["Etl:SourcesFolder"] = sources;
        builder.Configuration.AddInMemoryCollection(overrides);
        if (warehouse == WarehouseUse.Existing) RequireExistingWarehouse(builder.Configuration);
        if (warehouse != WarehouseUse.None) builder.AddWarehouse();
        // A command on an existing warehouse runs no load, so its start skips what only loads need: reading the model graph
        // (WarehouseInitializer), and registering the ETL and the demo generator with the validation of their sections
        // (schedules parsed, mapped files checked). Together 45-70 ms of CPU of a small report's whole process.
        if (warehouse == WarehouseUse.Existing)
            builder.Services.AddSingleton(new WarehouseBuildsNoModels());
        else
        {
            builder.AddEtl();
            builder.AddDemo();
        }
        builder.AddReports();
        configure?.Invoke(builder);
        CliTiming.Mark("host configured");
        var host = builder.Build();
        CliTiming.Mark("host built");
        host.Start();
        CliTiming.Mark("host started");
        return host;
    }

    // resolved as DuckDbWarehouse resolves it (against the working directory); an empty path is left to options validation
    static void RequireExistingWarehouse(IConfiguration configuration)
    {
        var configured = configuration[$"{WarehouseOptions.Section}:{nameof(WarehouseOptions.DatabasePath)}"] ?? new WarehouseOptions().DatabasePath;
        if (string.IsNullOrWhiteSpace(configured)) return;
        var path = Path.GetFullPath(configured);
        if (!File.Exists(path))
            throw new FileNotFoundException($"No warehouse at {path}: this command only reads a warehouse and creates none. " +
                "Run `insights etl run` first to create and load it, or point --warehouse (Warehouse:DatabasePath) at an existing file.", path);
    }

    /// <summary>
    /// <see cref="Invoke"/> with stdout buffered (64 KiB) when it goes to a file or a pipe: the unbuffered console makes one
    /// write() per field, comma and line break, which at 1 M rows took most of a csv report's time. On a terminal the output
    /// stays unbuffered, so progress shows as it happens (RunProgress writes progress to stderr when stdout is redirected).
    /// </summary>
    public static int InvokeWithBufferedOutput(RootCommand root, string[] args)
    {
        if (!Console.IsOutputRedirected) return Invoke(root, args);
        var console = Console.Out;
        using var buffered = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        Console.SetOut(buffered);
        try
        {
            return Invoke(root, args);
        }
        finally
        {
            buffered.Flush();
            Console.SetOut(console);
        }
    }

    /// <summary>
    /// Parses and runs; every usage problem ends the same way (each problem a line on stderr, exit 2, never a stack trace),
    /// whether System.CommandLine found it (a bad date or number, an unknown option) or the command did (a filter that fails
    /// validation, a value the warehouse does not know); other known failures get their own message and exit code.
    /// </summary>
    public static int Invoke(RootCommand root, string[] args)
    {
        try
        {
            var parse = root.Parse(args);
            CliTiming.Mark("parsed");
            // System.CommandLine would print its errors and then the whole help text, and exit 1: here a parse error is a
            // usage error like any other (the help stays one `--help` away).
            if (parse.Errors.Count > 0) return Usage(ParseProblems(parse));
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Find<UsageException>(e) is { } usage)
        {
            return Usage(usage.Problems);
        }
        catch (Exception e) when (Find<LoyaltyFilterException>(e) is { } filter)
        {
            return Usage([filter.Message]);
        }
        catch (Exception e) when (Find<ComputeLimitException>(e) is { } limit)   // the report limits: a filter asking too much
        {
            return Usage([limit.Message]);
        }
        catch (Exception e) when (Find<WarehouseLockedException>(e) is { } locked)
        {
            Console.Error.WriteLine(locked.Message);
            return Locked;
        }
        catch (Exception e) when (Find<Microsoft.Extensions.Options.OptionsValidationException>(e) is { } invalid)
        {
            Console.Error.WriteLine("Configuration is not valid: " + string.Join("; ", invalid.Failures));
            return BadUsage;
        }
        catch (Exception e) when (Find<FileNotFoundException>(e) is { } missing)
        {
            Console.Error.WriteLine(missing.Message);
            return BadUsage;
        }
        catch (Exception e) when (Find<SourceContractException>(e) is { } contract)
        {
            Console.Error.WriteLine(contract.Message);
            return Failed;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"insights: {e.GetType().Name}: {e.Message}");
            return Failed;
        }
    }

    static List<string> ParseProblems(ParseResult parse)
    {
        var problems = parse.Errors.Select(e => e.Message).ToList();
        // `insights report` alone names no report: say where the list is, on the same line (the whole help would bury the error)
        var command = parse.CommandResult.Command;
        if (command.Action is null && command.Subcommands.Count > 0)
        {
            var path = new List<string>();
            for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
                if (result is CommandResult { Command: var c }) path.Insert(0, c.Name);
            problems[^1] += $" `{string.Join(' ', path)} --help` lists its commands.";
        }
        return problems;
    }

    // one line per problem: System.CommandLine lists the allowed values of an option on lines of their own
    static int Usage(IEnumerable<string> problems)
    {
        foreach (var problem in problems)
            Console.Error.WriteLine(string.Join(' ', problem.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        return BadUsage;
    }

    static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found) return found;
            if (e is AggregateException { InnerExceptions: var inner } && inner.Select(Find<T>).FirstOrDefault(x => x is not null) is { } f)
                return f;
        }
        return null;
    }
}
