using System.Text;
using Insights.Etl.Sources.Csv;

namespace Insights.Tests.Etl.Sources.Csv;

/// <summary>The CSV gate's own rules, on hand-made lines: what it lets through, what it refuses, and the lines it reports.</summary>
public sealed class CsvGateFacts : IDisposable
{
    static readonly CsvContract Contract = new([new("id", "bigint"), new("amount", "decimal(10, 2)"), new("note", "varchar")]);

    readonly TempFolder _folder = new();

    [Theory]
    [InlineData("12", true)]
    [InlineData("-3", true)]
    [InlineData("+7", true)]
    [InlineData("2.5", false)]
    [InlineData("3.0", false)]
    [InlineData("1e3", false)]
    [InlineData("0x10", false)]
    [InlineData("-", false)]
    [InlineData("", false)]
    public void A_whole_number_is_digits_with_an_optional_sign(string text, bool whole) =>
        Assert.Equal(whole, NumberText.IsWhole(Encoding.ASCII.GetBytes(text)));

    [Theory]
    [InlineData("12.50", true, 2)]
    [InlineData("-.5", true, 1)]
    [InlineData("3.", true, 0)]
    [InlineData("12.345", true, 3)]
    [InlineData("1,000.00", false, 2)]
    [InlineData("1e2", false, 0)]
    [InlineData(".", false, 0)]
    public void A_decimal_is_digits_with_one_point_and_its_decimals_are_counted(string text, bool isDecimal, int decimals)
    {
        Assert.Equal(isDecimal, NumberText.IsDecimal(Encoding.ASCII.GetBytes(text), out var counted));
        if (isDecimal) Assert.Equal(decimals, counted);
    }

    [Fact]
    public void Raw_text_keeps_UTF_8_and_writes_other_bytes_and_NUL_as_hex() =>
        Assert.Equal(@"café \xFF\x00 ok", RawText.Of([.. "café "u8, 0xFF, 0x00, .. " ok"u8]));

    [Fact]
    public void An_open_quote_takes_only_its_own_line_and_a_quoted_line_break_stays_in_its_value()
    {
        var result = Screen("id,amount,note\n1,2.00,\"open\n2,3.00,fine\n3,4.00,\"two\r\nlines\"\n4,5.00,\"closes\",late\n5,6.00,end\n");

        Assert.Equal(["line 2", "line 6"], result.Refused.Select(r => r.RowRef));
        Assert.StartsWith("unterminated quote in column note: the quote opened on line 2", result.Refused[0].Reason);
        Assert.Equal("wrong column count: 4 columns where 3 are expected", result.Refused[1].Reason);
        Assert.Equal(3, result.Records);
        // DuckDB sees the copy: header 1, records 2, 3, 4 from the file's lines 3, 4, 7
        Assert.Equal([new LineShift(2, 1), new LineShift(4, 3)], result.Shifts);
    }

    [Fact]
    public void Numbers_a_cast_would_round_are_refused_naming_the_column_and_the_value()
    {
        var result = Screen("id,amount,note\n1.5,2.00,a\n2,3.005,b\n3,4.00,c\n");

        Assert.Equal(["id \"1.5\" is not a whole number", "amount \"3.005\" has more than 2 decimals"], result.Refused.Select(r => r.Reason));
        Assert.DoesNotContain(result.Refused, r => r.RowRef == "line 4");
    }

    [Fact]
    public void A_clean_file_with_one_kind_of_line_break_is_read_as_it_is()
    {
        Assert.False(Screen("id,amount,note\r\n1,2.00,a\r\n2,3.00,\"b\r\nc\"\r\n").NeedsCopy);
        Assert.True(Screen("id,amount,note\r\n1,2.00,a\n").NeedsCopy);
        Assert.True(Screen("id,amount,note\n1,2.00,a\r2,3.00,b\n").NeedsCopy);
        Assert.True(Screen("id,amount,note\n1,2.00,a\n\n2,3.00,b\n").NeedsCopy);
    }

    CsvScreenResult Screen(string content)
    {
        var path = _folder.File(Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(_folder.Path);
        File.WriteAllText(path, content);
        return CsvScreen.Screen(path, Contract);
    }

    public void Dispose() => _folder.Dispose();
}
