using System.Data.Common;
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
    public static OrderLine? OrderLine(DbDataReader r, TimelineNames names) =>
        names.Channels.TryGetValue(r.GetInt32(3), out var channel) && names.Products.TryGetValue(r.GetInt64(9), out var product)
            ? new OrderLine(r.GetInt64(0), r.GetInt32(1), r.GetDateTime(2), channel, r.GetString(4), r.GetInt32(5), r.GetDecimal(6),
                r.GetDecimal(7), r.GetDecimal(8), product)
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

    public static ReturnEvent? Return(DbDataReader r, TimelineNames names) =>
        names.Products.TryGetValue(r.GetInt64(3), out var product)
            ? new ReturnEvent(r.GetDateTime(1), r.GetInt64(0), r.GetInt64(2), product, r.GetInt32(4), r.GetDecimal(5), r.GetString(6))
            : null;

    public static ContactEvent? Contact(DbDataReader r, TimelineNames names) =>
        names.Channels.TryGetValue(r.GetInt32(2), out var channel)
            ? new ContactEvent(r.GetDateTime(1), r.GetInt64(0), channel, r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : r.GetInt32(5))
            : null;

    // a complaint keeps its row without a product, or with a product key that has no name (its product is then unknown)
    public static ComplaintRow Complaint(DbDataReader r, TimelineNames names) => new(r.GetDateTime(1), r.GetInt64(0), r.GetString(4),
        r.GetString(5), r.GetString(6), r.IsDBNull(2) ? null : r.GetDateTime(2), r.IsDBNull(3) ? null : r.GetDateTime(3),
        r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetInt64(9),
        r.IsDBNull(10) ? null : names.Products.GetValueOrDefault(r.GetInt64(10)));

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
