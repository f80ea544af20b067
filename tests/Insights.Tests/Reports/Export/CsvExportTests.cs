using System.Globalization;
using System.Text;
using Insights.Reports.Export;

namespace Insights.Tests.Reports.Export;

public sealed class CsvExportTests
{
    static string Csv(params IReadOnlyList<object?>[] rows)
    {
        var writer = new StringWriter();
        CsvExport.Write(writer, ["a", "b"], rows);
        return writer.ToString();
    }

    // One value as it appears in a file: the first cell of a row whose second cell is a plain "x".
    static string Field(object? value)
    {
        var line = Csv([value, "x"])["a,b\r\n".Length..];
        Assert.EndsWith(",x\r\n", line);
        return line[..^",x\r\n".Length];
    }

    [Fact]
    public void Writes_a_header_and_rows_with_crlf_line_breaks() =>
        Assert.Equal("a,b\r\n1,x\r\n2,y\r\n", Csv([1, "x"], [2L, "y"]));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData(" padded ", " padded ")]
    [InlineData("", "")]
    public void Quotes_only_fields_that_need_it(string value, string field) => Assert.Equal(field, Field(value));

    [Theory]
    [InlineData("=1+2", "\"'=1+2\"")]
    [InlineData("+SUM(A1)", "\"'+SUM(A1)\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@cmd", "\"'@cmd\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("a=1", "a=1")]
    // CsvHelper's escaping also quotes the escaped cell, so a reader gets back the same text the hand-made one gave ('=1+2)
    public void Text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string value, string field) =>
        Assert.Equal(field, Field(value));

    [Theory]
    [InlineData("Smith;=1+1;", "\"Smith;'=1+1;\"")]
    [InlineData("Smith,=1+1", "\"Smith,'=1+1\"")]
    [InlineData("a; =cmd|' /C calc'!A0", "\"a;' =cmd|' /C calc'!A0\"")]
    [InlineData("a;\"=1+1\"", "\"a;'\"\"=1+1\"\"\"")]
    [InlineData("x,@SUM(A1)", "\"x,'@SUM(A1)\"")]
    [InlineData("x;+1;-2", "\"x;'+1;'-2\"")]
    [InlineData("x;\t=1", "\"x;'\t=1\"")]
    [InlineData("=1;=2", "\"'=1;'=2\"")]
    // a spreadsheet that splits the cell on ';' (or ',') gets a piece starting with a formula: each such piece is defused, and
    // the cell quoted, so a reader that keeps it whole gets it whole
    public void A_formula_after_a_separator_inside_a_cell_gets_an_apostrophe_too(string value, string field) =>
        Assert.Equal(field, Field(value));

    [Theory]
    [InlineData("a;b", "a;b")]
    [InlineData("a=1;b=2", "a=1;b=2")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("2024-01-01;x", "2024-01-01;x")]
    [InlineData("Smith;", "Smith;")]
    public void Separators_without_a_formula_after_them_leave_the_cell_as_it_was(string value, string field) =>
        Assert.Equal(field, Field(value));

    [Fact]
    public void Numbers_are_invariant_and_a_negative_number_stays_a_number()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("-1234.5", Field(-1234.5m));
            Assert.Equal("0.25", Field(0.25d));
            Assert.Equal("-7", Field(-7L));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Dates_times_flags_and_nulls_have_one_fixed_form()
    {
        Assert.Equal("2024-03-01 10:05:00", Field(new DateTime(2024, 3, 1, 10, 5, 0)));
        Assert.Equal("2024-03-01 08:05:00", Field(new DateTimeOffset(2024, 3, 1, 10, 5, 0, TimeSpan.FromHours(2))));
        Assert.Equal("2024-03-01", Field(new DateOnly(2024, 3, 1)));
        Assert.Equal("true", Field(true));
        Assert.Equal("", Field(null));
    }

    [Fact]
    public void Files_are_utf8_with_a_byte_order_mark_and_count_rows()
    {
        using var folder = new TempFolder();
        Assert.Equal(1, CsvExport.WriteFile(folder.File("names.csv"), ["name"], [["Zoë"]]));
        var bytes = File.ReadAllBytes(folder.File("names.csv"));

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal("name\r\nZoë\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(2, CsvExport.Write(new StringWriter(), ["x"], [[1], [2]]));
    }

    [Fact]
    public async Task Written_asynchronously_in_pieces_the_text_is_the_same()
    {
        // enough rows for several 32 kB pieces, with cells that need quoting and defusing
        var rows = Enumerable.Range(0, 5000).Select(i => (IReadOnlyList<object?>)[i, $"name, {i}", "=cmd", i * 0.5m, null]).ToList();
        var synchronous = new StringWriter();
        CsvExport.Write(synchronous, ["id", "name", "note", "amount", "empty"], rows);

        var asynchronous = new StringWriter();
        var count = await CsvExport.WriteAsync(asynchronous, ["id", "name", "note", "amount", "empty"], rows, CancellationToken.None);

        Assert.Equal(5000, count);
        Assert.True(synchronous.ToString().Length > 3 * 32_768);
        Assert.Equal(synchronous.ToString(), asynchronous.ToString());
    }
}
