using System.Globalization;
using Insights.Reports.Access;
using Insights.Reports.Limits;
using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers;

/// <summary>One customer the search found.</summary>
/// <param name="CustomerId">The customer's id (business id).</param>
/// <param name="PreferredName">How the customer wants to be greeted.</param>
/// <param name="FullName">The full name (null when hidden from the reader).</param>
/// <param name="Email">The e-mail address (null: none on file; masked for some readers).</param>
/// <param name="Region">The current region.</param>
/// <param name="IsInferred">Known only from facts that arrived before the master record.</param>
/// <param name="Segment">The current RFM segment (null: no completed order).</param>
/// <param name="LastOrderedOn">The day of the last completed order (null: none).</param>
public sealed record CustomerMatch(int CustomerId, string? PreferredName, string? FullName, string? Email, string Region,
    bool IsInferred, string? Segment, DateOnly? LastOrderedOn) : IHasPersonalData<CustomerMatch>
{
    /// <summary>The profile page.</summary>
    public string Url => CustomerLinks.Profile(CustomerId);

    /// <inheritdoc />
    public PersonalData PersonalData => new(FullName, PreferredName, Email);

    /// <inheritdoc />
    public CustomerMatch WithPersonalData(PersonalData data) =>
        this with { FullName = data.FullName, PreferredName = data.PreferredName, Email = data.Email };
}

/// <summary>What a search found: at most <see cref="CustomerSearchQuery.Limit"/> customers, best first.</summary>
/// <param name="Text">The text searched (trimmed; null: nothing asked yet).</param>
/// <param name="Matches">The customers found, best first.</param>
/// <param name="HasMore">More customers match than are shown: the reader should type more.</param>
public sealed record CustomerSearchResult(string? Text, IReadOnlyList<CustomerMatch> Matches, bool HasMore)
{
    /// <summary>Nothing asked yet.</summary>
    public static CustomerSearchResult Empty { get; } = new(null, [], false);
}

/// <summary>
/// Finds customers by id, by the start of any word of their name, or by their e-mail (from its start, or its domain) in
/// mart_customer_search (a word index built in the load, in word order), with their segment and last order from
/// mart_customer_rfm: in memory once the state's <see cref="CustomerSearchIndex"/> is read (a few ms at SF10), before that
/// with SQL, a range read of the index per search (no scan of every name, no type-2 history). Both find the same customers in
/// the same order (CustomerNameIndexTests). A reader who sees personal data masked (<see cref="PersonalDataView.Masked"/>)
/// finds customers only by id and preferred-name words, listed by preferred name: matching a full-name word or an e-mail, or
/// listing by full name, would tell them what the masking hides (a product user typing a full e-mail would learn whose it is).
/// </summary>
public sealed class CustomerSearchQuery(DuckDbWarehouse warehouse, ComputeGate gate, CustomerPageCache cache, CustomerSearchIndex index)
{
    /// <summary>The most customers a search shows: a longer list is read by nobody; typing more narrows it.</summary>
    public const int Limit = 50;

    static readonly string Sql = SqlResource.Load<CustomerSearchQuery>("customer_search.sql");
    static readonly string NormaliseSql = SqlResource.Load<CustomerSearchQuery>("normalise.sql");

    /// <summary>
    /// The matching index rows ranked before they are grouped by customer (customer_search.sql): a customer has a row per
    /// word, so eight per customer shown leave room for customers whose name, preferred name and e-mail all match.
    /// </summary>
    const int RowsRanked = (Limit + 1) * 8;

    // every normalised string starting with a prefix sorts before prefix + this (the highest code point)
    const string AfterEverything = "\U0010FFFF";

    /// <summary>
    /// Searches for <paramref name="filter"/>'s text (validated by the caller) and returns what <paramref name="view"/> may see.
    /// Runs through the compute gate: at SF10 a search scans a million names.
    /// </summary>
    public CustomerSearchResult Run(CustomerSearchFilter filter, PersonalDataView view, CancellationToken ct)
    {
        if (filter.Text is not { } text) return CustomerSearchResult.Empty;
        // what was found depends on the text and on whether the view is masked (which words may match; the masking itself
        // applies after): the search-as-you-type script and the form ask the same texts again and again, which skip DuckDB and
        // the gate until the warehouse changes
        var masked = view < PersonalDataView.Full;
        var state = cache.State();
        var (matches, hasMore) = cache.GetOrAdd(state, (masked ? "search|masked|" : "search|full|") + text,
            () => gate.Run(ComputeKind.CustomerSearch, ct, token => Find(index.At(state), filter, text, masked, token)));
        return new CustomerSearchResult(text, [.. PersonalDataPolicy.Apply(matches, view)], hasMore);
    }

    // the customers found, unmasked (at most Limit), and whether there are more: in `names` when there is one, else with SQL
    (IReadOnlyList<CustomerMatch> Matches, bool HasMore) Find(CustomerNameIndex? names, CustomerSearchFilter filter, string text,
        bool masked, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        // the words typed, normalised as the index's words are; the longest narrows the index most, the others filter
        var words = connection.ExecuteScalar<string>(NormaliseSql, ("text", text))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().OrderByDescending(w => w.Length).ToList();
        if (words.Count == 0) return ([], false);
        // a first word starting with '#' also matches the ids' own words ('#' || id) from their start, which the index does
        // not hold: such texts (typed by nobody looking for a name) keep the SQL
        if (names is not null && !words[0].StartsWith('#'))
        {
            var found = names.Find(words, filter.Id, Limit, ct, masked);
            return ([.. found.Take(Limit)], found.Count > Limit);
        }
        var idWord = filter.Id is { } id ? "#" + id.ToString(CultureInfo.InvariantCulture) : null;
        var (matches, ranked) = Read(connection, words, idWord, masked, RowsRanked, ct);
        // fewer customers than asked among the capped rows: their owners had many matching words; rank every row
        if (matches.Count <= Limit && ranked == RowsRanked) (matches, _) = Read(connection, words, idWord, masked, null, ct);
        return ([.. matches.Take(Limit)], matches.Count > Limit);
    }

    // the customers found (at most Limit + 1) and how many index rows were ranked; rows null: all of them
    static (List<CustomerMatch> Matches, long Ranked) Read(DuckDBConnection connection, List<string> words, string? idWord, bool masked,
        int? rows, CancellationToken ct)
    {
        using var command = connection.CreateCommand(Sql, ("prefix", words[0]), ("prefix_end", words[0] + AfterEverything),
            ("rest", string.Join(' ', words.Skip(1))), ("id_word", idWord), ("masked", masked), ("limit", Limit + 1), ("rows", rows));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var matches = new List<CustomerMatch>();
        long ranked = 0;
        while (reader.Read())
        {
            matches.Add(new CustomerMatch(reader.GetInt32(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetBoolean(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7)));
            ranked = reader.GetInt64(8);
        }
        return (matches, ranked);
    }
}
