using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Insights.Cli.Input;
using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Pages.Customers;
using Insights.Reports.Pages.Customers.Scores;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>
/// `report customer &lt;id&gt;` (the profile page as json: profile, scores, offers, a page of the timeline) and `report customers
/// --search TEXT` (the search page's matches as csv or json), through the pages' own query classes. Personal data is printed
/// whole, as every CLI report does (<see cref="PersonalDataView.Full"/>: the CLI runs next to the files). JSON names are
/// snake_case and stable, as the CSV columns are.
/// </summary>
static class CustomerReportCommand
{
    static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The search's CSV columns.</summary>
    public static IReadOnlyList<string> SearchHeader { get; } =
        ["customer_id", "preferred_name", "full_name", "email", "region", "is_inferred", "segment", "last_ordered_on"];

    /// <summary>`report customer &lt;id&gt;`.</summary>
    public static Command Profile()
    {
        var id = new Argument<int>("id") { Description = "The customer's id" };
        var filter = new FilterOptions<CustomerTimelineFilter>();
        filter.Add(new Option<string?>("--kind") { Description = "Timeline events of one kind: order, return, contact, complaint or change" }, f => f.Kind);
        filter.Add(new Option<int>("--page") { Description = "Timeline page, 50 events each, newest first (1 to 100)" }, f => f.PageNumber);
        var format = new Option<string>("--format") { Description = "json (a profile is nested: no csv)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("customer", "One customer's profile: details, RFM, model scores, next-best offers, open complaints and timeline") { id };
        filter.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var chosen = filter.Bind(parse);
            var customerId = parse.GetValue(id);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var query = host.Services.GetRequiredService<CustomerProfileQuery>();
            var result = query.Run(customerId, chosen, PersonalDataView.Full, CancellationToken.None);
            if (result is null)
            {
                Console.Error.WriteLine($"No customer with id {customerId} in the warehouse: check the id, or find it with `insights report customers --search NAME`.");
                return CliHost.Failed;
            }
            if (result.Model.IsPending)
            {
                // a warehouse loaded before the scores existed: this one-off process computes them now (and keeps them)
                Console.Error.WriteLine("Computing the customer scores (once per load)...");
                host.Services.GetRequiredService<CustomerScoresStep>().Refresh(CancellationToken.None);
                result = query.Run(customerId, chosen, PersonalDataView.Full, CancellationToken.None)!;
            }
            Console.WriteLine(JsonSerializer.Serialize(Shape(result, chosen), Json));
            return CliHost.Ok;
        });
        return command;
    }

    /// <summary>`report customers --search TEXT`.</summary>
    public static Command Search()
    {
        var filter = new FilterOptions<CustomerSearchFilter>();
        filter.Add(new Option<string?>("--search") { Description = "A customer id, or part of a name or an e-mail (2 to 100 characters)", Required = true }, f => f.Q);
        var format = ReportOutput.Format();
        var command = new Command("customers", "Find customers by id, name or e-mail (the search page's matches, best first, at most 50)");
        filter.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var chosen = filter.Bind(parse);
            if (chosen.Text is null) throw new UsageException("--search needs a customer id, or part of a name or an e-mail.");
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var result = host.Services.GetRequiredService<CustomerSearchQuery>().Run(chosen, PersonalDataView.Full, CancellationToken.None);
            if (result.HasMore)
                Console.Error.WriteLine($"More than {CustomerSearchQuery.Limit} customers match: the best {CustomerSearchQuery.Limit} are printed; search for more of the name.");
            static IReadOnlyList<object?> Cells(CustomerMatch m) =>
                [m.CustomerId, m.PreferredName, m.FullName, m.Email, m.Region, m.IsInferred, m.Segment, m.LastOrderedOn];
            if (parse.GetValue(format) == "csv")
                CsvExport.Write(Console.Out, SearchHeader, result.Matches.Select(Cells));
            else
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    Parameters = new { Search = chosen.Text },
                    result.HasMore,
                    Rows = ReportOutput.Named(result.Matches, SearchHeader, Cells),
                }, Json));
            return CliHost.Ok;
        });
        return command;
    }

    // the page's sections, named as its ids are; each timeline event carries its kind and its own fields
    static object Shape(CustomerProfileResult r, CustomerTimelineFilter filter)
    {
        var c = r.Customer;
        var m = r.Model;
        return new
        {
            Customer = new
            {
                c.CustomerId, c.PreferredName, c.FullName, c.Email, c.Region, c.SignupChannel, c.SignedUpAt, c.IsInferred,
                Rfm = c.Scores is { } s
                    ? new { s.Segment, s.RScore, s.FScore, s.MScore, s.PriceClass, s.FirstOrderedAt, s.LastOrderedOn, s.CountOrders, s.NetAmount, s.RecencyDays, AsOfDate = s.AsOf }
                    : null,
            },
            Scores = new
            {
                Status = m.IsPending ? "pending" : m.Score is null ? "none" : m.Untrusted is null ? "ok" : "untrusted",
                Message = m.Missing ?? m.Untrusted,
                Fit = m.Fit is { } f
                    ? new
                    {
                        f.RunId, f.FittedAt, AsOfDate = f.AsOf, f.HorizonDays, f.ClvMonths, f.DiscountRate, f.OverdueFactor, f.IsTrusted,
                        f.IsSpendTrusted, f.BgNbdDiagnosis, f.GammaGammaDiagnosis,
                    }
                    : null,
                Figures = m.Score is { } x
                    ? new
                    {
                        PAlive = x.ProbabilityAlive, x.ExpectedPurchases, ExpectedAverageAmount = x.ExpectedAverageAmount,
                        x.ClvAmount, CountPurchaseDays = x.PurchaseDays, x.LastPurchaseOn, x.MeanGapDays, x.MedianGapDays, x.DaysSinceLast,
                        x.OverdueRatio, x.IsOverdue,
                    }
                    : null,
            },
            Offers = m.Offers.Select(o => new { o.Rank, o.Item, o.Score, o.Basis, o.Reason }),
            OpenComplaints = r.OpenComplaints.Select(e => (object)e),
            Timeline = new
            {
                filter.Kind,
                Page = filter.PageNumber,
                PageSize = CustomerTimelineFilter.PageSize,
                Counts = new { r.Counts.Orders, r.Counts.Returns, r.Counts.Contacts, r.Counts.Complaints, r.Counts.Changes },
                Events = r.Timeline.Select(e => (object)e),
            },
        };
    }
}
