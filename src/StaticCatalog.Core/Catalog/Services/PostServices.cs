namespace StaticCatalog.Catalog.Services;

/// <summary>A post's services: what it is about, and what it only names.</summary>
/// <param name="Primary">Slugs of the services the post discusses substantively, in taxonomy order.</param>
/// <param name="Mentioned">Slugs of the other services it names, in taxonomy order; none is in <paramref name="Primary"/>.</param>
public sealed record PostServices(IReadOnlyList<string> Primary, IReadOnlyList<string> Mentioned);
