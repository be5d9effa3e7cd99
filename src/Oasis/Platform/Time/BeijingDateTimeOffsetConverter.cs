using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oasis.Platform.Time;

/// <summary>Writes every DateTimeOffset in JSON as ISO 8601 with offset +08:00 (CONTRACTS.md).</summary>
internal sealed class BeijingDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToOffset(BeijingTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
}
