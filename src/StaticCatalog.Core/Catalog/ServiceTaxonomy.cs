using StaticCatalog.Urls;

namespace StaticCatalog.Catalog;

/// <summary>The services a catalog knows, in file order, with their categories.</summary>
public sealed class ServiceTaxonomy
{
    private readonly Dictionary<string, Service> _bySlug;
    private readonly Dictionary<string, Service> _byTagSlug;

    public ServiceTaxonomy(IReadOnlyList<string> categories, IReadOnlyList<Service> services)
    {
        Categories = categories;
        Services = services;
        _bySlug = services.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        _byTagSlug = new Dictionary<string, Service>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            foreach (var name in service.Names.Concat(service.Tags))
            {
                _byTagSlug.TryAdd(Slugifier.Slugify(name), service);
            }
        }

        Matcher = new ServiceMatcher(services);
    }

    public static ServiceTaxonomy Empty { get; } = new([], []);

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<Service> Services { get; }

    /// <summary>Finds the services named in a text.</summary>
    public ServiceMatcher Matcher { get; }

    public Service? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The service a tag names (compared by slug, so case and punctuation do not matter), or null.</summary>
    public Service? FindByTag(string tag) => _byTagSlug.GetValueOrDefault(Slugifier.Slugify(tag));
}
