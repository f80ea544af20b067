using Insights.Reports.Caching;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Caching;

/// <summary>
/// Results are kept as objects, never written as bytes: HybridCache serialises every value it keeps only to learn its size, and
/// the site's serializers write nothing for a result (a first view of 160 k sequence pairs spent about 0.6 s writing JSON).
/// </summary>
public sealed class ResultSerializerFactoryTests : IDisposable
{
    readonly ServiceProvider _services = new ServiceCollection()
        .AddHybridCache(o => o.MaximumPayloadBytes = 128 * 1024 * 1024).AddSerializerFactory<ResultSerializerFactory>().Services.BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    // a result that counts how often it is written (JSON reads every public property)
    sealed record Counted(int Rows)
    {
        public static int Writes;

        public int Written
        {
            get
            {
                Interlocked.Increment(ref Writes);
                return Rows;
            }
        }
    }

    [Fact]
    public void A_result_is_kept_as_the_object_without_being_written()
    {
        var cache = new ResultCache(_services.GetRequiredService<HybridCache>(), "probe");
        var computed = 0;

        var first = cache.GetOrAdd(1, "view", () => new Counted(++computed));
        var again = cache.GetOrAdd(1, "view", () => new Counted(++computed));

        Assert.Same(first, again);
        Assert.Equal(1, computed);
        Assert.Equal(0, Counted.Writes);
    }

    [Fact]
    public void Other_types_are_still_written_as_json_with_infinities_named()
    {
        var factory = new ResultSerializerFactory();
        Assert.True(factory.TryCreateSerializer<double[]>(out var serializer));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        serializer.Serialize([double.PositiveInfinity, 1.5], buffer);

        Assert.Equal("[\"Infinity\",1.5]", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal([double.PositiveInfinity, 1.5], serializer.Deserialize(new System.Buffers.ReadOnlySequence<byte>(buffer.WrittenMemory)));
    }
}
