using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Caching;

/// <summary>
/// HybridCache's JSON, with infinities and NaN written as names: HybridCache serialises every value it keeps (to measure it,
/// even with no second level), and a rule's conviction is infinite when its confidence is 1, which the default JSON options
/// refuse, so the rules page would fail instead of being kept.
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
        serializer = new Json<T>();
        return true;
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
