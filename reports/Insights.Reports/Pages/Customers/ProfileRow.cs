using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// One row of a profile read, its values by column position: a DuckDB reader's current row (<see cref="ReaderRow"/>) or a row
/// of the customer's profile document (<see cref="DocumentRow"/>, mart_customer_profile), which holds each read's columns in
/// the same order. <see cref="TimelineRows"/> maps either the same way.
/// </summary>
interface IProfileRow
{
    bool IsNull(int i);
    bool Boolean(int i);
    int Int32(int i);
    long Int64(int i);
    double Double(int i);
    decimal Decimal(int i);
    string String(int i);
    DateTime DateTime(int i);
}

/// <summary>The current row of a DuckDB reader.</summary>
readonly struct ReaderRow(DbDataReader reader) : IProfileRow
{
    public bool IsNull(int i) => reader.IsDBNull(i);
    public bool Boolean(int i) => reader.GetBoolean(i);
    public int Int32(int i) => reader.GetInt32(i);
    public long Int64(int i) => reader.GetInt64(i);
    public double Double(int i) => reader.GetDouble(i);
    public decimal Decimal(int i) => reader.GetDecimal(i);
    public string String(int i) => reader.GetString(i);
    public DateTime DateTime(int i) => reader.GetDateTime(i);
}

/// <summary>
/// A JSON array of the profile document, as DuckDB's json_array wrote the row: numbers, strings, booleans, nulls, timestamps
/// as "yyyy-MM-dd HH:mm:ss[.ffffff]", and money as text ("90.00": a JSON number would lose a decimal's trailing zeros).
/// </summary>
readonly struct DocumentRow(JsonElement row) : IProfileRow
{
    static readonly string[] TimestampFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];

    public bool IsNull(int i) => row[i].ValueKind == JsonValueKind.Null;
    public bool Boolean(int i) => row[i].GetBoolean();
    public int Int32(int i) => row[i].GetInt32();
    public long Int64(int i) => row[i].GetInt64();
    public double Double(int i) => row[i].GetDouble();
    public decimal Decimal(int i) => decimal.Parse(row[i].GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
    public string String(int i) => row[i].GetString()!;
    public DateTime DateTime(int i) =>
        System.DateTime.ParseExact(row[i].GetString()!, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
