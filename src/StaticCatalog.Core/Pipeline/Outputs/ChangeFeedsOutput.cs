using StaticCatalog.Output;
using StaticCatalog.Publishing;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary>The Atom feeds of catalog changes (<see cref="CatalogChangeFeedPlanner"/>): <c>changes.xml</c> and one per service with changes, written in parallel.</summary>
public sealed class ChangeFeedsOutput : ISiteOutput
{
    public string Name => "change feeds";

    public void Write(SiteOutputContext context, Action<OutputFile> write)
    {
        var writer = new AtomFeedWriter(context.Site);
        var feeds = CatalogChangeFeedPlanner.Plan(context.Site);
        Parallel.For(0, feeds.Count, i => write(writer.Write(feeds[i])));
    }
}
