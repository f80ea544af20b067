using Insights.Reports.Export;
using Microsoft.AspNetCore.Http;

namespace Insights.Tests.Reports.Export;

public sealed class CsvFileNameTests
{
    static HttpRequest Request(string query)
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString(query);
        return http.Request;
    }

    [Fact]
    public void Two_filters_give_two_names_and_the_handler_is_not_one_of_them()
    {
        var a = CsvFileName.WithFilters("cross-sell-rules", Request("?handler=Csv&level=category&minSupport=0.02"));
        var b = CsvFileName.WithFilters("cross-sell-rules", Request("?handler=Csv&level=product&minSupport=0.02"));

        Assert.Equal("cross-sell-rules_level-category_minSupport-0.02.csv", a);
        Assert.Equal("cross-sell-rules_level-product_minSupport-0.02.csv", b);
    }

    [Fact]
    public void Without_a_filter_the_name_is_the_stem()
    {
        Assert.Equal("intervals-customers.csv", CsvFileName.WithFilters("intervals-customers", Request("?handler=CustomersCsv&segment=")));
    }

    [Fact]
    public void Customer_text_is_made_file_safe_and_the_name_stays_short()
    {
        var name = CsvFileName.WithFilters("cross-sell-rules", Request("?item=" + Uri.EscapeDataString("../\"x\"\n" + new string('y', 400))));

        Assert.StartsWith("cross-sell-rules_item-..--x--y", name);
        Assert.DoesNotContain("/", name);
        Assert.DoesNotContain("\"", name);
        Assert.True(name.Length <= CsvFileName.MaxLength, $"{name.Length} characters");
        Assert.EndsWith(".csv", name);
    }
}
