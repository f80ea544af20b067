using Insights.Reports.Filters;
using Insights.Reports.Pages.Customers;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>
/// The search's ranking where many index rows match: the capped top rows and the fall-back to every row (TestData/customers/
/// many_words.sql says which customers and why).
/// </summary>
public sealed class CustomerSearchRankingTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public CustomerSearchRankingTests()
    {
        _host = new WarehouseHost(_folder);
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "customers", "many_words.sql")));
        _host.Get<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_customer_search"]);
    }

    CustomerSearchResult Search(string text) =>
        _host.Get<CustomerSearchQuery>().Run(new CustomerSearchFilter { Q = text }, PersonalDataView.Full, CancellationToken.None);

    [Fact]
    public void Customers_with_many_matching_words_are_all_found_past_the_capped_rows()
    {
        var found = Search("ab");

        Assert.Equal(Enumerable.Range(1, 40), found.Matches.Select(m => m.CustomerId));
        Assert.False(found.HasMore);
    }

    [Fact]
    public void Many_customers_show_the_first_fifty_by_name_and_say_there_are_more()
    {
        var found = Search("zora");

        Assert.Equal(Enumerable.Range(111, 50).Reverse(), found.Matches.Select(m => m.CustomerId));
        Assert.Equal("Zora xs", found.Matches[0].FullName);
        Assert.True(found.HasMore);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
