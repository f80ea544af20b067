using System.ComponentModel.DataAnnotations;

namespace Insights.Demo;

/// <summary>The demo world generated on first start (configuration section "Demo").</summary>
public sealed class DemoOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Demo";

    /// <summary>Generate demo sources when the configured sources are empty.</summary>
    public bool GenerateOnFirstStart { get; set; } = true;

    /// <summary>Scale factor: 1 = 100,000 customers and about 2 million order lines.</summary>
    [Range(0.0001, 100)] public double Scale { get; set; } = 0.1;

    /// <summary>Random seed; the same seed and end date give the same world.</summary>
    public int Seed { get; set; } = 42;
}
