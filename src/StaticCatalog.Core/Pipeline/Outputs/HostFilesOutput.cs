using System.Text;
using StaticCatalog.Output;
using StaticCatalog.Urls;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary>What a host and its crawlers need besides the pages: <c>robots.txt</c> and <c>.nojekyll</c> (GitHub Pages then publishes the files as they are).</summary>
public sealed class HostFilesOutput : ISiteOutput
{
    public string Name => "host files";

    public void Write(SiteOutputContext context, Action<OutputFile> write)
    {
        write(new OutputFile(SitePaths.Robots, Encoding.UTF8.GetBytes(RobotsTxt(context.Site.Url))));
        write(new OutputFile(SitePaths.NoJekyll, []));
    }

    /// <summary>
    /// Lets every crawler in and names the sitemap. Crawlers read <c>robots.txt</c> only at a host's root, so
    /// under a project path this file matters once the site moves to a user site or a custom domain.
    /// </summary>
    public static string RobotsTxt(SiteUrl url) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {url.Absolute(SitePaths.Sitemap)}\n";
}
