using System.Globalization;
using MudBlazor;
using Oasis.Platform.Errors;

namespace Oasis.Components.Pages.Command;

/// <summary>How the operator pages show levels, times and refusals.</summary>
internal static class CommandUi
{
    public static readonly string[] Levels = ["general", "serious", "severe"];

    public static Color LevelColour(string? level) => level switch
    {
        "severe" => Color.Error,
        "serious" => Color.Warning,
        "general" => Color.Info,
        _ => Color.Default,
    };

    /// <summary>Beijing time as the API gives it (+08:00), shown without the offset.</summary>
    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? time) => time is { } t ? Time(t) : "—";

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? Number(v) : "—";

    /// <summary>A Beijing calendar day picked in the UI as the UTC instant of its midnight.</summary>
    public static DateTime? DayStartUtc(DateTime? beijingDay) =>
        beijingDay is { } d ? DateTime.SpecifyKind(d.Date, DateTimeKind.Utc).AddHours(-8) : null;
}

/// <summary>A refusal in the reader's language: the message and, per field, what is wrong with it.</summary>
internal sealed record ProblemText(string Message, IReadOnlyDictionary<string, string> Fields)
{
    public static ProblemText Of(OasisProblemException problem, ProblemWriter writer)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in problem.Errors)
        {
            var text = writer.Format(e.MessageKey, e.Args);
            fields[e.Field] = fields.TryGetValue(e.Field, out var before) ? before + " " + text : text;
        }

        return new ProblemText(writer.Format(problem.DetailKey, problem.Args), fields);
    }

    public string? Field(string name) => Fields.GetValueOrDefault(name);

    /// <summary>The message with the field errors that no input shows.</summary>
    public string Summary => Fields.Count == 0 ? Message : Message + " " + string.Join(" ", Fields.Select(f => $"{f.Key}: {f.Value}"));
}

/// <summary>
/// Ties a page to a change event (an alarm changed, the counts changed, a new live snapshot): changes arriving while a
/// re-read is pending are folded into it, so a burst of changes costs one re-read. Dispose unsubscribes.
/// </summary>
internal sealed class ChangeWatch : IDisposable
{
    private readonly TimeSpan _coalesce;
    private readonly Action<Action> _unsubscribe;
    private readonly Func<Task> _reload;
    private int _pending;

    /// <param name="coalesce">How long a change waits for others to fold in (300 ms unless given).</param>
    public ChangeWatch(Action<Action> subscribe, Action<Action> unsubscribe, Func<Task> reload, TimeSpan? coalesce = null)
    {
        _coalesce = coalesce ?? TimeSpan.FromMilliseconds(300);
        _unsubscribe = unsubscribe;
        _reload = reload;
        subscribe(OnChanged);
    }

    private void OnChanged()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _ = ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        await Task.Delay(_coalesce).ConfigureAwait(false);
        Interlocked.Exchange(ref _pending, 0);
        try
        {
            await _reload().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // the circuit ended between the change and the re-read
        }
    }

    public void Dispose() => _unsubscribe(OnChanged);
}
