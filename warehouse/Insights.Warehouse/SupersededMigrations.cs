namespace Insights.Warehouse;

/// <summary>
/// The checksums applied migrations had before they were rewritten on purpose, each with the reason. A warehouse that applied
/// the earlier text keeps its recorded checksum: the Migrator accepts it (and never runs the script again), while any other
/// difference from the embedded text still stops start-up. Add an entry only for a rewrite that leaves every warehouse
/// migrated before in the state the new text gives (with the later migrations), and say why.
/// </summary>
public static class SupersededMigrations
{
    // SHA-256 of the file's text as applied (upper-case hex, as etl_schema_version records it)
    const string CopiedModelSql =
        "filled its new marts by repeating the model's statement (a rule written twice); it now creates them empty and " +
        "migration 0044 names them pending where a warehouse held rows, so the model is the only place the rule lives";

    /// <summary>Per migration file name: the earlier checksums accepted, each with why that text was replaced.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Checksum, string Why)>> ByName { get; } =
        new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal)
        {
            ["0009_customer_purchase_days.sql"] = [("1542372EDDC8C3F2903BAE835EDB4C748BB54F74A8F9A830BBA19A1120A56760", CopiedModelSql)],
            ["0011_customer_orders.sql"] = [("651520366BB3CB1E65FE339A94E29E7A1A82F2DA73A0F7EA40886158E7BA0BFD", CopiedModelSql)],
            ["0016_complaint_term_index.sql"] = [("0334DAA0B4BEA7A7DB0EC8E6E2B1758F9B1E06B46B767977E7F16033662F36E9", CopiedModelSql)],
            ["0017_customer_search.sql"] = [("763AD140DD0B8C1A1CA355F1CED827B31E80A456A497DBF085A39841BF666546", CopiedModelSql)],
            ["0019_customer_active_spans.sql"] = [("E74291C3EFEA890914453413D3B64396CC64DD4705117D4BF91486A5B3B98BB4", CopiedModelSql)],
            ["0020_customer_timeline_marts.sql"] = [("0113ECF61DFFBF4D7364A8550E9FC2F960F319B4C496EE5B795814B18EC070B6", CopiedModelSql)],
            ["0024_contact_followups.sql"] = [("97BFDC48212F0FBD0A4D601AF8825E1D9D2D5A1F5EBD0AE644AF4A1FF055733C", CopiedModelSql)],
            ["0033_order_days.sql"] = [("4FD2BFA481BEEF752B1317B107A068BEAEC634E3E33CCAD54B7319BC87D17A38", CopiedModelSql)],
        };

    /// <summary>Whether <paramref name="checksum"/> is an accepted earlier text of migration <paramref name="name"/>.</summary>
    public static bool Accepts(string name, string checksum) =>
        ByName.TryGetValue(name, out var earlier) && earlier.Any(e => e.Checksum == checksum);
}
