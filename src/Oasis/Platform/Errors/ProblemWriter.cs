using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Oasis.Platform.Errors;

/// <summary>Builds RFC 9457 ProblemDetails with a stable <c>urn:oasis:</c> type and localised text.</summary>
internal sealed class ProblemWriter(IStringLocalizer<SharedResource> text)
{
    public ProblemDetails Create(int status, string type, string detailKey, object?[] args, IReadOnlyList<FieldError>? errors = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = "urn:oasis:" + type,
            Title = Text("Problem." + type + ".Title", type),
            Detail = Format(detailKey, args),
        };
        if (errors is { Count: > 0 })
        {
            problem.Extensions["errors"] = errors
                .Select(e => new { row = e.Row, field = e.Field, message = Format(e.MessageKey, e.Args) })
                .ToArray();
        }

        return problem;
    }

    public string Format(string key, object?[] args)
    {
        var localized = text[key];
        var pattern = localized.ResourceNotFound ? key : localized.Value;
        if (args.Length == 0)
        {
            return pattern;
        }

        // Arguments that are resource keys themselves (entity names, states, actions, roles) are localised too.
        var shown = args.Select(a => a is TextArg t ? Text(t.Key, t.Fallback) : a).ToArray();
        return string.Format(CultureInfo.CurrentCulture, pattern, shown);
    }

    private string Text(string key, string fallback)
    {
        var localized = text[key];
        return localized.ResourceNotFound ? fallback : localized.Value;
    }
}
