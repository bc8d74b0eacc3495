using StaticCatalog.Catalog;

namespace StaticCatalog.Site;

/// <summary>The catalog of the whole site, assembled at the barrier from every post's <see cref="PostCatalog"/>.</summary>
/// <param name="Categories">Service categories in taxonomy order.</param>
/// <param name="Services">Every service of the taxonomy, in taxonomy order.</param>
/// <param name="Features">Every feature, newest first.</param>
/// <param name="Limits">Every limit, by service, metric and normalized value.</param>
/// <param name="Histories">Features grouped across posts, newest first.</param>
/// <param name="PostIds">The catalog id of each post, by the post's site path.</param>
/// <param name="FeaturesByPost">Each post's features by its site path, in the order of <paramref name="Features"/>; a post without any is absent.</param>
/// <param name="LimitsByPost">Each post's limits by its site path, in the order of <paramref name="Limits"/>; a post without any is absent.</param>
/// <param name="LimitHistories">The limits stated more than once over time, and what superseded what.</param>
public sealed record SiteCatalog(
    IReadOnlyList<string> Categories,
    IReadOnlyList<ServiceEntry> Services,
    IReadOnlyList<FeatureEntry> Features,
    IReadOnlyList<LimitEntry> Limits,
    IReadOnlyList<FeatureHistory> Histories,
    IReadOnlyDictionary<string, string> PostIds,
    IReadOnlyDictionary<string, IReadOnlyList<FeatureEntry>> FeaturesByPost,
    IReadOnlyDictionary<string, IReadOnlyList<LimitEntry>> LimitsByPost,
    LimitHistories LimitHistories)
{
    public string PostIdOf(SitePost post) => PostIds[post.SitePath];

    public IReadOnlyList<FeatureEntry> FeaturesOf(SitePost post) => FeaturesByPost.GetValueOrDefault(post.SitePath) ?? [];

    public IReadOnlyList<LimitEntry> LimitsOf(SitePost post) => LimitsByPost.GetValueOrDefault(post.SitePath) ?? [];
}
