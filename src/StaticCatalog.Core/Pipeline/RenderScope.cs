using StaticCatalog.Diagnostics;
using StaticCatalog.Pipeline.Outputs;
using StaticCatalog.Posts;
using StaticCatalog.Rendering;
using StaticCatalog.Site;

namespace StaticCatalog.Pipeline;

/// <summary>
/// What one run assembles and renders: the whole site (<see cref="WholeSiteScope"/>) or only what edits to post
/// bodies change (<see cref="EditedBodiesScope"/>). Chosen by an <see cref="IRenderSelection"/>.
/// </summary>
public abstract class RenderScope
{
    /// <summary>What the run did, when it is written.</summary>
    public abstract RebuildKind Kind { get; }

    /// <summary>The outputs the render stage runs, in order.</summary>
    public abstract IReadOnlyList<ISiteOutput> Outputs { get; }

    /// <summary>The outputs make the whole site: a file the last write had and this one lacks is deleted.</summary>
    public bool Complete => Kind == RebuildKind.Full;

    /// <summary>The assemble stage: the site model, its catalog with it.</summary>
    public abstract SiteModel Assemble(IReadOnlyList<Post> posts, SiteInputs inputs, DiagnosticBag diagnostics);

    /// <summary>The pages the render stage draws.</summary>
    public abstract IReadOnlyList<PageSpec> Pages(PagePlanner planner);
}
