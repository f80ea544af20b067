using System.Data.Common;
using System.Globalization;

namespace Insights.Tests.Fixtures;

/// <summary>
/// A statement's rows as text, one "a|b|c" line per row in the invariant culture: how the service tests compare a mart path's
/// rows with the live path's, or with rows worked out by hand.
/// </summary>
static class TextRows
{
    public static List<string> Read(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount)
                .Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }
}
