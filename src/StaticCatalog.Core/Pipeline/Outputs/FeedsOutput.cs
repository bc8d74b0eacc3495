using StaticCatalog.Output;
using StaticCatalog.Publishing;
using StaticCatalog.Site;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary>Atom feeds, written in parallel: every feed of the site, or only the site-wide <c>atom.xml</c> (the one that carries whole posts).</summary>
public sealed class FeedsOutput : ISiteOutput
{
    private readonly Func<SiteModel, IReadOnlyList<AtomFeed>> _plan;

    private FeedsOutput(string name, Func<SiteModel, IReadOnlyList<AtomFeed>> plan)
    {
        Name = name;
        _plan = plan;
    }

    /// <summary>The site feed and one per tag, section, feed and service: the 11,000-odd feeds of a large site are never held in memory together.</summary>
    public static FeedsOutput Every { get; } = new("feeds", AtomFeedPlanner.Plan);

    /// <summary>Only <c>atom.xml</c>.</summary>
    public static FeedsOutput SiteFeed { get; } = new("site feed", site => [AtomFeedPlanner.SiteFeed(site)]);

    public string Name { get; }

    public void Write(SiteOutputContext context, Action<OutputFile> write)
    {
        var writer = new AtomFeedWriter(context.Site);
        var feeds = _plan(context.Site);
        Parallel.For(0, feeds.Count, i => write(writer.Write(feeds[i])));
    }
}
