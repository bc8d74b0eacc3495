namespace StaticCatalog.Catalog;

/// <summary>One product of the taxonomy (<c>input/services.yml</c>).</summary>
/// <param name="Slug">The id used in URLs, front matter and catalog.json.</param>
/// <param name="Name">The display name.</param>
/// <param name="Category">The group on the services index (Networking, Security, ...).</param>
/// <param name="Aliases">Other names looked for in tags and prose.</param>
/// <param name="Tags">Tag spellings that name the service but are too vague to look for in prose.</param>
/// <param name="Docs">The product documentation, or null.</param>
public sealed record Service(
    string Slug,
    string Name,
    string Category,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Tags,
    string? Docs)
{
    /// <summary>The name and every alias: what the prose is searched for.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>
    /// Phrases that contain a name of the service but do not name it ("Context Windows" is not Windows):
    /// the prose inside them is no mention.
    /// </summary>
    public IReadOnlyList<string> Except { get; init; } = [];

    /// <summary>
    /// The slug of the product this one is a part of (GitHub Copilot of GitHub, Data Factory in Microsoft Fabric of
    /// Microsoft Fabric), or null: where a text names both, the part is the more specific answer.
    /// </summary>
    public string? PartOf { get; init; }

    /// <summary>Every product this one is a part of, the nearest first (Eventstream: Real-Time Intelligence, Microsoft Fabric).</summary>
    public IReadOnlyList<string> Wholes { get; init; } = [];

    /// <summary>
    /// Features of this service that the product renamed (<c>renamed_features</c>): the words of a former name and of
    /// the name today are one feature to <see cref="Identity.FeatureIdentity"/>.
    /// </summary>
    public IReadOnlyList<FeatureRename> RenamedFeatures { get; init; } = [];
}
