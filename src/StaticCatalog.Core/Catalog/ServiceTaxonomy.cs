using StaticCatalog.Urls;

namespace StaticCatalog.Catalog;

/// <summary>The services a catalog knows, in file order, with their categories and the tags that are deliberately no service.</summary>
public sealed class ServiceTaxonomy
{
    private readonly Dictionary<string, Service> _bySlug;
    private readonly Dictionary<string, Service> _byTagSlug;
    private readonly Dictionary<string, ExcludedTag> _excludedByTagSlug;

    public ServiceTaxonomy(IReadOnlyList<string> categories, IReadOnlyList<Service> services, IReadOnlyList<ExcludedTag>? excludedTags = null)
    {
        Categories = categories;
        Services = services;
        ExcludedTags = excludedTags ?? [];
        _bySlug = services.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        _byTagSlug = new Dictionary<string, Service>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            foreach (var name in service.Names.Concat(service.Tags))
            {
                _byTagSlug.TryAdd(Slugifier.Slugify(name), service);
            }
        }

        _excludedByTagSlug = new Dictionary<string, ExcludedTag>(StringComparer.Ordinal);
        foreach (var excluded in ExcludedTags)
        {
            _excludedByTagSlug.TryAdd(Slugifier.Slugify(excluded.Tag), excluded);
        }

        Matcher = new ServiceMatcher(services);
    }

    public static ServiceTaxonomy Empty { get; } = new([], []);

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<Service> Services { get; }

    /// <summary>Tags that name no service on purpose (topics, events, third-party products), with the reason.</summary>
    public IReadOnlyList<ExcludedTag> ExcludedTags { get; }

    /// <summary>Finds the services named in a text.</summary>
    public ServiceMatcher Matcher { get; }

    public Service? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The service a tag names (compared by slug, so case and punctuation do not matter), or null.</summary>
    public Service? FindByTag(string tag) => _byTagSlug.GetValueOrDefault(Slugifier.Slugify(tag));

    /// <summary>The entry of <c>excluded_tags</c> for a tag (compared by slug), or null when the tag is not excluded.</summary>
    public ExcludedTag? FindExcludedTag(string tag) => _excludedByTagSlug.GetValueOrDefault(Slugifier.Slugify(tag));
}
