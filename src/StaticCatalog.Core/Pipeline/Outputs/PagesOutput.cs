using StaticCatalog.Output;
using StaticCatalog.Rendering;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary>The HTML pages of <see cref="SiteOutputContext.Pages"/>, drawn in parallel. A template error is reported, not thrown.</summary>
public sealed class PagesOutput : ISiteOutput
{
    /// <summary>At most this many template errors are reported: one broken partial would otherwise repeat on every page.</summary>
    private const int ReportedFailures = 20;

    /// <summary>The name, by which a build counts the pages it wrote.</summary>
    public const string OutputName = "pages";

    public string Name => OutputName;

    public void Write(SiteOutputContext context, Action<OutputFile> write)
    {
        var (site, pages) = (context.Site, context.Pages);
        var largest = Math.Max(site.Posts.Count, Math.Max(site.Tags.Count, pages.Count));
        using var renderer = new PageRenderer(context.Inputs.Templates, context.Planner.SiteView(), largest);
        var failures = 0;
        var done = 0;
        Parallel.For(0, pages.Count, i =>
        {
            var (file, error) = renderer.Render(pages[i]);
            if (file is not null)
            {
                write(file);
            }

            if (error is not null && Interlocked.Increment(ref failures) <= ReportedFailures)
            {
                context.Diagnostics.Add(error);
            }

            var completed = Interlocked.Increment(ref done);
            if (completed % 256 == 0 || completed == pages.Count)
            {
                context.Progress?.Report(new BuildProgress("render", completed, pages.Count));
            }
        });
    }
}
