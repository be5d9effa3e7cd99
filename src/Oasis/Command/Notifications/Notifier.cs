using System.Text.Json;
using Oasis.Data;

namespace Oasis.CommandCentre.Notifications;

/// <summary>
/// A way to reach people. In-app (the bell) is the one built; an SMS or WeChat gateway is another implementation
/// registered beside it (docs/command-notifications.md): it receives the same stored notifications after they are
/// committed and must not throw for a person it cannot reach.
/// </summary>
internal interface INotificationChannel
{
    string Name { get; }

    Task DeliverAsync(IReadOnlyList<Notification> notifications, CancellationToken ct);
}

/// <summary>Tells the open pages of the people concerned that they have new notifications.</summary>
internal sealed class NotificationSignal
{
    public event Action<IReadOnlyCollection<string>>? Posted;

    public void Raise(IReadOnlyCollection<string> userNames) => Posted?.Invoke(userNames);
}

/// <summary>The in-app channel: the notification rows are the in-app messages; delivering them is telling the pages.</summary>
internal sealed class InAppChannel(NotificationSignal signal) : INotificationChannel
{
    public string Name => "in-app";

    public Task DeliverAsync(IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        signal.Raise(notifications.Select(n => n.UserName).Distinct(StringComparer.Ordinal).ToList());
        return Task.CompletedTask;
    }
}

/// <summary>Stores one notification per recipient, then hands them to every channel.</summary>
internal sealed class Notifier(IEnumerable<INotificationChannel> channels, TimeProvider clock)
{
    public async Task SendAsync(OasisDb db, IEnumerable<string> userNames, NoticeText text, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var arguments = JsonSerializer.Serialize(text.Arguments);
        var rows = userNames.Distinct(StringComparer.Ordinal).Select(u => new Notification
        {
            UserName = u, At = now, Kind = text.Kind, MessageKey = text.Key, Arguments = arguments, Link = text.Link,
        }).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        db.Notifications.AddRange(rows);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        foreach (var channel in channels)
        {
            await channel.DeliverAsync(rows, ct).ConfigureAwait(false);
        }
    }
}

/// <summary>A message: its kind, its resource key and arguments (rendered in each reader's language), where it leads.</summary>
internal sealed record NoticeText(string Kind, string Key, string[] Arguments, string? Link);
