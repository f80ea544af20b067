using ScottPlot;

namespace Insights.Reports.Charts;

/// <summary>
/// Black or white text on a coloured shape, whichever contrasts more (WCAG 2.1 relative luminance): black on the segment
/// map's dark green was 3.8:1, under the 4.5:1 that text needs; white on it is 5.5:1.
/// </summary>
public static class TextContrast
{
    /// <summary>Black or white, whichever has the higher contrast ratio against <paramref name="background"/>.</summary>
    public static Color On(Color background)
    {
        var l = Luminance(background);
        return (1.05 / (l + 0.05)) > ((l + 0.05) / 0.05) ? Colors.White : Colors.Black;
    }

    /// <summary>The contrast ratio of two colours, 1 to 21 (WCAG 2.1).</summary>
    public static double Ratio(Color a, Color b)
    {
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    static double Luminance(Color c) => 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);

    static double Linear(byte channel)
    {
        var s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }
}
