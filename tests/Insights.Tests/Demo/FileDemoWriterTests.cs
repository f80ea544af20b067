using System.Globalization;
using System.Text.Json;
using Insights.Demo;

namespace Insights.Tests.Demo;

/// <summary>The file exports: their encoding and quoting, and that they appear all at once.</summary>
public sealed class FileDemoWriterTests : IDisposable
{
    static readonly DateTime At = new(2024, 2, 29, 13, 5, 9, DateTimeKind.Utc);
    readonly TempFolder _folder = new();

    [Fact]
    public void Files_appear_only_when_the_writer_completes()
    {
        using (var writer = new FileDemoWriter(_folder.Path))
        {
            writer.WriteProduct(new DemoProduct(1, "COF-0001", "Beans", "Coffee", 9.49m, At));
            Assert.Empty(VisibleFiles());

            writer.Complete();
        }

        Assert.Equal(["complaints/complaints.jsonl", "contacts/contacts.csv", "operational/customers.csv", "operational/order_lines.csv",
            "operational/orders.csv", "operational/products.csv", "operational/returns.csv"], VisibleFiles());
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_writer_disposed_without_completing_leaves_nothing_behind()
    {
        using (var writer = new FileDemoWriter(_folder.Path))
            writer.WriteProduct(new DemoProduct(1, "COF-0001", "Beans", "Coffee", 9.49m, At));

        Assert.Empty(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Values_with_commas_quotes_or_line_breaks_are_quoted_and_others_are_not()
    {
        using (var writer = new FileDemoWriter(_folder.Path))
        {
            writer.WriteProduct(new DemoProduct(7, "ELE-0007", "Voltix Tablet 10\", black", "Electronics", 229.99m, At));
            writer.WriteCustomer(new DemoCustomer(3, "Łukasz O'Brien, Jr.", "Łukasz", "l.obrien3@example.com", "North", "web", At, At));
            writer.WriteContact(new DemoContact(5, 3, At, "letter", "outbound", null, "line\nbreak"));
            writer.Complete();
        }

        Assert.Equal("7,ELE-0007,\"Voltix Tablet 10\"\", black\",Electronics,229.99,2024-02-29 13:05:09",
            DataLine("operational/products.csv"));
        Assert.Equal("3,\"Łukasz O'Brien, Jr.\",Łukasz,l.obrien3@example.com,North,web,2024-02-29 13:05:09,2024-02-29 13:05:09",
            DataLine("operational/customers.csv"));
        Assert.Equal("5,3,2024-02-29 13:05:09,letter,outbound,,\"line\nbreak\"", File.ReadAllText(_folder.File("contacts/contacts.csv")).Split('\n', 2)[1].TrimEnd('\n'));
    }

    [Fact]
    public void Numbers_and_times_are_written_the_same_under_any_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            using var writer = new FileDemoWriter(_folder.Path);
            writer.WriteOrderLine(new DemoOrderLine(12, 1, 3, 2, 1234.5m, 0m));
            writer.WriteReturn(new DemoReturn(1, 12, 1, At, 1, 617.25m, "damaged"));
            writer.Complete();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal("12,1,3,2,1234.50,0.00", DataLine("operational/order_lines.csv"));
        Assert.Equal("1,12,1,2024-02-29 13:05:09,1,617.25,damaged", DataLine("operational/returns.csv"));
        Assert.False(File.ReadAllBytes(_folder.File("operational/returns.csv")).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Fact]
    public void Complaints_are_one_json_object_per_line_with_nulls_and_the_text_intact()
    {
        const string text = "Checkout said 'in stock', then <Error 500> & \"sorry\" — José";
        using (var writer = new FileDemoWriter(_folder.Path))
        {
            writer.WriteComplaint(new DemoComplaint(1, 2, null, null, "website_problem", "high", At, null, "open", text, null, 0));
            writer.WriteComplaint(new DemoComplaint(2, 2, 40, 7, "damaged_item", "low", At, At.AddHours(3), "resolved", "Broken.", At.AddHours(1), 2));
            writer.Complete();
        }

        var lines = File.ReadAllLines(_folder.File("complaints/complaints.jsonl"));
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("order_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("product_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("resolved_at").ValueKind);
        Assert.Equal("2024-02-29 13:05:09", first.RootElement.GetProperty("opened_at").GetString());
        Assert.Equal(text, first.RootElement.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("first_response_at").ValueKind);
        Assert.Equal(0, first.RootElement.GetProperty("reopened_count").GetInt32());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(40, second.RootElement.GetProperty("order_id").GetInt64());
        Assert.Equal("2024-02-29 16:05:09", second.RootElement.GetProperty("resolved_at").GetString());
        Assert.Equal("2024-02-29 14:05:09", second.RootElement.GetProperty("first_response_at").GetString());
        Assert.Equal(2, second.RootElement.GetProperty("reopened_count").GetInt32());
    }

    [Fact]
    public void Completing_again_replaces_the_files_of_an_earlier_world()
    {
        foreach (var price in new[] { 1.00m, 2.00m })
        {
            using var writer = new FileDemoWriter(_folder.Path);
            writer.WriteProduct(new DemoProduct(1, "COF-0001", "Beans", "Coffee", price, At));
            writer.Complete();
        }

        Assert.Equal("1,COF-0001,Beans,Coffee,2.00,2024-02-29 13:05:09", DataLine("operational/products.csv"));
    }

    public void Dispose() => _folder.Dispose();

    string DataLine(string file) => Assert.Single(File.ReadAllLines(_folder.File(file)).Skip(1));

    List<string> VisibleFiles() => Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/'))
        .Where(f => !Path.GetFileName(f).StartsWith('.'))
        .Order(StringComparer.Ordinal)
        .ToList();
}
