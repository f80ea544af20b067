using System.CommandLine;
using System.Text.Json;
using Insights.Cli.Input;
using Insights.Reports.Export;
using Insights.Reports.Pages.CrossSell;
using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Reports.Pages.CrossSell.Opportunities;
using Insights.Reports.Pages.CrossSell.Rules;
using Insights.Reports.Pages.CrossSell.Sequences;
using Insights.Reports.Pages.CrossSell.WhiteSpace;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>
/// `report cross-sell &lt;view&gt; [filters] --format csv|json`: the cross-sell pages' numbers through their own query classes,
/// with the same filters and the model parameters. JSON writes an infinite conviction as null, CSV as "inf".
/// </summary>
static class CrossSellReportCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create() => new("cross-sell", "Market-basket rules, sequences, next-best offers, white space and new offerings")
    {
        Rules(),
        Sequences(),
        WhiteSpaceCommand(),
        Offers(),
        Backtest(),
        OpportunitiesCommand(),
    };

    static Command OpportunitiesCommand()
    {
        var options = new FilterOptions<OpportunitiesFilter>();
        options.Add(new Option<int>("--min-orders") { Description = "Pairs need this many orders" }, f => f.MinOrders);
        options.Add(new Option<int>("--limit") { Description = "Rows per list" }, f => f.Limit);
        options.Add(DateOptions.Day("--from", "Only events on or after this day"), f => f.From);
        options.Add(DateOptions.Day("--to", "Only events on or before this day"), f => f.To);
        options.Add(SegmentFilterOption.Create(), f => f.SegmentId);
        var kind = new Option<string>("--kind") { Description = "pairs (co-bought, no bundle), rising (category pairs), complaints", DefaultValueFactory = _ => "pairs" };
        kind.AcceptOnlyFromAmong("pairs", "rising", "complaints");
        var format = ReportOutput.Format();
        var command = new Command("opportunities", "New offerings: co-bought pairs without a bundle, rising category pairs, complaint and return signals")
        {
            kind,
        };
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var query = host.Services.GetRequiredService<OpportunitiesQuery>();
            var parameters = new { kind = parse.GetValue(kind), filter.MinOrders, filter.Limit, filter.From, filter.To, segment = filter.AppliedSegment?.Label };
            var f = parse.GetValue(format)!;
            switch (parse.GetValue(kind))
            {
                case "rising": ReportOutput.Print(f, parameters, query.Rising(filter), RisingPair.CsvHeader, r => r.CsvCells()); break;
                case "complaints": ReportOutput.Print(f, parameters, query.Signals(filter), ComplaintSignal.CsvHeader, r => r.CsvCells()); break;
                default: ReportOutput.Print(f, parameters, query.Pairs(filter), UnbundledPair.CsvHeader, r => r.CsvCells()); break;
            }
            return CliHost.Ok;
        });
        return command;
    }

    static Command Offers()
    {
        var options = new FilterOptions<OffersFilter>();
        options.Add(new Option<int>("--top") { Description = "Offers per customer" }, f => f.Top);
        options.Add(new Option<decimal>("--min-support") { Description = "Minimum support of a customer-level pair rule" }, f => f.MinSupport);
        options.Add(new Option<decimal>("--min-lift") { Description = "Minimum lift of a rule (at least 1)" }, f => f.MinLift);
        options.Add(new Option<int>("--horizon") { Description = "Days the offers are for (expected purchases and due dates)" }, f => f.Horizon);
        options.Add(new Option<decimal>("--min-alive") { Description = "Only customers with at least this P(alive)" }, f => f.MinAlive);
        options.Add(new Option<string?>("--category") { Description = "Only offers of items in this product category" }, f => f.Category);
        AddBasket(options);
        options.Add(SegmentFilterOption.Create(), f => f.SegmentId);
        var format = ReportOutput.Format();
        var command = new Command("offers",
            "Next-best offer per customer with a reason: the campaign target list (per RFM segment with --segment, a saved segment's members with --segment-id)");
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var result = host.Services.GetRequiredService<OffersQuery>().Run(filter);
            ReportOutput.Print(parse.GetValue(format)!, new
            {
                result.Level, filter.Top, filter.MinSupport, result.MinCount, filter.MinLift, result.Customers, result.PairRules, result.HasSegments,
                filter.Segment, filter.From, filter.To, result.AsOf, result.Horizon, filter.MinAlive, filter.Category, result.Modelled, result.ModelNote,
                savedSegment = filter.AppliedSegment?.Label,
            }, result.Offers, OfferRow.CsvHeader, o => o.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    static Command Backtest()
    {
        var options = new FilterOptions<OffersFilter>();
        options.Add(DateOptions.Day("--cutoff", "Offers from the data before this day (default: horizon days before the data's end)"), f => f.Cutoff);
        options.Add(new Option<int>("--horizon") { Description = "Days after the cutoff in which a purchase of an offered item is a hit" }, f => f.Horizon);
        options.Add(new Option<decimal>("--min-support") { Description = "Minimum support of a customer-level pair rule" }, f => f.MinSupport);
        options.Add(new Option<decimal>("--min-lift") { Description = "Minimum lift of a rule (at least 1)" }, f => f.MinLift);
        options.Add(new Option<string>("--level") { Description = "product or category" }, f => f.Level);
        var format = ReportOutput.Format();
        var command = new Command("backtest",
            "Next-best offers made before a cutoff against what customers bought after it: hit rate (95% Wilson interval) and revenue, top 1 and top 3, against popularity overall and in the segment");
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            BacktestResult result;
            try
            {
                result = host.Services.GetRequiredService<OffersBacktest>().Run(filter);
            }
            catch (BacktestRefusedException e)
            {
                throw new UsageException([e.Message]);
            }
            Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"backtest: {result.Customers:N0} customers, cutoff {result.Cutoff:yyyy-MM-dd}, horizon {result.Horizon} days, {result.Seconds:0.0} s"));
            ReportOutput.Print(parse.GetValue(format)!, new
            {
                result.Level, result.Cutoff, result.Horizon, result.Customers, result.PairRules, result.Modelled, result.ModelNote,
                interval = "Wilson score interval, 95%", result.Seconds,
            }, result.Lines, BacktestLine.CsvHeader, l => l.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    static Command WhiteSpaceCommand()
    {
        var options = new FilterOptions<WhiteSpaceFilter>();
        options.Add(DateOptions.Day("--from", "Only orders on or after this day"), f => f.From);
        options.Add(DateOptions.Day("--to", "Only orders on or before this day"), f => f.To);
        options.Add(SegmentFilterOption.Create(), f => f.SegmentId);
        var format = ReportOutput.Format();
        var command = new Command("white-space", "Segment × category penetration and the cross-sell gap in customers and money");
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var result = host.Services.GetRequiredService<WhiteSpaceQuery>().Run(filter);
            if (result.Cells.Count == 0) Console.Error.WriteLine("No customer segments exist yet (mart_customer_rfm is empty): the matrix is empty.");
            ReportOutput.Print(parse.GetValue(format)!, new
                {
                    filter.From, filter.To, segment = filter.AppliedSegment?.Label, benchmark = "penetration among the customers of every other segment",
                },
                result.Cells, WhiteSpaceCell.CsvHeader, c => c.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    static Command Sequences()
    {
        var options = new FilterOptions<SequencesFilter>();
        options.Add(new Option<int>("--days") { Description = "The follow-up window N in days" }, f => f.Days);
        options.Add(new Option<int>("--min-customers") { Description = "Pairs need this many followable buyers of A" }, f => f.MinCustomers);
        options.Add(new Option<string?>("--item") { Description = "Only pairs starting with this item" }, f => f.Item);
        AddBasket(options);
        options.Add(SegmentFilterOption.Create(), f => f.SegmentId);
        var format = ReportOutput.Format();
        var command = new Command("sequences", "Customers who bought A went on to buy B within N days, against B's usual rate");
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            var result = host.Services.GetRequiredService<SequencesQuery>().Run(filter);
            ReportOutput.Print(parse.GetValue(format)!, new { result.Level, result.Days, result.MinCustomers, filter.Segment, filter.From, filter.To },
                result.Rows, SequenceRow.CsvHeader, r => r.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    // the options every basket view shares; each record's own initialiser picks its level (rules: product, the others: category)
    static void AddBasket<TFilter>(FilterOptions<TFilter> options) where TFilter : BasketFilter, new()
    {
        options.Add(new Option<string>("--level") { Description = "product or category" }, f => f.Level);
        options.Add(new Option<string?>("--segment") { Description = "Only customers in this current RFM segment" }, f => f.Segment);
        options.Add(DateOptions.Day("--from", "Only orders on or after this day"), f => f.From);
        options.Add(DateOptions.Day("--to", "Only orders on or before this day"), f => f.To);
    }

    static Command Rules()
    {
        var options = new FilterOptions<RulesFilter>();
        options.Add(new Option<decimal>("--min-support") { Description = "Minimum support (share of baskets)" }, f => f.MinSupport);
        options.Add(new Option<decimal>("--min-confidence") { Description = "Minimum confidence" }, f => f.MinConfidence);
        options.Add(new Option<decimal>("--min-lift") { Description = "Minimum lift (0 = none)" }, f => f.MinLift);
        options.Add(new Option<int>("--max-length") { Description = "Most items in a rule" }, f => f.MaxLength);
        options.Add(new Option<string>("--consequents") { Description = "one: one item in the consequent (arules); all: every split (mlxtend)" }, f => f.Consequents);
        options.Add(new Option<string?>("--item") { Description = "Only rules naming this item (either side)" }, f => f.Item);
        options.Add(new Option<string?>("--category") { Description = "Only rules with an item of this category" }, f => f.Category);
        options.Add(new Option<string>("--sort") { Description = "lift, confidence, support, leverage, conviction, count, antecedent, consequent" }, f => f.Sort);
        options.Add(new Option<bool>("--ascending") { Description = "Sort ascending" }, f => f.Ascending);
        AddBasket(options);
        options.Add(SegmentFilterOption.Create(), f => f.SegmentId);
        var format = ReportOutput.Format();
        var command = new Command("rules", "Association rules (support, confidence, lift, leverage, conviction) mined by FP-growth");
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var filter = options.Bind(parse);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            SegmentFilterOption.Apply(host, filter);
            // without a filter option the entry view, as the page without a query string: category level when no product rule
            var result = host.Services.GetRequiredService<RulesQuery>().Run(filter, entry: !options.AnyGiven(parse));
            // a support so low that the itemsets exceed the mining budget: a filter to raise, as on the page
            if (result.Problems.Count > 0) throw new UsageException(result.Problems);
            if (result.SupportFloor is { } floor) Console.Error.WriteLine(floor);   // stdout stays the data
            foreach (var note in result.Notes) Console.Error.WriteLine(note);
            if (parse.GetValue(format) == "csv")
                CsvExport.Write(Console.Out, RuleRow.CsvHeader, result.Rules.Select(r => r.CsvCells()));
            else
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    model = result.Model,
                    rules = result.Rules.Select(r => new
                    {
                        antecedent = r.Antecedent, consequent = r.Consequent, r.Support, r.Confidence, r.Lift, r.Leverage,
                        conviction = double.IsPositiveInfinity(r.Conviction) ? (double?)null : r.Conviction,
                        r.Count, r.AntecedentCount, r.ConsequentCount,
                    }),
                }, Json));
            return CliHost.Ok;
        });
        return command;
    }
}
