using System.Net;
using System.Text.RegularExpressions;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// A report's CLI command without options gives the numbers of its page without a query string: the filter record's defaults
/// are the page's, and what the entry view does on its own (the rules' category level) lives in the query both call. Each case
/// reads the page on a small world, closes the site and runs the CLI on the same file.
/// </summary>
public sealed class ReportDefaultsTests : IDisposable
{
    readonly TempFolder _folder = new();

    sealed class FileSite(TempFolder folder) : SiteFactory(folder, ownsFolder: false);

    string Warehouse => _folder.File("warehouse.duckdb");

    // the page's answer to each address, from a site on the folder's warehouse, closed afterwards so the CLI can open the file
    async Task<List<string>> PageAsync(Action<FileSite> world, params string[] addresses)
    {
        using var site = new FileSite(_folder);
        world(site);
        var client = site.ClientAs(Roles.Marketing);
        var pages = new List<string>();
        foreach (var address in addresses) pages.Add(await client.GetStringAsync(address));
        return pages;
    }

    // the CLI on the file the site used: the site is disposed, but a background step it started (the scores after the tiny
    // world's load) can keep DuckDB's instance, and so the file, open for a moment after; the CLI then says so (exit code 3,
    // Locked), and is run again (a CI run saw it once, on a loaded machine)
    static CliProcess.Result Cli(params string[] args)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var result = CliProcess.Run(args);
            if (result.ExitCode != 3 || DateTime.UtcNow > deadline) return result;
            Thread.Sleep(500);
        }
    }

    static string[] Lines(string csv) => csv.TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    [Fact]
    public async Task Intervals_without_options_gives_the_pages_default_customer_scores_in_days()
    {
        var page = (await PageAsync(site =>
        {
            TinyWorld.CopyTo(site.SourcesFolder);
            site.LoadTinyWorld();
        }, "/intervals?handler=CustomersCsv")).Single();

        var cli = Cli("report", "intervals", "--warehouse", Warehouse, "--format", "csv");

        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.True(Lines(page).Length > 2, page);   // scored customers to compare, not just a header
        Assert.Equal(Lines(page), Lines(cli.Stdout));
        var weeks = Cli("report", "intervals", "--warehouse", Warehouse, "--format", "csv", "--unit", "weeks");
        Assert.NotEqual(Lines(page), Lines(weeks.Stdout));   // the unit is a real difference: days is the default, not a no-op
    }

    [Fact]
    public async Task Cross_sell_rules_without_options_opens_at_category_level_as_the_entry_page_does()
    {
        // 200 baskets of two products never sold again (one Bakery, one Dairy): no product pair reaches the default support of
        // 1% (each is in 0.5% of the baskets), while Bakery and Dairy are together in every basket (2 category rules)
        var entry = (await PageAsync(site =>
        {
            using var connection = site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection();
            connection.ExecuteNonQuery("""
                insert into dim_product
                select i, i, null, 'Product ' || i, case when i % 2 = 1 then 'Bakery' else 'Dairy' end, null, false from range(1, 401) as t(i);
                insert into dim_customer
                select i, i, 'Customer ' || i, 'C' || i, null, 'North', 'web', null, timestamp '2020-01-01', timestamp '9999-12-31', true, false
                from range(1, 201) as t(i);
                insert into fct_order_line
                select b, line, 0, timestamp '2024-01-01' + to_days(b::integer), b, 2 * b - 2 + line, 1, 'completed', 1, 10.00, 10.00, 0, 10.00, false
                from range(1, 201) as t(b), range(1, 3) as l(line);
                """);
        }, "/cross-sell/rules")).Single();
        var csvLink = WebUtility.HtmlDecode(Regex.Match(entry, "id=\"rules-csv\" href=\"([^\"]*)\"").Groups[1].Value);
        Assert.Contains("level=category", csvLink);
        var pageCsv = (await PageAsync(_ => { }, csvLink)).Single();

        var cli = Cli("report", "cross-sell", "rules", "--warehouse", Warehouse, "--format", "csv");

        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Equal(3, Lines(pageCsv).Length);   // the header and Bakery ⇒ Dairy, Dairy ⇒ Bakery
        Assert.Equal(Lines(pageCsv), Lines(cli.Stdout));
        Assert.Contains("No pair of products is in 1% of the baskets with confidence 20% or more, so the rules are at category level.", cli.Stderr);
        // an option given is a filter chosen: the product level is kept, and finds no rule
        var product = Cli("report", "cross-sell", "rules", "--warehouse", Warehouse, "--format", "csv", "--level", "product");
        Assert.True(product.ExitCode == 0, product.Stderr);
        Assert.Single(Lines(product.Stdout));
    }

    public void Dispose() => _folder.Dispose();
}
