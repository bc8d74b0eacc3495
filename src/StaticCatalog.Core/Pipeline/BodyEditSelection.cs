using StaticCatalog.Posts;
using StaticCatalog.Site;

namespace StaticCatalog.Pipeline;

/// <summary>
/// The selection of <c>serve</c>: nothing when no seed changed since the last good write; the edited posts'
/// pages and the site feed when every change only edited post bodies (<see cref="BodyEdit"/>); otherwise (a new,
/// deleted or retitled post, new tags, a changed catalog, or reloaded configuration, taxonomy or theme) the whole site.
/// </summary>
public sealed class BodyEditSelection : IRenderSelection
{
    public RenderScope? Choose(SourceSet sources, SiteModel? lastGood)
    {
        if (lastGood is null || sources.InputsChanged)
        {
            return WholeSiteScope.Instance;
        }

        if (sources.Changed.Count == 0)
        {
            return null;
        }

        return BodyOnlyEdits(sources, lastGood) is { } edited ? new EditedBodiesScope(lastGood, edited) : WholeSiteScope.Instance;
    }

    /// <summary>
    /// The edited posts, as records that take the place of the last good site's; null when a post came or went,
    /// or an edit changed what lists, feeds, the catalog or the search index show.
    /// </summary>
    private static List<SitePost>? BodyOnlyEdits(SourceSet sources, SiteModel lastGood)
    {
        var before = lastGood.Posts.ToDictionary(p => p.Post.RelativePath, StringComparer.Ordinal);
        var now = sources.Posts.ToDictionary(p => p.RelativePath, StringComparer.Ordinal);
        var edited = new List<SitePost>();
        foreach (var path in sources.Changed)
        {
            if (!before.TryGetValue(path, out var old) || now.GetValueOrDefault(path) is not { } post || !BodyEdit.IsBodyOnly(old.Post, post))
            {
                return null;
            }

            edited.Add(old with { Post = post });
        }

        return edited;
    }
}
