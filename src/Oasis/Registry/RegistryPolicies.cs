namespace Oasis.Registry;

/// <summary>The policies of one registry: who reads, who creates and deletes, who edits.</summary>
internal sealed record RegistryPolicies(string Read, string Write, string Update);
