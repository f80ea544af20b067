using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Insights.Demo;

/// <summary>Writes complaints as JSON Lines: one object per line, timestamps as "yyyy-MM-dd HH:mm:ss" strings, null for absent values.</summary>
sealed class ComplaintJsonLinesWriter : IDisposable
{
    const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";
    readonly StagedFile _file;
    readonly ArrayBufferWriter<byte> _line = new(1024);
    readonly Utf8JsonWriter _json;

    public ComplaintJsonLinesWriter(string path)
    {
        _file = new StagedFile(path);
        // Relaxed escaping keeps the customers' words readable in the file (é, ', <, &); the file is data, not HTML,
        // and the pages that show the text encode it themselves.
        _json = new Utf8JsonWriter(_line, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public void Write(DemoComplaint complaint)
    {
        _json.WriteStartObject();
        _json.WriteNumber("complaint_id", complaint.ComplaintId);
        _json.WriteNumber("customer_id", complaint.CustomerId);
        if (complaint.OrderId is { } orderId) _json.WriteNumber("order_id", orderId);
        else _json.WriteNull("order_id");
        if (complaint.ProductId is { } productId) _json.WriteNumber("product_id", productId);
        else _json.WriteNull("product_id");
        _json.WriteString("category", complaint.Category);
        _json.WriteString("severity", complaint.Severity);
        _json.WriteString("opened_at", Format(complaint.OpenedAt));
        if (complaint.ResolvedAt is { } resolvedAt) _json.WriteString("resolved_at", Format(resolvedAt));
        else _json.WriteNull("resolved_at");
        _json.WriteString("status", complaint.Status);
        _json.WriteString("text", complaint.Text);
        if (complaint.FirstResponseAt is { } firstResponseAt) _json.WriteString("first_response_at", Format(firstResponseAt));
        else _json.WriteNull("first_response_at");
        _json.WriteNumber("reopened_count", complaint.ReopenedCount);
        _json.WriteEndObject();
        _json.Flush();
        _file.Stream.Write(_line.WrittenSpan);
        _file.Stream.WriteByte((byte)'\n');
        _line.Clear();
        _json.Reset();   // each line is its own JSON document
    }

    public void Complete() => _file.Commit();

    public void Dispose()
    {
        _json.Dispose();
        _file.Dispose();
    }

    static string Format(DateTime value) => value.ToString(TimestampFormat, System.Globalization.CultureInfo.InvariantCulture);
}
