using StaticCatalog.Site;

namespace StaticCatalog.Pipeline;

/// <summary>
/// What a run of <see cref="SitePipeline"/> renders, chosen after the parse stage: always the whole site
/// (<see cref="WholeSiteSelection"/>, for <c>build</c>), or as little as the changes allow (<see cref="BodyEditSelection"/>, for <c>serve</c>).
/// </summary>
public interface IRenderSelection
{
    /// <summary>The scope of this run; null when nothing changed since <paramref name="lastGood"/> was written.</summary>
    /// <param name="sources">What the parse stage handed on.</param>
    /// <param name="lastGood">The site the last good run wrote; null before one did.</param>
    RenderScope? Choose(SourceSet sources, SiteModel? lastGood);
}
