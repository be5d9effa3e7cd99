using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Oasis.Platform.Audit;

/// <summary>
/// The change tracker's entries of one save, read once and indexed by key, so the audit finds an owned row's owner and
/// an entity's owned and child rows by lookup. Scanning the tracker per row was quadratic: loading the demonstration
/// city (≈ 3,000 tracked rows) spent 40 s in the audit alone, and so would any import of that size.
/// </summary>
internal sealed class TrackedEntries
{
    private readonly Dictionary<(IEntityType Type, string Key), EntityEntry> _byPrimaryKey = [];
    private readonly Dictionary<(IForeignKey ForeignKey, string Key), List<EntityEntry>> _byForeignKey = [];

    public TrackedEntries(DbContext context)
    {
        // One DetectChanges for the whole save; every Entries() call would otherwise run it again.
        context.ChangeTracker.DetectChanges();
        var autoDetect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            All = [.. context.ChangeTracker.Entries()];
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        foreach (var entry in All)
        {
            if (entry.Metadata.FindPrimaryKey() is { } primaryKey)
            {
                _byPrimaryKey.TryAdd((entry.Metadata, KeyText(entry, primaryKey.Properties)), entry);
            }

            foreach (var foreignKey in entry.Metadata.GetForeignKeys())
            {
                var key = (foreignKey, KeyText(entry, foreignKey.Properties));
                if (!_byForeignKey.TryGetValue(key, out var children))
                {
                    _byForeignKey[key] = children = [];
                }

                children.Add(entry);
            }
        }
    }

    public IReadOnlyList<EntityEntry> All { get; }

    /// <summary>The tracked owner of an owned row, or null when it is not tracked.</summary>
    public EntityEntry? OwnerOf(EntityEntry owned, IForeignKey ownership)
    {
        if (ownership.PrincipalKey.IsPrimaryKey())
        {
            return _byPrimaryKey.GetValueOrDefault((ownership.PrincipalEntityType, KeyText(owned, ownership.Properties)));
        }

        var wanted = KeyText(owned, ownership.Properties);
        return All.FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType && KeyText(e, ownership.PrincipalKey.Properties) == wanted);
    }

    /// <summary>The tracked rows whose <paramref name="foreignKey"/> points at <paramref name="principal"/>.</summary>
    public IReadOnlyList<EntityEntry> ChildrenOf(EntityEntry principal, IForeignKey foreignKey) =>
        _byForeignKey.GetValueOrDefault((foreignKey, KeyText(principal, foreignKey.PrincipalKey.Properties))) ?? (IReadOnlyList<EntityEntry>)[];

    private static string KeyText(EntityEntry entry, IReadOnlyList<IProperty> properties)
    {
        if (properties.Count == 1)
        {
            return Text(entry.Property(properties[0].Name).CurrentValue);
        }

        return string.Join('\u001f', properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));
    }

    private static string Text(object? value) => value switch
    {
        null => "\u0000",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
