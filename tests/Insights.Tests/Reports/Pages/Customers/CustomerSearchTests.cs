using Insights.Reports.Filters;
using Insights.Reports.Pages.Customers;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>The search over the five-customer world (TestData/customers/README.md, "Search").</summary>
public sealed class CustomerSearchTests(CustomerWorld world) : IClassFixture<CustomerWorld>
{
    CustomerSearchResult Search(string text, PersonalDataView view = PersonalDataView.Full) =>
        world.Host.Get<CustomerSearchQuery>().Run(new CustomerSearchFilter { Q = text }, view, CancellationToken.None);

    static int[] Ids(CustomerSearchResult result) => [.. result.Matches.Select(m => m.CustomerId)];

    [Fact]
    public void A_name_part_without_accents_finds_the_accented_name_and_word_starts_come_first()
    {
        Assert.Equal([1, 5], Ids(Search("bjorn")));
        Assert.Equal([1], Ids(Search("ÅNGSTRÖM")));
        Assert.Equal([1], Ids(Search("  Björn Ång  ")));
        Assert.Equal([1], Ids(Search("ang BJO")));
        Assert.Empty(Search("orn").Matches);          // a word is found from its start, not from its middle
    }

    [Fact]
    public void An_email_or_a_part_of_one_finds_its_customer_in_any_case()
    {
        Assert.Equal([3], Ids(Search("annie.smith@EXAMPLE.org")));
        Assert.Equal([3], Ids(Search("example.org")));
    }

    [Fact]
    public void A_customer_id_finds_that_customer()
    {
        var found = Search("3");
        Assert.Equal([3], Ids(found));
        Assert.Equal("/customers/3", found.Matches[0].Url);
    }

    [Fact]
    public void Old_versions_and_unknown_text_find_nobody()
    {
        Assert.Empty(Search("bjorn.old").Matches);
        Assert.Empty(Search("zzz").Matches);
        Assert.False(Search("zzz").HasMore);
    }

    [Fact]
    public void A_result_carries_names_region_segment_and_last_order()
    {
        var bjorn = Search("bjorn").Matches[0];
        Assert.Equal(new CustomerMatch(1, "Björn", "Björn Ångström", "bjorn@example.com", "South", false, "Champions", new DateOnly(2024, 4, 10)), bjorn);
        var marta = Search("bjorn").Matches[1];
        Assert.Null(marta.Segment);
        Assert.Null(marta.LastOrderedOn);
        Assert.True(Search("Unknown customer").Matches.Single().IsInferred);
    }

    [Fact]
    public void Product_sees_the_first_name_and_a_masked_email_only()
    {
        var bjorn = Search("bjorn", PersonalDataView.Masked).Matches[0];
        Assert.Equal("Björn", bjorn.PreferredName);
        Assert.Null(bjorn.FullName);
        Assert.Equal("b•••@example.com", bjorn.Email);
    }

    [Theory]
    [InlineData("angstrom")]              // customer 1's surname
    [InlineData("bjorn@example.com")]     // customer 1's whole e-mail
    [InlineData("example.com")]           // customer 1's e-mail domain
    [InlineData("smith")]                 // customer 3's surname
    [InlineData("annie smith")]           // a preferred name and a surname: every word must start a preferred-name word
    public void Product_cannot_find_a_customer_by_full_name_or_email_which_marketing_can(string text)
    {
        Assert.NotEmpty(Search(text).Matches);
        Assert.Empty(Search(text, PersonalDataView.Masked).Matches);
    }

    [Fact]
    public void Product_finds_by_id_and_preferred_name_only()
    {
        Assert.Equal([1, 5], Ids(Search("bjorn")));                            // 5: Marta Bjornsdottir's surname
        Assert.Equal([1], Ids(Search("bjorn", PersonalDataView.Masked)));      // her preferred name is Marta
        Assert.Equal([5], Ids(Search("marta", PersonalDataView.Masked)));
        Assert.Equal([3], Ids(Search("3", PersonalDataView.Masked)));
    }

    [Fact]
    public void Product_gets_the_list_in_preferred_name_order_not_full_name_order()
    {
        using var own = new CustomerWorld();
        // 60 customers of preferred name "Clone" and full names "Clone 0" .. "Clone 59"
        own.Host.Scalar<long>("""
            insert into mart_customer_search
            select word, 1000 + i, 'Clone ' || i, 'Clone', null, 'North', false, ' clone ' || i || ' clone ', ' clone '
            from range(60) as t(i), (values ('clone'), (i::varchar), ('#' || (1000 + i))) as words(word)
            """);
        var query = own.Host.Get<CustomerSearchQuery>();

        var masked = query.Run(new CustomerSearchFilter { Q = "clone" }, PersonalDataView.Masked, CancellationToken.None);
        var full = query.Run(new CustomerSearchFilter { Q = "clone" }, PersonalDataView.Full, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1000, 50), masked.Matches.Select(m => m.CustomerId));   // one preferred name: by id
        Assert.True(masked.HasMore);
        Assert.Equal([1000, 1001, 1010, 1011], full.Matches.Take(4).Select(m => m.CustomerId));   // "Clone 0", "Clone 1", "Clone 10"
        Assert.Empty(query.Run(new CustomerSearchFilter { Q = "clone 5" }, PersonalDataView.Masked, CancellationToken.None).Matches);
    }

    [Theory]
    [InlineData("a", "at least 2 characters")]
    [InlineData(" b ", "at least 2 characters")]
    public void Too_short_a_text_is_refused_with_a_message(string text, string message) =>
        Assert.Contains(FilterProblems.Of(new CustomerSearchFilter { Q = text }), p => p.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void Too_long_a_text_is_refused_and_a_single_digit_is_an_id()
    {
        Assert.Contains(FilterProblems.Of(new CustomerSearchFilter { Q = new string('x', 101) }), p => p.Contains("at most 100", StringComparison.Ordinal));
        Assert.Empty(FilterProblems.Of(new CustomerSearchFilter { Q = new string('x', 100) }));
        Assert.Empty(FilterProblems.Of(new CustomerSearchFilter { Q = "7" }));
    }

    [Fact]
    public void The_list_stops_at_the_limit_and_says_there_are_more()
    {
        using var own = new CustomerWorld();   // its own warehouse: the 60 extra customers would match other tests' ids
        own.Host.Scalar<long>("""
            insert into mart_customer_search
            select word, 1000 + i, 'Clone ' || i, 'Clone', null, 'North', false, ' clone ' || i || ' clone ', ' clone '
            from range(60) as t(i), (values ('clone'), (i::varchar), ('#' || (1000 + i))) as words(word)
            """);

        var found = own.Host.Get<CustomerSearchQuery>().Run(new CustomerSearchFilter { Q = "clone" }, PersonalDataView.Full, CancellationToken.None);

        Assert.Equal(CustomerSearchQuery.Limit, found.Matches.Count);
        Assert.True(found.HasMore);
        Assert.False(own.Host.Get<CustomerSearchQuery>().Run(new CustomerSearchFilter { Q = "clone 5" }, PersonalDataView.Full, CancellationToken.None).HasMore);
    }
}
