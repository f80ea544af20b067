using ScottPlot;

namespace Insights.Reports.Charts;

/// <summary>The look every chart shares: font, colours, size. Charts are pure functions of their data (same data, same SVG).</summary>
public static partial class ChartTheme
{
    /// <summary>Sans-serif font shipped by Debian's fonts-dejavu-core (the machine default resolves to a serif face).</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>The primary series colour.</summary>
    public static Color Primary { get; } = Color.FromHex("#2f6690");

    /// <summary>A new plot with the shared font and styling.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Axes.Color(Color.FromHex("#333333"));
        plot.Grid.MajorLineColor = Color.FromHex("#e5e5e5");
        return plot;
    }

    /// <summary>
    /// Renders <paramref name="plot"/> as SVG. ScottPlot numbers its clip-path ids from a process-wide counter, so they are
    /// renumbered per document: the same data then always gives the same SVG (cacheable, testable).
    /// </summary>
    public static string ToSvg(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        var ids = new Dictionary<string, string>();
        return ClipPathId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id)) ids[m.Value] = id = "cl_" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return id;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcl_[0-9A-Za-z]+\b")]
    private static partial System.Text.RegularExpressions.Regex ClipPathId();

    /// <summary>An SVG as a data URI for an &lt;img&gt;: script inside an image is never run, so labels cannot inject code.</summary>
    public static string ToDataUri(string svg) => "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
}
