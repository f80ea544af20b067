using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Caching;

/// <summary>
/// HybridCache's serializers. HybridCache serialises every value it writes to its first level, even an immutable object it
/// keeps as itself and with no second level, only to learn its size. Every result here is such an object
/// (<see cref="ResultCache"/>'s box: sealed, immutable, this process only, <c>DisableDistributedCache</c>), so it is never
/// read back from bytes: its serializer writes nothing. A view of 160 k sequence pairs spent about 0.6 s of its first request
/// writing JSON no one read, and its buffer (tens of MB) stayed in the array pool. Any other type gets JSON, with infinities
/// and NaN written as names (a rule's conviction is infinite when its confidence is 1).
/// </summary>
public sealed class ResultSerializerFactory : IHybridCacheSerializerFactory
{
    static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <inheritdoc />
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        serializer = ResultCache.IsBox(typeof(T)) ? new KeptAsObject<T>() : new Json<T>();
        return true;
    }

    // the first level keeps the object itself and there is no second level: no bytes to write, none ever to read
    sealed class KeptAsObject<T> : IHybridCacheSerializer<T>
    {
        public T Deserialize(ReadOnlySequence<byte> source) =>
            throw new InvalidOperationException("Report results are kept as objects in this process, never as bytes: nothing can read them back.");

        public void Serialize(T value, IBufferWriter<byte> target)
        {
        }
    }

    sealed class Json<T> : IHybridCacheSerializer<T>
    {
        public T Deserialize(ReadOnlySequence<byte> source)
        {
            var reader = new Utf8JsonReader(source);
            return JsonSerializer.Deserialize<T>(ref reader, Options)!;
        }

        public void Serialize(T value, IBufferWriter<byte> target)
        {
            using var writer = new Utf8JsonWriter(target);
            JsonSerializer.Serialize(writer, value, Options);
        }
    }
}
