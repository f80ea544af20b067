using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Insights.Tests.Etl.Property;

/// <summary>
/// A kind of source file the property test generates: where it goes, how a good file looks, how fields are separated, and how
/// to read back the rows a run loaded from it (key and the row as one line of text, comparable with the generated one).
/// </summary>
public abstract class FileKind
{
    protected static readonly string[] Words = ["coffee", "tea", "order", "refund", "late", "Björn", "naïve", "crème", "☕", "delivery", "size", "colour"];

    /// <summary>Source name to load.</summary>
    public abstract string Source { get; }

    /// <summary>Folder under the sources root (or an absolute mapped folder's name under the test folder).</summary>
    public abstract string Folder { get; }

    public virtual bool HasHeader => true;

    /// <summary>The byte that separates fields (for the field mutations).</summary>
    public abstract byte Separator { get; }

    /// <summary>A good file of <paramref name="lines"/> records with fresh keys.</summary>
    public abstract GeneratedFile Generate(string name, Random random, Keys keys, int lines);

    /// <summary>SQL returning (key, row text) for every row run <paramref name="runId"/> loaded.</summary>
    public abstract string LoadedRowsSql(long runId);

    protected static GeneratedRecord Header(string text) => new(Encoding.UTF8.GetBytes(text), null, null);

    protected static GeneratedRecord Row(string text, string key, string expected) => new(Encoding.UTF8.GetBytes(text), key, expected);

    protected static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    protected static DateTime Time(Random random) =>
        new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddSeconds(random.NextInt64(0, 5L * 365 * 86400));

    protected static string Ts(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    protected static string Money(Random random, int max) => (random.Next(1, max * 100) / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A text value and how it is written in a CSV file: plain, or quoted when it holds a comma, a quote or a line break.</summary>
    protected static (string Value, string Csv) CsvText(Random random)
    {
        var value = string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, Words)));
        value = random.Next(6) switch
        {
            0 => value + ", " + Pick(random, Words),
            1 => value + " \"" + Pick(random, Words) + "\"",
            2 => value + "\n" + Pick(random, Words),
            _ => value,
        };
        // a quoted value always starts with a letter, so an open quote elsewhere closes at its opening quote and is seen
        var needsQuotes = value.Contains(',') || value.Contains('"') || value.Contains('\n');
        return (value, needsQuotes ? "\"" + value.Replace("\"", "\"\"") + "\"" : value);
    }
}

/// <summary>Fresh keys, seven digits each, never repeating within a test run (a deleted or doubled digit never hits another key).</summary>
public sealed class Keys
{
    long _next = 2_000_000;

    public long Next() => _next += 7;
}

/// <summary>Contact-log exports (CSV with a header).</summary>
public sealed class ContactsKind : FileKind
{
    static readonly string[] Channels = ["phone", "email", "visit", "letter", "portal_login", "instant_message"];

    public override string Source => "contacts";

    public override string Folder => "contacts";

    public override byte Separator => (byte)',';

    public override GeneratedFile Generate(string name, Random random, Keys keys, int lines)
    {
        var records = new List<GeneratedRecord> { Header("contact_id,customer_id,contacted_at,channel,direction,duration_seconds,topic") };
        for (var i = 0; i < lines; i++)
        {
            var id = keys.Next();
            var customer = random.Next(1, 4);
            var at = Ts(Time(random));
            var channel = Pick(random, Channels);
            var direction = random.Next(2) == 0 ? "inbound" : "outbound";
            var duration = random.Next(3) == 0 ? "" : random.Next(0, 5000).ToString(CultureInfo.InvariantCulture);
            var (topic, topicCsv) = CsvText(random);
            records.Add(Row($"{id},{customer},{at},{channel},{direction},{duration},{topicCsv}", id.ToString(CultureInfo.InvariantCulture),
                $"{id}|{customer}|{at}|{channel}|{direction}|{duration}|{topic}"));
        }
        return new GeneratedFile(name + ".csv", records);
    }

    public override string LoadedRowsSql(long runId) =>
        $"select contact_id::varchar, contact_id || '|' || customer_id || '|' || strftime(contacted_at, '%Y-%m-%d %H:%M:%S') || '|' || " +
        $"channel || '|' || direction || '|' || coalesce(duration_seconds::varchar, '') || '|' || topic from raw_contacts where _run_id = {runId}";
}

/// <summary>Complaint exports (JSON Lines).</summary>
public sealed class ComplaintsKind : FileKind
{
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override string Source => "complaints";

    public override string Folder => "complaints";

    public override bool HasHeader => false;

    public override byte Separator => (byte)',';

    public override GeneratedFile Generate(string name, Random random, Keys keys, int lines)
    {
        var records = new List<GeneratedRecord>();
        for (var i = 0; i < lines; i++)
        {
            var id = keys.Next();
            var customer = random.Next(1, 4);
            var category = Pick(random, new[] { "damaged_item", "delivery_delay", "billing_error", "wrong_item" });
            var severity = Pick(random, new[] { "low", "medium", "high", "critical" });
            var openedAt = Time(random);
            var opened = Ts(openedAt);
            var text = CsvText(random).Value;
            var fields = new Dictionary<string, object?>
            {
                ["complaint_id"] = id, ["customer_id"] = customer, ["category"] = category, ["severity"] = severity,
                ["opened_at"] = opened, ["resolved_at"] = null, ["status"] = "open", ["text"] = text,
            };
            // the optional fields, line by line: absent, both given, or a reopen count without a first response
            var (firstResponse, reopened) = random.Next(3) switch
            {
                0 => ("", ""),
                1 => (Ts(openedAt.AddSeconds(random.Next(0, 3 * 86_400))), random.Next(0, 4).ToString(CultureInfo.InvariantCulture)),
                _ => ("", random.Next(0, 4).ToString(CultureInfo.InvariantCulture)),
            };
            if (firstResponse != "") fields["first_response_at"] = firstResponse;
            if (reopened != "") fields["reopened_count"] = int.Parse(reopened, CultureInfo.InvariantCulture);
            var json = JsonSerializer.Serialize(fields, Json);
            records.Add(Row(json, id.ToString(CultureInfo.InvariantCulture),
                $"{id}|{customer}|{category}|{severity}|{opened}|{text}|{firstResponse}|{reopened}"));
        }
        return new GeneratedFile(name + ".jsonl", records);
    }

    public override string LoadedRowsSql(long runId) =>
        $"select complaint_id::varchar, complaint_id || '|' || customer_id || '|' || category || '|' || severity || '|' || " +
        $"strftime(opened_at, '%Y-%m-%d %H:%M:%S') || '|' || complaint_text || '|' || " +
        $"coalesce(strftime(first_response_at, '%Y-%m-%d %H:%M:%S'), '') || '|' || coalesce(reopened_count::varchar, '') " +
        $"from raw_complaints where _run_id = {runId}";
}
