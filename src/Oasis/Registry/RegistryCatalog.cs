namespace Oasis.Registry;

/// <summary>A registry as the UI lists it: its view and the policies of its routes.</summary>
internal sealed record RegistryEntry(IRegistryView View, RegistryPolicies Policies);

/// <summary>Every registry of the host, by route name; filled by the modules at start-up.</summary>
internal sealed class RegistryCatalog
{
    private readonly Dictionary<string, RegistryEntry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<RegistryEntry> All => _entries.Values;

    public RegistryEntry? Find(string name) => _entries.GetValueOrDefault(name);

    /// <summary>Lists a view whose routes are mapped elsewhere (users).</summary>
    public void Add(IRegistryView view, RegistryPolicies policies) => _entries[view.Name] = new RegistryEntry(view, policies);

    public RouteGroupBuilder Map<TEntity, TDto, TRegistry>(IEndpointRouteBuilder app, TRegistry registry, RegistryPolicies policies)
        where TEntity : class
        where TDto : class
        where TRegistry : IRegistry<TEntity, TDto>
    {
        _entries[registry.Name] = new RegistryEntry(new RegistryView<TEntity, TDto>(registry), policies);
        return app.MapRegistry<TEntity, TDto, TRegistry>(registry, policies);
    }
}
