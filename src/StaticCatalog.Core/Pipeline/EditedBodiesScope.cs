using StaticCatalog.Diagnostics;
using StaticCatalog.Pipeline.Outputs;
using StaticCatalog.Posts;
using StaticCatalog.Rendering;
using StaticCatalog.Site;

namespace StaticCatalog.Pipeline;

/// <summary>
/// Edits that changed only post bodies (<see cref="BodyEdit"/>): the last good site with the edited posts in
/// place of theirs, and only their pages and the site feed rendered. Every other file is as the last run wrote it.
/// </summary>
public sealed class EditedBodiesScope : RenderScope
{
    private readonly SiteModel _lastGood;
    private readonly IReadOnlyCollection<SitePost> _edited;

    /// <param name="lastGood">The site as last written.</param>
    /// <param name="edited">The edited posts, as records that take the place of <paramref name="lastGood"/>'s.</param>
    public EditedBodiesScope(SiteModel lastGood, IReadOnlyCollection<SitePost> edited)
    {
        _lastGood = lastGood;
        _edited = edited;
    }

    public override RebuildKind Kind => RebuildKind.Bodies;

    public override IReadOnlyList<ISiteOutput> Outputs => SiteOutputs.EditedBodies;

    public override SiteModel Assemble(IReadOnlyList<Post> posts, SiteInputs inputs, DiagnosticBag diagnostics) => _lastGood.WithBodies(_edited);

    public override IReadOnlyList<PageSpec> Pages(PagePlanner planner) => _edited.Select(planner.PostPage).ToList();
}
