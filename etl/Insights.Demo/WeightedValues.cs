namespace Insights.Demo;

/// <summary>A value set with the relative frequency of each value.</summary>
sealed class WeightedValues
{
    readonly string[] _values;
    readonly double[] _weights;

    public WeightedValues(params (string Value, double Weight)[] entries)
    {
        _values = entries.Select(e => e.Value).ToArray();
        _weights = entries.Select(e => e.Weight).ToArray();
    }

    public string Draw(Random random) => _values[random.Weighted(_weights)];
}
