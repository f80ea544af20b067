using System.Text.Json;
using Insights.Etl;

namespace Insights.Tests.Etl.Quarantine;

/// <summary>A bad row and what the load must make of it (see TestData/bad-input/cases.json).</summary>
/// <param name="Kind">What is wrong, in a few words; also the theory's case name.</param>
/// <param name="File">The case's file, under TestData/bad-input.</param>
/// <param name="Target">Where the file goes in the sources folder (an operational export it replaces, or a new file).</param>
/// <param name="RowRef">quarantine_row.row_ref of the bad row: "line N" for lines that did not parse, else its key.</param>
/// <param name="Reason">Text the reason must contain.</param>
/// <param name="Raw">Text raw_content must contain: the bad line, or for a row that parsed, part of its values as JSON.</param>
/// <param name="Loaded">Good rows of the same file that must load.</param>
/// <param name="Rejected">Rows the load must quarantine.</param>
public sealed record QuarantinedCase(string Kind, string File, string Target, string RowRef, string Reason, string Raw, int Loaded, int Rejected);

/// <summary>Input that looks odd but is good: it loads whole, and <paramref name="Check"/> returns <paramref name="Expected"/>.</summary>
public sealed record AcceptedCase(string Kind, string File, string Target, int Loaded, string Note, string? Check, string? Expected);

/// <summary>A header that breaks the export's contract: the load fails naming <paramref name="Column"/>, and loads nothing.</summary>
public sealed record ContractCase(string Kind, string File, string Target, string Column);

/// <summary>The cases of TestData/bad-input/cases.json, read once.</summary>
public sealed record BadInputCorpus(IReadOnlyList<QuarantinedCase> Quarantined, IReadOnlyList<AcceptedCase> Accepted, IReadOnlyList<ContractCase> Contract)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "bad-input");

    public static BadInputCorpus Cases { get; } = JsonSerializer.Deserialize<BadInputCorpus>(
        File.ReadAllText(Path.Combine(Folder, "cases.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    /// <summary>The source a target path belongs to: its first folder (operational, contacts, complaints).</summary>
    public static string SourceOf(string target) => target.Split('/')[0] switch
    {
        "operational" => SourceNames.Operational,
        "contacts" => SourceNames.Contacts,
        "complaints" => SourceNames.Complaints,
        var folder => throw new ArgumentException($"No source reads the folder '{folder}'.", nameof(target)),
    };
}
