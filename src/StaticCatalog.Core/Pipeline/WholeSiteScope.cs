using StaticCatalog.Diagnostics;
using StaticCatalog.Pipeline.Outputs;
using StaticCatalog.Posts;
using StaticCatalog.Rendering;
using StaticCatalog.Site;

namespace StaticCatalog.Pipeline;

/// <summary>Every post assembled into the site, every page and every other file rendered.</summary>
public sealed class WholeSiteScope : RenderScope
{
    public static WholeSiteScope Instance { get; } = new();

    private WholeSiteScope()
    {
    }

    public override RebuildKind Kind => RebuildKind.Full;

    public override IReadOnlyList<ISiteOutput> Outputs => SiteOutputs.WholeSite;

    public override SiteModel Assemble(IReadOnlyList<Post> posts, SiteInputs inputs, DiagnosticBag diagnostics) =>
        SiteAssembler.Assemble(posts, inputs.Config, inputs.Url, inputs.Taxonomy, diagnostics);

    public override IReadOnlyList<PageSpec> Pages(PagePlanner planner) => planner.Plan();
}
