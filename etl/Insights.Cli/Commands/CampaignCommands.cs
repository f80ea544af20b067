using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Insights.Cli.Input;
using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Pages.Campaigns;
using Insights.Reports.Pages.Segments.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>
/// `campaign create|list|readout|treatment`: campaigns with a control group from the command line, through the pages' own
/// classes (CampaignStore, CampaignReadoutQuery) and messages; a request that breaks a rule is a usage error (exit 2, each
/// problem on a line). The CLI sees personal data whole (<see cref="PersonalDataView.Full"/>), as every CLI command does.
/// </summary>
static class CampaignCommands
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create() =>
        new("campaign", "Campaigns with a control group: start one from a saved segment, list them, read them out")
        {
            CreateCommand(), ListCommand(), ReadoutCommand(), TreatmentCommand(),
        };

    static Command CreateCommand()
    {
        var segment = new Option<int>("--segment") { Description = "The saved segment to start from (see `segment list`)", Required = true };
        var name = new Option<string>("--name") { Description = "The campaign's name (unique)", Required = true };
        var offer = new Option<string>("--offer") { Description = "What the treatment group is offered", Required = true };
        // the one date parser of every command: a bad day is the same one line and exit 2 as everywhere else
        var start = DateOptions.Day("--start", "The window's first day");
        start.Required = true;
        // the page's form defaults, so the CLI and the page start the same campaign
        var defaults = new CampaignForm();
        var window = new Option<int>("--window") { Description = $"The window in days ({CampaignStore.MinWindowDays}-{CampaignStore.MaxWindowDays})", DefaultValueFactory = _ => defaults.WindowDays!.Value };
        var control = new Option<int>("--control") { Description = $"The control share in percent ({CampaignStore.MinControlPercent}-{CampaignStore.MaxControlPercent})", DefaultValueFactory = _ => defaults.ControlPercent!.Value };
        var seed = new Option<long?>("--seed") { Description = "The split's seed (default: a random one, recorded)" };
        var user = new Option<string>("--user") { Description = "Recorded as the campaign's author", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("create", "Split a saved segment's current members into treatment and control and record the campaign")
        {
            segment, name, offer, start, window, control, seed, user,
        };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var store = host.Services.GetRequiredService<CampaignStore>();
            var request = new CampaignRequest(parse.GetValue(segment), parse.GetValue(name), parse.GetValue(offer), parse.GetValue(start),
                parse.GetValue(window), parse.GetValue(control), parse.GetValue(seed));
            int id;
            try
            {
                id = store.Create(request, parse.GetValue(user)!, CancellationToken.None);
            }
            catch (CampaignRequestException e)
            {
                throw new UsageException(e.Problems);
            }
            var created = store.Get(id)!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"campaign {created.Id} created: {created.Treatment:N0} treated, {created.Control:N0} in control (seed {created.Seed})"));
            return CliHost.Ok;
        });
        return command;
    }

    static Command ListCommand()
    {
        var format = ReportOutput.Format();
        var command = new Command("list", "The campaigns, latest start first") { format };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var campaigns = host.Services.GetRequiredService<CampaignStore>().List();
            ReportOutput.Print(parse.GetValue(format)!, new { }, campaigns, Campaign.CsvHeader, c => c.CsvCells());
            return CliHost.Ok;
        });
        return command;
    }

    static Command ReadoutCommand()
    {
        var id = new Argument<int>("id") { Description = "The campaign's id (see `campaign list`)" };
        var format = ReportOutput.Format();
        var command = new Command("readout", "Per group customers, buyers, orders and net revenue in the window; the differences with 95% intervals") { id, format };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var readout = host.Services.GetRequiredService<CampaignReadoutQuery>().Run(parse.GetValue(id), CancellationToken.None)
                ?? throw new UsageException($"There is no campaign {parse.GetValue(id)}; `campaign list` lists them.");
            if (parse.GetValue(format) == "csv")
            {
                Console.Error.WriteLine(readout.ProgressText);   // stdout carries only the csv
                CsvExport.Write(Console.Out, CampaignReadout.CsvHeader, readout.CsvRows());
                return CliHost.Ok;
            }
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                campaign = ReportOutput.Named([readout.Campaign], Campaign.CsvHeader, c => c.CsvCells()).Single(),
                dataUpTo = readout.DataUpTo,
                progress = readout.Progress.ToString(),
                daysIn = readout.DaysIn,
                message = readout.ProgressText,
                summary = readout.Summary,
                rows = ReportOutput.Named(readout.CsvRows(), CampaignReadout.CsvHeader, r => r),
            }, Json));
            return CliHost.Ok;
        });
        return command;
    }

    static Command TreatmentCommand()
    {
        var id = new Argument<int>("id") { Description = "The campaign's id (see `campaign list`)" };
        var format = SegmentExportCommand.FormatOption();
        var output = SegmentExportCommand.OutputOption();
        var command = new Command("treatment",
            "The treatment group (who gets the offer) for a mail merge: the segment export's rows (name to greet them by, contact details, top offer)")
        {
            id, format, output,
        };
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var campaign = host.Services.GetRequiredService<CampaignStore>().Get(parse.GetValue(id))
                ?? throw new UsageException($"There is no campaign {parse.GetValue(id)}; `campaign list` lists them.");
            var export = host.Services.GetRequiredService<SegmentExport>();
            var prefix = string.Create(CultureInfo.InvariantCulture, $"campaign-{campaign.Id}-treatment");
            return SegmentExportCommand.Write(host.Services, CampaignStore.TreatmentSource(campaign.Id), campaign.SegmentName,
                $"campaign {campaign.Id}'s treatment group", extension => export.FileName(prefix, campaign.Name, extension),
                parse.GetValue(format)!, parse.GetValue(output));
        });
        return command;
    }
}
