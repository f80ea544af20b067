using System.Data.Common;
using Insights.Reports.Access;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// The timeline queries' rows as events (column order as in timeline_*.sql); complaints as rows, which get their SLA state and
/// the reader's view later (<see cref="ComplaintRow.ToEvent"/>), and the changes masked for the reader.
/// </summary>
static class TimelineRows
{
    public static OrderEvent Order(DbDataReader r) => new(r.GetDateTime(1), r.GetInt64(0), r.GetString(2), r.GetString(3),
        r.GetInt64(4), r.GetInt64(5), r.GetDecimal(6),
        r.GetDecimal(7), r.GetDecimal(8), r.GetString(9));

    public static ReturnEvent Return(DbDataReader r) => new(r.GetDateTime(1), r.GetInt64(0), r.GetInt64(2), r.GetString(3),
        r.GetInt32(4), r.GetDecimal(5), r.GetString(6));

    public static ContactEvent Contact(DbDataReader r) => new(r.GetDateTime(1), r.GetInt64(0), r.GetString(2), r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5));

    public static ComplaintRow Complaint(DbDataReader r) => new(r.GetDateTime(1), r.GetInt64(0), r.GetString(4), r.GetString(5),
        r.GetString(6), r.IsDBNull(2) ? null : r.GetDateTime(2), r.IsDBNull(3) ? null : r.GetDateTime(3),
        r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetInt64(9),
        r.IsDBNull(10) ? null : r.GetString(10));

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
