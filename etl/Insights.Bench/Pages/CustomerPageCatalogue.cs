using System.Globalization;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Pages;

/// <summary>
/// The customer pages' requests: searches typed from real customers' names, e-mails and ids (1 letter, which the form refuses;
/// 2 letters; 3 or more; two words; an e-mail; an id; a text no customer has), each through the GET form and the JSON Suggest
/// handler the search-as-you-type script calls, and profiles of random customers. First views: customers nobody asked for
/// before (each profile a new id), all clients at once; repeated: a fixed pool of customers, each asked once in the warm-up, so
/// their pages' data is warm (kept by the pages per warehouse state).
/// </summary>
static class CustomerPageCatalogue
{
    static readonly string SamplesSql = SqlResource.Load<ReportBenchSite>("customer_samples.sql");

    /// <summary>Customers whose profiles the clients loop over in the repeated phase.</summary>
    const int ProfilePool = 100;

    /// <summary>Customers the repeated phase's searches are typed from (each gives every kind of search, both ways).</summary>
    const int SearchPool = 20;

    /// <summary>First views per client, of profiles and of searches each.</summary>
    const int FirstViewsPerClient = 10;

    /// <summary>The customer requests for a run with <paramref name="clients"/> clients.</summary>
    public static PagePlan Plan(IServiceProvider services, int clients)
    {
        var fresh = FirstViewsPerClient * clients;
        var customers = Sample(services.GetRequiredService<DuckDbWarehouse>(), fresh * 2 + ProfilePool + SearchPool);
        var firstProfiles = customers.Take(fresh).Select(Profile);
        // each first-view search from a customer of its own, the kinds and the two ways in turn
        var firstSearches = customers.Skip(fresh).Take(fresh).Select((c, i) => Search(c, i % SearchKinds, suggest: i / SearchKinds % 2 == 1));
        var pool = customers.Skip(2 * fresh).ToList();
        var repeatedProfiles = pool.Take(ProfilePool).SelectMany((c, i) => i % 10 == 0
            ? [Profile(c), new PageRequest("profile timeline", $"/customers/{Id(c)}?kind=order&pageNumber=2")]
            : new[] { Profile(c) });
        var repeatedSearches = pool.Skip(ProfilePool).SelectMany(c =>
            Enumerable.Range(0, SearchKinds).SelectMany(kind => new[] { Search(c, kind, false), Search(c, kind, true) }));
        List<PageRequest> repeated = [.. repeatedProfiles, .. repeatedSearches];
        // the pool is asked once in the warm-up (not measured): the pages keep what they read per warehouse state
        // (CustomerPageCache), so "repeated" means asked before, as a profile looked at again is; the first views stay cold
        return new PagePlan(["customers", "customer search"],
            [new PageRequest("razor", "/customers?q=x", 400), new PageRequest("razor", "/customers/0", 404), .. repeated],
            [new FirstViews([.. firstProfiles.Zip(firstSearches).SelectMany(p => new[] { p.First, p.Second })], clients)],
            repeated);
    }

    static PageRequest Profile(Customer customer) => new("profile", $"/customers/{Id(customer)}");

    const int SearchKinds = 7;

    // what a reader types to find the customer, by kind; the view names the kind and the way (form or suggest)
    static PageRequest Search(Customer customer, int kind, bool suggest)
    {
        var words = customer.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var surname = words[^1];
        var (name, text, expect) = kind switch
        {
            0 => ("1 letter", FirstLetter(surname) ?? FirstLetter(words[0]) ?? surname[..1], 400),   // refused: matches almost everyone
            1 => ("2 letters", Start(surname, 2), (int?)null),
            2 => ("3+ letters", Start(words[0], 3 + customer.CustomerId % 4), null),            // 3 to 6 letters of the first name
            3 => ("two words", $"{Start(words[0], 3)} {Start(surname, 2)}", null),
            4 => ("e-mail", customer.Email is { } email ? Start(email, 4 + customer.CustomerId % 8) : Start(surname, 4), null),
            5 => ("id", Id(customer), null),
            _ => ("no match", "qzx" + Start(surname, 3), null),                                // no name starts with "qzx"
        };
        var path = suggest ? "/customers?handler=Suggest&q=" : "/customers?q=";
        return new PageRequest($"{(suggest ? "suggest" : "search")} {name}", path + Uri.EscapeDataString(text), expect);
    }

    // the first letter a reader would type (a name may start with a bracket, which the search reads as no text, or be a number,
    // which it reads as an id); null when the word has none
    static string? FirstLetter(string word) => word.FirstOrDefault(char.IsLetter) is var c and not '\0' ? c.ToString() : null;

    static string Start(string word, int length) => word[..Math.Min(length, word.Length)];

    static string Id(Customer customer) => customer.CustomerId.ToString(CultureInfo.InvariantCulture);

    static List<Customer> Sample(DuckDbWarehouse warehouse, int count)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(SamplesSql, ("count", count), ("seed", 18));
        using var reader = command.ExecuteReader();
        var customers = new List<Customer>();
        while (reader.Read())
            customers.Add(new Customer(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        if (customers.Count == 0) throw new InvalidOperationException("The warehouse holds no customer to look up: load it first.");
        // a warehouse with fewer customers than the plan asks for (a test world) has them asked again in turn: its "first views"
        // are then not all first, which only a small warehouse shows
        return [.. Enumerable.Range(0, count).Select(i => customers[i % customers.Count])];
    }

    sealed record Customer(int CustomerId, string FullName, string? Email);
}
