using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oasis.Registry;

/// <summary>One column of a registry file: a DTO property, its camelCase name and its cell conversions.</summary>
internal sealed class TabularColumn
{
    private readonly Func<string, (JsonNode? Node, string? Error)> _parse;
    private readonly Func<JsonNode?, string> _format;

    private TabularColumn(string name, Func<string, (JsonNode?, string?)> parse, Func<JsonNode?, string> format)
    {
        Name = name;
        _parse = parse;
        _format = format;
    }

    public string Name { get; }

    public (JsonNode? Node, string? Error) Parse(string cell) => string.IsNullOrWhiteSpace(cell) ? (null, null) : _parse(cell.Trim());

    public string Format(JsonNode? node) => node is null ? "" : _format(node);

    public static TabularColumn For(PropertyInfo property, JsonSerializerOptions json)
    {
        var name = json.PropertyNamingPolicy?.ConvertName(property.Name) ?? property.Name;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string))
        {
            return new(name, c => (JsonValue.Create(c), null), n => n!.GetValue<string>());
        }

        if (type == typeof(double) || type == typeof(int))
        {
            return new(name, c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    && (type != typeof(int) || d == Math.Floor(d))
                    ? (type == typeof(int) ? JsonValue.Create((int)d) : JsonValue.Create(d), null)
                    : (null, "Validation.NotANumber"),
                n => n!.GetValue<JsonElement>().GetRawText());
        }

        if (type == typeof(long))
        {
            return new(name, c => long.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
                ? (JsonValue.Create(l), null) : (null, "Validation.NotANumber"), n => n!.GetValue<JsonElement>().GetRawText());
        }

        if (type == typeof(DateTimeOffset))
        {
            return new(name, c => DateTimeOffset.TryParse(c, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? (JsonValue.Create(t), null) : (null, "Validation.NotATime"), n => n!.GetValue<JsonElement>().GetString() ?? "");
        }

        if (type == typeof(bool))
        {
            return new(name, ParseBool, n => n!.GetValue<bool>() ? "true" : "false");
        }

        var element = ListElement(type);
        if (element == typeof(string))
        {
            return new(name,
                c => (new JsonArray(c.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()), null),
                n => string.Join(';', n!.AsArray().Select(x => x!.GetValue<string>())));
        }

        if (element is not null && element.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICellValue<>)))
        {
            var method = typeof(TabularColumn).GetMethod(nameof(ForCellList), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(element);
            return (TabularColumn)method.Invoke(null, [name, json])!;
        }

        throw new NotSupportedException($"Column type {property.PropertyType} of {property.Name} has no cell format.");
    }

    private static TabularColumn ForCellList<T>(string name, JsonSerializerOptions json)
        where T : ICellValue<T> =>
        new(name,
            c =>
            {
                var array = new JsonArray();
                foreach (var part in c.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var item = T.ParseCell(part, out var error);
                    if (item is null)
                    {
                        return (null, error ?? "Validation.CellFormat");
                    }

                    array.Add(JsonSerializer.SerializeToNode(item, json));
                }

                return (array, null);
            },
            n => string.Join(';', n!.AsArray().Select(x => x.Deserialize<T>(json)!.ToCell())));

    private static (JsonNode?, string?) ParseBool(string cell) => cell.ToUpperInvariant() switch
    {
        "TRUE" or "1" or "是" or "Y" or "YES" => (JsonValue.Create(true), null),
        "FALSE" or "0" or "否" or "N" or "NO" => (JsonValue.Create(false), null),
        _ => (null, "Validation.NotABoolean"),
    };

    private static Type? ListElement(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(List<>)
                                      || type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            ? type.GetGenericArguments()[0]
            : null;
    }
}
