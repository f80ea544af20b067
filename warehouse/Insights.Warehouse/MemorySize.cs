using System.Globalization;
using System.Text.RegularExpressions;

namespace Insights.Warehouse;

/// <summary>Reads a memory size as DuckDB's settings write it (900MB, 1.5GB, 512MiB: KB/MB/GB/TB are powers of 1000, KiB... of 1024).</summary>
public static partial class MemorySize
{
    /// <summary>The bytes of <paramref name="size"/>; false when it is not a size (<see cref="WarehouseOptions.SizePattern"/>).</summary>
    public static bool TryBytes(string? size, out long bytes)
    {
        bytes = 0;
        var match = size is null ? Match.Empty : Size().Match(size);
        if (!match.Success) return false;
        var unit = match.Groups[2].Value;
        var power = "KMGT".IndexOf(unit[0]) + 1;
        var scale = Math.Pow(unit.EndsWith("iB", StringComparison.Ordinal) ? 1024 : 1000, power);
        bytes = (long)(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * scale);
        return true;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$")]
    private static partial Regex Size();
}
