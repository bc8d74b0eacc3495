using StaticCatalog.Site;

namespace StaticCatalog.Pipeline;

/// <summary>The selection of <c>build</c>: the whole site, every run.</summary>
public sealed class WholeSiteSelection : IRenderSelection
{
    public RenderScope? Choose(SourceSet sources, SiteModel? lastGood) => WholeSiteScope.Instance;
}
