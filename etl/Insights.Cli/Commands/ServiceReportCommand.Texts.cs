using System.CommandLine;
using Insights.Cli.Input;
using Insights.Reports.Pages.Service.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

static partial class ServiceReportCommand
{
    // `report service terms`: the words and two-word phrases most characteristic of each complaint category
    static Command Terms()
    {
        var options = TextsOptions();
        options.Add(new Option<int>("--min-count") { Description = "A term needs this many complaints of the category" }, f => f.MinCount);
        options.Add(new Option<int>("--top") { Description = "Words (and phrases, apart) per category" }, f => f.Top);
        var format = ReportOutput.Format();
        var command = new Command("terms", "Words and two-word phrases most characteristic of each complaint category, by lift");
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var rows = host.Services.GetRequiredService<ComplaintTermsQuery>().Run(filter);
            var parameters = new { filter.From, filter.To, filter.Region, filter.Segment, filter.Category, filter.MinCount, filter.Top };
            ReportOutput.Print(parse.GetValue(format)!, parameters, rows, CategoryTerm.CsvHeader, t => t.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    // `report service search "words \"a phrase\""`: the complaints holding every word and phrase, newest first
    static Command Search()
    {
        var options = TextsOptions();
        var query = new Argument<string>("query") { Description = "Words and \"quoted phrases\", all required; case and accents ignored" };
        var limit = new Option<int>("--limit") { Description = "Complaints listed at most", DefaultValueFactory = _ => TextsFilter.MaxResults };
        var format = ReportOutput.Format();
        var command = new Command("search", "Complaints whose text holds every word and phrase (through the term index)") { query, limit };
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse) with { Q = parse.GetValue(query) };
            FilterValidation.ThrowIfInvalid(filter);
            if (parse.GetValue(limit) is < 1 or > 100_000) throw new UsageException(["--limit must be between 1 and 100,000."]);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var result = host.Services.GetRequiredService<TextSearchQuery>().Run(filter, limit: parse.GetValue(limit));
            var parameters = new { query = filter.Q, filter.From, filter.To, filter.Region, filter.Segment, filter.Category, total_matches = result.TotalMatches };
            ReportOutput.Print(parse.GetValue(format)!, parameters, result.Hits, ComplaintHit.CsvHeader, h => h.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    static FilterOptions<TextsFilter> TextsOptions()
    {
        var options = new FilterOptions<TextsFilter>();
        AddShared(options);
        options.Add(new Option<string?>("--category") { Description = "Only complaints of this category" }, f => f.Category);
        return options;
    }
}
