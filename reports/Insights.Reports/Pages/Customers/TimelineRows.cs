using System.Globalization;
using Insights.Reports.Access;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// The timeline queries' rows as events (column order as in timeline_*.sql); complaints as rows, which get their SLA state and
/// the reader's view later (<see cref="ComplaintRow.ToEvent"/>), and the changes masked for the reader.
/// </summary>
static class TimelineRows
{
    // timeline_orders.sql: one line with its product's and channel's names (null: a key without a name, left out)
    public static OrderLine? OrderLine<TRow>(TRow r, TimelineNames names) where TRow : IProfileRow =>
        names.Channels.TryGetValue(r.Int32(3), out var channel) && names.Products.TryGetValue(r.Int64(9), out var product)
            ? new OrderLine(r.Int64(0), r.Int32(1), r.DateTime(2), channel, r.String(4), r.Int32(5), r.Decimal(6),
                r.Decimal(7), r.Decimal(8), product)
            : null;

    /// <summary>
    /// The orders of <paramref name="lines"/>, newest first (then the higher id): the first time and the lowest channel and
    /// status of their lines (they agree within an order), the lines counted and their amounts summed, and the products as
    /// "name × quantity" in line order.
    /// </summary>
    public static List<OrderEvent> Orders(IEnumerable<OrderLine> lines) =>
        [.. lines.GroupBy(l => l.OrderId).Select(order =>
            {
                var inOrder = order.OrderBy(l => l.LineNumber).ToList();
                return new OrderEvent(inOrder.Min(l => l.OrderedAt), order.Key, inOrder.Select(l => l.Channel).Min(StringComparer.Ordinal)!,
                    inOrder.Select(l => l.Status).Min(StringComparer.Ordinal)!, inOrder.Count, inOrder.Sum(l => (long)l.Quantity),
                    inOrder.Sum(l => l.GrossAmount), inOrder.Sum(l => l.DiscountAmount), inOrder.Sum(l => l.NetAmount),
                    string.Join(", ", inOrder.Select(l => l.Product + " × " + l.Quantity.ToString(CultureInfo.InvariantCulture))));
            })
            .OrderByDescending(o => o.At).ThenByDescending(o => o.OrderId)];

    public static ReturnEvent? Return<TRow>(TRow r, TimelineNames names) where TRow : IProfileRow =>
        names.Products.TryGetValue(r.Int64(3), out var product)
            ? new ReturnEvent(r.DateTime(1), r.Int64(0), r.Int64(2), product, r.Int32(4), r.Decimal(5), r.String(6))
            : null;

    public static ContactEvent? Contact<TRow>(TRow r, TimelineNames names) where TRow : IProfileRow =>
        names.Channels.TryGetValue(r.Int32(2), out var channel)
            ? new ContactEvent(r.DateTime(1), r.Int64(0), channel, r.String(3), r.IsNull(4) ? null : r.String(4),
                r.IsNull(5) ? null : r.Int32(5))
            : null;

    // a complaint keeps its row without a product, or with a product key that has no name (its product is then unknown)
    public static ComplaintRow Complaint<TRow>(TRow r, TimelineNames names) where TRow : IProfileRow => new(r.DateTime(1), r.Int64(0),
        r.String(4), r.String(5), r.String(6), r.IsNull(2) ? null : r.DateTime(2), r.IsNull(3) ? null : r.DateTime(3),
        r.IsNull(7) ? null : r.Double(7), r.IsNull(8) ? null : r.String(8), r.IsNull(9) ? null : r.Int64(9),
        r.IsNull(10) ? null : names.Products.GetValueOrDefault(r.Int64(10)));

    // profile.sql: one type-2 version of the customer, with what orders it after valid_from (customer_key; the document has
    // the version number, which orders the same way)
    public static (long Key, CustomerVersion Version) Version<TRow>(TRow r) where TRow : IProfileRow =>
        (r.Int64(10), new CustomerVersion(r.DateTime(9), r.String(1), r.String(2), r.IsNull(3) ? null : r.String(3), r.String(4), r.String(5)));

    // profile.sql: the customer as the current version has them (scores read apart)
    public static CustomerProfile Customer<TRow>(TRow r) where TRow : IProfileRow =>
        new(r.Int32(0), r.String(1), r.String(2), r.IsNull(3) ? null : r.String(3), r.String(4), r.String(5),
            r.IsNull(6) ? null : r.DateTime(6), r.Boolean(7), Scores: null);

    // profile.sql: whether the version is the current one
    public static bool IsCurrent<TRow>(TRow r) where TRow : IProfileRow => r.Boolean(8);

    /// <summary>
    /// The changes between consecutive versions (the first version is where the customer starts, not a change), newest last,
    /// names and e-mails as <paramref name="view"/> may see them.
    /// </summary>
    public static List<ChangeEvent> Changes(IReadOnlyList<CustomerVersion> versions, PersonalDataView view)
    {
        var changes = new List<ChangeEvent>();
        for (var i = 1; i < versions.Count; i++)
        {
            var (before, after) = (versions[i - 1], versions[i]);
            var seenBefore = PersonalDataPolicy.Apply(new PersonalData(before.FullName, before.PreferredName, before.Email), view);
            var seenAfter = PersonalDataPolicy.Apply(new PersonalData(after.FullName, after.PreferredName, after.Email), view);
            var list = new List<AttributeChange>();
            if (before.Region != after.Region) list.Add(new("Region", before.Region, after.Region));
            if (before.FullName != after.FullName) list.Add(new("Full name", seenBefore.FullName, seenAfter.FullName));
            if (before.PreferredName != after.PreferredName) list.Add(new("Preferred name", seenBefore.PreferredName, seenAfter.PreferredName));
            if (before.Email != after.Email) list.Add(new("E-mail", seenBefore.Email, seenAfter.Email));
            if (before.SignupChannel != after.SignupChannel) list.Add(new("Sign-up channel", before.SignupChannel, after.SignupChannel));
            // a version can differ in a detail the timeline does not show (the sign-up date): still a change, said as such
            if (list.Count == 0) list.Add(new("Other details", null, null));
            changes.Add(new ChangeEvent(after.ValidFrom, list));
        }
        return changes;
    }
}

/// <summary>One order line as timeline_orders.sql gives it, with its product's and channel's names.</summary>
sealed record OrderLine(long OrderId, int LineNumber, DateTime OrderedAt, string Channel, string Status, int Quantity,
    decimal GrossAmount, decimal DiscountAmount, decimal NetAmount, string Product);
