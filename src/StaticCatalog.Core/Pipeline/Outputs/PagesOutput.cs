using StaticCatalog.Output;
using StaticCatalog.Rendering;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary>
/// The HTML pages of <see cref="SiteOutputContext.Pages"/>, drawn in parallel; under <c>serve</c> a page drawn from views
/// equal to last run's is not drawn again (<see cref="SiteOutputContext.Memo"/>). A template error is reported, not thrown.
/// </summary>
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
        var memo = context.Memo;
        memo?.Begin(context.Inputs.Templates, context.Planner.SiteView());
        Parallel.For(0, pages.Count, i =>
        {
            var spec = pages[i];
            var model = spec.MakeModel();
            var remembered = memo?.Find(spec, model);
            var (file, error) = remembered is not null ? (remembered, null) : renderer.Render(spec, model);
            if (file is not null)
            {
                if (remembered is null)
                {
                    memo?.Remember(spec, model, file);
                }

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
