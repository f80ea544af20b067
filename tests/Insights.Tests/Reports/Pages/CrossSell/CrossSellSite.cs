using System.Text.RegularExpressions;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.CrossSell;

/// <summary>The real site on a warehouse holding <see cref="CrossSellWorld"/> (with its two segments) instead of the tiny world.</summary>
public sealed class CrossSellSite : IDisposable
{
    public CrossSellSite()
    {
        Factory = new SiteFactory();
        CrossSellWorld.Fill(Factory.Services.GetRequiredService<DuckDbWarehouse>(), withSegments: true);
    }

    public SiteFactory Factory { get; }

    public HttpClient Client() => Factory.ClientAs(Roles.Marketing);

    /// <summary>A downloaded CSV's lines (byte-order mark and the last line break dropped), after checking it is one.</summary>
    public static async Task<string[]> CsvLines(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Asserts a refused filter: 400, the rule's message on the page or in the text, no stack trace.</summary>
    public static async Task Refused(HttpResponseMessage response, string message)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var body = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, body);
        Assert.DoesNotContain("Exception", body);
    }

    /// <summary>
    /// Asserts the page shows <paramref name="text"/>, compared with the page decoded (Razor writes ∞, ×, ⇒ and apostrophes as
    /// character references) and on one line; on failure the message is the page's main part.
    /// </summary>
    public static void Shows(string html, string text)
    {
        // decoded, and laid out as one line: no white space between tags, one space for any run of it in text
        var decoded = Regex.Replace(Regex.Replace(System.Net.WebUtility.HtmlDecode(html), @">\s+<", "><"), @"\s+", " ");
        var main = decoded.IndexOf("<main", StringComparison.Ordinal);
        Assert.True(decoded.Contains(text, StringComparison.Ordinal), $"not on the page: {text}\n{decoded[Math.Max(0, main)..]}");
    }

    public void Dispose() => Factory.Dispose();
}
