using System.CommandLine;
using System.Globalization;
using Insights.Demo;
using Insights.Cli.Input;
using Insights.Etl;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>`demo generate`: writes the demo source systems (files, or PostgreSQL plus the contact/complaint files).</summary>
static class DemoCommands
{
    public static Command Create()
    {
        var scale = new Option<double>("--scale") { Description = "Scale factor (1 = 100,000 customers, ~2M order lines)", DefaultValueFactory = _ => 0.1 };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 42 };
        var to = new Option<string>("--to") { Description = "files or postgres (uses Etl:Operational:ConnectionString)", DefaultValueFactory = _ => "files" };
        to.AcceptOnlyFromAmong("files", "postgres");
        var endDate = DateOptions.Day("--end-date", "Last day of history (default: today, UTC)");

        var generate = new Command("generate", "Generate demo source data") { scale, seed, to, endDate };
        generate.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.None);
            var end = parse.GetValue(endDate)
                ?? DateOnly.FromDateTime(host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var summary = host.Services.GetRequiredService<DemoSourcePreparer>()
                .Generate(parse.GetValue(scale), parse.GetValue(seed), end, toPostgres: parse.GetValue(to) == "postgres");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"customers {summary.Customers}, products {summary.Products}, orders {summary.Orders}, order lines {summary.OrderLines}, " +
                $"returns {summary.Returns}, contacts {summary.Contacts}, complaints {summary.Complaints}, " +
                $"completed net revenue {summary.CompletedNetRevenue:F2}"));
            return CliHost.Ok;
        });
        return new Command("demo", "Demo source systems") { generate };
    }
}
