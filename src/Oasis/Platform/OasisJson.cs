using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Oasis.Platform.Time;

namespace Oasis.Platform;

/// <summary>The JSON conventions of CONTRACTS.md: camelCase, enums as codes, times in +08:00.</summary>
internal static class OasisJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            options.Converters.Add(new BeijingDateTimeOffsetConverter());
        }

        return options;
    }
}
