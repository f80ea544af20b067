using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Insights.Cli.Input;
using Insights.Reports.Pages.Segments;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Cli.Commands;

/// <summary>
/// `segment list|show|preview|save` (and `export`: <see cref="SegmentExportCommand"/>): the segment builder from the command line, through the page's own classes (SegmentQuery,
/// SegmentStore). Conditions come from a JSON file shaped as <see cref="SegmentDefinition"/> (docs/reports/segments.md) or from
/// repeatable `--where` options (<see cref="SegmentWhereOption"/>), one or the other; a definition that breaks a rule is a usage
/// error (exit 2, each problem on a line).
/// </summary>
static class SegmentCommands
{
    static readonly JsonSerializerOptions Json = new(SegmentDefinition.Json) { WriteIndented = true };

    // the preview's JSON keeps its nulls: "meanClvAmount": null says there is no mean CLV to show
    static readonly JsonSerializerOptions PreviewJson = new(Json) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    public static Command Create()
    {
        var listFormat = Format();
        var list = new Command("list", "Saved segments with their latest size and net revenue") { listFormat };
        list.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var segments = host.Services.GetRequiredService<SegmentStore>().List();
            if (parse.GetValue(listFormat) == "json") Console.WriteLine(JsonSerializer.Serialize(segments.Select(Summary), Json));
            else
                foreach (var s in segments)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{s.Id,5}  {s.Name}  {s.Members?.ToString("N0", CultureInfo.InvariantCulture) ?? "–"} customers  {s.NetAmount?.ToString("N2", CultureInfo.InvariantCulture) ?? "–"}"));
            return CliHost.Ok;
        });

        var id = new Argument<int>("id") { Description = "The segment's id (see `segment list`)" };
        var showFormat = Format();
        var show = new Command("show", "One saved segment: its conditions and its size at every evaluation") { id, showFormat };
        show.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var store = host.Services.GetRequiredService<SegmentStore>();
            var segment = store.Get(parse.GetValue(id)) ?? throw new UsageException($"There is no segment {parse.GetValue(id)}; `segment list` lists them.");
            var history = store.History(segment.Id);
            if (parse.GetValue(showFormat) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(new { segment = Summary(segment), definition = segment.Definition, history }, Json));
                return CliHost.Ok;
            }
            Console.WriteLine($"{segment.Name}: {segment.Description}");
            Console.WriteLine(JsonSerializer.Serialize(segment.Definition, Json));
            foreach (var h in history)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {h.StateRunId,6}  {h.EvaluatedAt:yyyy-MM-dd HH:mm}  {h.Members,10:N0} customers  {h.NetAmount,16:N2}  +{h.Entered} -{h.Left}"));
            return CliHost.Ok;
        });

        var previewConditions = Conditions();
        var previewWhere = SegmentWhereOption.Create();
        var previewFormat = Format();
        var preview = new Command("preview", "Size, share, net revenue, mean CLV and composition of the conditions (a JSON file or --where)")
            { previewConditions, previewWhere, previewFormat };
        preview.SetAction(parse =>
        {
            var definition = Read(parse, previewConditions, previewWhere);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var result = Refused(() => host.Services.GetRequiredService<SegmentQuery>().Preview(definition, CancellationToken.None));
            if (parse.GetValue(previewFormat) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    members = result.Members, customers = result.Customers, share = result.Share, netAmount = result.NetAmount,
                    // null while the spend model is not trusted or no member has a CLV (the page's "–")
                    meanClvAmount = result.MeanClvAmount.HasValue ? Math.Round(result.MeanClvAmount.Value, 2) : (double?)null,
                    membersWithClv = result.MembersWithClv,
                    bySegment = result.BySegment, byRegion = result.ByRegion,
                }, PreviewJson));
                return CliHost.Ok;
            }
            Console.WriteLine(result.Summary);
            foreach (var (title, rows) in new[] { ("RFM segment", result.BySegment), ("Region", result.ByRegion) })
            {
                Console.WriteLine(title);
                foreach (var r in rows)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Label,-24} {r.Members,10:N0} {r.NetAmount,16:N2}"));
            }
            return CliHost.Ok;
        });

        var saveConditions = Conditions();
        var saveWhere = SegmentWhereOption.Create();
        var name = new Option<string>("--name") { Description = "The segment's name (unique)", Required = true };
        var description = new Option<string?>("--description") { Description = "What the segment is for" };
        var replace = new Option<int?>("--id") { Description = "Save over this segment (default: a new one)" };
        var user = new Option<string>("--user") { Description = "Recorded as the segment's author", DefaultValueFactory = _ => Environment.UserName };
        var save = new Command("save", "Save the conditions (a JSON file or --where) as a named segment and evaluate it")
            { saveConditions, saveWhere, name, description, replace, user };
        save.SetAction(parse =>
        {
            var definition = Read(parse, saveConditions, saveWhere);
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var store = host.Services.GetRequiredService<SegmentStore>();
            var saved = Refused(() => store.Save(new SegmentSave(parse.GetValue(replace), parse.GetValue(name), parse.GetValue(description), definition),
                parse.GetValue(user)!, CancellationToken.None));
            var segment = store.Get(saved)!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"segment {segment.Id} saved: {segment.Members:N0} customers"));
            return CliHost.Ok;
        });

        return new Command("segment", "Segments: target groups built from conditions (list, show, preview, save, export)")
            { list, show, preview, save, SegmentExportCommand.Create() };
    }

    static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    static Option<FileInfo?> Conditions() =>
        new("--conditions") { Description = "A JSON file with the segment's conditions (docs/reports/segments.md); or give --where" };

    // the conditions of a JSON file or of --where options: exactly one of the two
    static SegmentDefinition Read(ParseResult parse, Option<FileInfo?> conditions, Option<string[]> where)
    {
        var file = parse.GetValue(conditions);
        var wheres = parse.GetValue(where) ?? [];
        if (file is not null && wheres.Length > 0)
            throw new UsageException("Give the conditions either in a JSON file (--conditions) or as --where options, not both.");
        if (file is null && wheres.Length == 0)
            throw new UsageException($"Give the conditions: --conditions FILE (JSON), or one --where \"{SegmentWhereOption.Syntax}\" per condition.");
        return file is not null ? Read(file) : SegmentWhereOption.Parse(wheres);
    }

    static SegmentDefinition Read(FileInfo file)
    {
        if (!file.Exists) throw new UsageException($"The conditions file {file.FullName} does not exist.");
        return Refused(() => SegmentDefinition.FromJson(File.ReadAllText(file.FullName)));
    }

    // a definition that breaks a rule: a usage error with each problem on its own line
    static T Refused<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SegmentDefinitionException e)
        {
            throw new UsageException(e.Problems);
        }
    }

    static object Summary(SavedSegment s) => new
    {
        id = s.Id, name = s.Name, description = s.Description, members = s.Members, netAmount = s.NetAmount,
        evaluatedAt = s.EvaluatedAt, entered = s.Entered, left = s.Left,
    };
}
