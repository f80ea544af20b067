using System.CommandLine;
using System.Text.Json;
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
        OpportunitiesCommand(),
    };

    static Command OpportunitiesCommand()
    {
        var defaults = new OpportunitiesFilter();
        var kind = new Option<string>("--kind") { Description = "pairs (co-bought, no bundle), rising (category pairs), complaints", DefaultValueFactory = _ => "pairs" };
        kind.AcceptOnlyFromAmong("pairs", "rising", "complaints");
        var minOrders = new Option<int>("--min-orders") { Description = "Pairs need this many orders", DefaultValueFactory = _ => defaults.MinOrders };
        var limit = new Option<int>("--limit") { Description = "Rows per list", DefaultValueFactory = _ => defaults.Limit };
        var from = new Option<DateOnly?>("--from") { Description = "Only events on or after this day (yyyy-MM-dd)" };
        var to = new Option<DateOnly?>("--to") { Description = "Only events on or before this day (yyyy-MM-dd)" };
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("opportunities", "New offerings: co-bought pairs without a bundle, rising category pairs, complaint and return signals")
        {
            kind, minOrders, limit, from, to, format,
        };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var filter = new OpportunitiesFilter { MinOrders = parse.GetValue(minOrders), Limit = parse.GetValue(limit), From = parse.GetValue(from), To = parse.GetValue(to) };
            var query = host.Services.GetRequiredService<OpportunitiesQuery>();
            var parameters = new { kind = parse.GetValue(kind), filter.MinOrders, filter.Limit, filter.From, filter.To };
            var f = parse.GetValue(format)!;
            switch (parse.GetValue(kind))
            {
                case "rising": Print(f, parameters, query.Rising(filter), RisingPair.CsvHeader, r => r.CsvCells()); break;
                case "complaints": Print(f, parameters, query.Signals(filter), ComplaintSignal.CsvHeader, r => r.CsvCells()); break;
                default: Print(f, parameters, query.Pairs(filter), UnbundledPair.CsvHeader, r => r.CsvCells()); break;
            }
            return CliHost.Ok;
        });
        return command;
    }

    static Command Offers()
    {
        var basket = BasketOptions.Create("category");
        var defaults = new OffersFilter();
        var top = new Option<int>("--top") { Description = "Offers per customer", DefaultValueFactory = _ => defaults.Top };
        var minSupport = new Option<decimal>("--min-support") { Description = "Minimum support of a customer-level pair rule", DefaultValueFactory = _ => defaults.MinSupport };
        var minLift = new Option<decimal>("--min-lift") { Description = "Minimum lift of a rule (at least 1)", DefaultValueFactory = _ => defaults.MinLift };
        var command = new Command("offers", "Next-best offer per customer with a reason: the campaign target list (per segment with --segment)")
        {
            top, minSupport, minLift,
        };
        basket.AddTo(command);
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var filter = new OffersFilter { Top = parse.GetValue(top), MinSupport = parse.GetValue(minSupport), MinLift = parse.GetValue(minLift) };
            basket.Fill(parse, filter);
            var result = host.Services.GetRequiredService<OffersQuery>().Run(filter);
            Print(parse.GetValue(basket.Format)!, new
            {
                result.Level, filter.Top, filter.MinSupport, result.MinCount, filter.MinLift, result.Customers, result.PairRules, result.HasSegments,
                filter.Segment, filter.From, filter.To,
            }, result.Offers, OfferRow.CsvHeader, o => o.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    static Command WhiteSpaceCommand()
    {
        var from = new Option<DateOnly?>("--from") { Description = "Only orders on or after this day (yyyy-MM-dd)" };
        var to = new Option<DateOnly?>("--to") { Description = "Only orders on or before this day (yyyy-MM-dd)" };
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("white-space", "Segment × category penetration and the cross-sell gap in customers and money") { from, to, format };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var filter = new WhiteSpaceFilter { From = parse.GetValue(from), To = parse.GetValue(to) };
            var result = host.Services.GetRequiredService<WhiteSpaceQuery>().Run(filter);
            if (result.Cells.Count == 0) Console.Error.WriteLine("No customer segments exist yet (mart_customer_rfm is empty): the matrix is empty.");
            Print(parse.GetValue(format)!, new { filter.From, filter.To, benchmark = "penetration among the customers of every other segment" },
                result.Cells, WhiteSpaceCell.CsvHeader, c => c.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    // csv through CsvExport, or json of { parameters, rows }
    static void Print<T>(string format, object parameters, IReadOnlyList<T> rows, IReadOnlyList<string> header, Func<T, IReadOnlyList<object?>> cells)
    {
        if (format == "csv")
            CsvExport.Write(Console.Out, header, rows.Select(cells));
        else
            Console.WriteLine(JsonSerializer.Serialize(new { parameters, rows }, Json));
    }

    static Command Sequences()
    {
        var basket = BasketOptions.Create("category");
        var defaults = new SequencesFilter();
        var days = new Option<int>("--days") { Description = "The follow-up window N in days", DefaultValueFactory = _ => defaults.Days };
        var minCustomers = new Option<int>("--min-customers") { Description = "Pairs need this many followable buyers of A", DefaultValueFactory = _ => defaults.MinCustomers };
        var item = new Option<string?>("--item") { Description = "Only pairs starting with this item" };
        var command = new Command("sequences", "Customers who bought A went on to buy B within N days, against B's usual rate") { days, minCustomers, item };
        basket.AddTo(command);
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var filter = new SequencesFilter { Days = parse.GetValue(days), MinCustomers = parse.GetValue(minCustomers), Item = parse.GetValue(item) };
            basket.Fill(parse, filter);
            var result = host.Services.GetRequiredService<SequencesQuery>().Run(filter);
            Print(parse.GetValue(basket.Format)!, new { result.Level, result.Days, result.MinCustomers, filter.Segment, filter.From, filter.To },
                result.Rows, SequenceRow.CsvHeader, r => r.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    sealed record BasketOptions(Option<string> Level, Option<string?> Segment, Option<DateOnly?> From, Option<DateOnly?> To, Option<string> Format)
    {
        public static BasketOptions Create(string defaultLevel)
        {
            var level = new Option<string>("--level") { Description = "product or category", DefaultValueFactory = _ => defaultLevel };
            level.AcceptOnlyFromAmong("product", "category");
            var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "json" };
            format.AcceptOnlyFromAmong("csv", "json");
            return new(level,
                new Option<string?>("--segment") { Description = "Only customers in this current RFM segment" },
                new Option<DateOnly?>("--from") { Description = "Only orders on or after this day (yyyy-MM-dd)" },
                new Option<DateOnly?>("--to") { Description = "Only orders on or before this day (yyyy-MM-dd)" },
                format);
        }

        public void AddTo(Command command)
        {
            command.Options.Add(Level);
            command.Options.Add(Segment);
            command.Options.Add(From);
            command.Options.Add(To);
            command.Options.Add(Format);
        }

        public void Fill(ParseResult parse, BasketFilter filter)
        {
            filter.Level = parse.GetValue(Level)!;
            filter.Segment = parse.GetValue(Segment);
            filter.From = parse.GetValue(From);
            filter.To = parse.GetValue(To);
        }
    }

    static Command Rules()
    {
        var basket = BasketOptions.Create("product");
        var defaults = new RulesFilter();
        var minSupport = new Option<decimal>("--min-support") { Description = "Minimum support (share of baskets)", DefaultValueFactory = _ => defaults.MinSupport };
        var minConfidence = new Option<decimal>("--min-confidence") { Description = "Minimum confidence", DefaultValueFactory = _ => defaults.MinConfidence };
        var minLift = new Option<decimal>("--min-lift") { Description = "Minimum lift (0 = none)", DefaultValueFactory = _ => 0m };
        var maxLength = new Option<int>("--max-length") { Description = "Most items in a rule", DefaultValueFactory = _ => defaults.MaxLength };
        var consequents = new Option<string>("--consequents")
        {
            Description = "one: one item in the consequent (arules); all: every split (mlxtend)",
            DefaultValueFactory = _ => "one",
        };
        consequents.AcceptOnlyFromAmong("one", "all");
        var item = new Option<string?>("--item") { Description = "Only rules naming this item (either side)" };
        var category = new Option<string?>("--category") { Description = "Only rules with an item of this category" };
        var sort = new Option<string>("--sort") { Description = "lift, confidence, support, leverage, conviction, count, antecedent, consequent", DefaultValueFactory = _ => "lift" };
        sort.AcceptOnlyFromAmong("lift", "confidence", "support", "leverage", "conviction", "count", "antecedent", "consequent");
        var ascending = new Option<bool>("--ascending") { Description = "Sort ascending" };
        var command = new Command("rules", "Association rules (support, confidence, lift, leverage, conviction) mined by FP-growth")
        {
            minSupport, minConfidence, minLift, maxLength, consequents, item, category, sort, ascending,
        };
        basket.AddTo(command);
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var filter = new RulesFilter
            {
                MinSupport = parse.GetValue(minSupport), MinConfidence = parse.GetValue(minConfidence), MinLift = parse.GetValue(minLift),
                MaxLength = parse.GetValue(maxLength), Consequents = parse.GetValue(consequents)!, Item = parse.GetValue(item),
                Category = parse.GetValue(category), Sort = parse.GetValue(sort)!, Ascending = parse.GetValue(ascending),
            };
            basket.Fill(parse, filter);
            var result = host.Services.GetRequiredService<RulesQuery>().Run(filter);
            if (result.Problems.Count > 0)
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, result.Problems));
                return CliHost.BadUsage;
            }
            if (parse.GetValue(basket.Format) == "csv")
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
