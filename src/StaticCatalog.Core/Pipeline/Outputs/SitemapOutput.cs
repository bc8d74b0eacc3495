using StaticCatalog.Output;
using StaticCatalog.Publishing;
using StaticCatalog.Rendering;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary><c>sitemap.xml</c> (an index of several sitemaps on a large site) of the pages rendered.</summary>
public sealed class SitemapOutput : ISiteOutput
{
    public string Name => "sitemap";

    public void Write(SiteOutputContext context, Action<OutputFile> write)
    {
        foreach (var sitemap in SitemapWriter.Write(context.Pages, context.Site.Url, PagePlanner.Newest(context.Site.Posts)))
        {
            write(sitemap);
        }
    }
}
