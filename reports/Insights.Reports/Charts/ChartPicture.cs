namespace Insights.Reports.Charts;

/// <summary>
/// A chart drawn twice, for a wide screen and for a phone, shown by the shared partial _Chart.cshtml as a &lt;picture&gt;: the
/// browser takes the phone drawing below <see cref="PhoneBreakpoint"/> px. An SVG drawn 760 px wide and shown 350 px wide
/// shrinks its 11 px text to 5 px; drawn at <see cref="PhoneWidth"/> px its text keeps its size.
/// </summary>
public sealed record ChartPicture(string Id, string WideUri, string PhoneUri, int Width, int Height, string Alt)
{
    /// <summary>The width of the phone drawing (a 390 px phone less the page's margins).</summary>
    public const int PhoneWidth = 360;

    /// <summary>The widest viewport that gets the phone drawing (the site's phone layout starts here too).</summary>
    public const int PhoneBreakpoint = 640;

    /// <summary>
    /// Draws the chart with <paramref name="render"/> (width, height → SVG) at <paramref name="width"/> × <paramref name="height"/>
    /// and at the phone's width, taller in proportion so labels have room.
    /// </summary>
    public static ChartPicture Of(string id, string alt, int width, int height, Func<int, int, string> render) =>
        new(id, ChartTheme.ToDataUri(render(width, height)), ChartTheme.ToDataUri(render(PhoneWidth, PhoneHeight(height))), width, height, alt);

    /// <summary>
    /// <see cref="Of"/> for a chart of a kept result (<see cref="RenderedCharts"/>): both drawings are made once per result object
    /// and chart <paramref name="name"/>, not per request.
    /// </summary>
    public static ChartPicture Kept<T>(T result, string name, string id, string alt, int width, int height, Func<T, int, int, string> render)
        where T : class =>
        new(id, RenderedCharts.DataUri(result, name + "|wide", r => render(r, width, height)),
            RenderedCharts.DataUri(result, name + "|phone", r => render(r, PhoneWidth, PhoneHeight(height))), width, height, alt);

    /// <summary>The phone drawing's height for a chart <paramref name="height"/> tall: a little shorter, never under 260 px.</summary>
    public static int PhoneHeight(int height) => Math.Max(260, height * 4 / 5);
}
