using StaticCatalog.Diagnostics;
using StaticCatalog.Output;
using StaticCatalog.Publishing;
using StaticCatalog.Rendering;
using StaticCatalog.Search;
using StaticCatalog.Site;
using Diagnostic = StaticCatalog.Diagnostics.Diagnostic;

namespace StaticCatalog.Pipeline;

/// <summary>
/// The render stage: every page (in parallel), then <c>catalog.json</c>, the search index, the feeds, the
/// sitemap and the files hosts need, and the theme's assets. A template error is reported, not thrown.
/// </summary>
public sealed class SiteRenderer
{
    /// <summary>At most this many template errors are reported: one broken partial would otherwise repeat on every page.</summary>
    private const int ReportedFailures = 20;

    private readonly TemplateSet _templates;
    private readonly DiagnosticBag _diagnostics;
    private readonly IProgress<BuildProgress>? _progress;

    public SiteRenderer(TemplateSet templates, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress = null)
    {
        _templates = templates;
        _diagnostics = diagnostics;
        _progress = progress;
    }

    /// <summary>
    /// Every page, then <c>catalog.json</c>, the search index, the feeds, the sitemap and the files hosts need, each
    /// handed to <paramref name="write"/> as soon as it is made (from several threads at once), so the site is
    /// never held in memory whole.
    /// </summary>
    public void RenderAll(SiteModel site, Action<OutputFile> write)
    {
        var planner = new PagePlanner(site);
        var pages = planner.Plan();
        _diagnostics.AddRange(planner.OversizedPosts());
        RenderPages(planner, pages, write);
        // One after the other: each set is made only once the one before has been handed on.
        HandOn(CatalogJson.Write(site));
        HandOn(SearchFiles.Create(site));
        PublishingFiles.Create(site, pages, write);

        void HandOn(IReadOnlyList<OutputFile> files)
        {
            foreach (var file in files)
            {
                write(file);
            }
        }
    }

    /// <summary>
    /// What an edit to the bodies of <paramref name="posts"/> changes when nothing a list shows changed: their
    /// pages and the site-wide feed, which carries whole posts. Every other file is as the last build wrote it.
    /// </summary>
    public IReadOnlyList<OutputFile> RenderBodies(SiteModel site, IReadOnlyCollection<SitePost> posts)
    {
        var planner = new PagePlanner(site);
        var pages = posts.Select(planner.PostPage).ToList();
        var files = new List<OutputFile>();
        RenderPages(planner, pages, file =>
        {
            lock (files)
            {
                files.Add(file);
            }
        });
        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal), PublishingFiles.SiteFeed(site)];
    }

    /// <summary>
    /// The theme's <c>assets/</c> (kept under <c>assets/</c>) and <c>static/</c> (copied to the site root:
    /// favicons and other files that must live there), each overridable from the input folder. One at the path
    /// of a generated file is left out (the generated one wins), with a warning.
    /// </summary>
    public IReadOnlyList<OutputFile> Assets(ThemeFiles theme, IEnumerable<string> generated)
    {
        var taken = generated.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var assets = theme.List("assets").Select(relative => (relative, output: relative))
            .Concat(theme.List("static").Select(relative => (relative, output: relative["static/".Length..])));
        var files = new List<OutputFile>();
        foreach (var (relative, output) in assets)
        {
            if (theme.Resolve(relative) is not { } full)
            {
                continue;
            }

            if (taken.Add(output))
            {
                files.Add(new OutputFile(output, File.ReadAllBytes(full)));
            }
            else
            {
                _diagnostics.Add(Diagnostic.Warning(theme.Display(relative), 0, 0, DiagnosticCodes.DuplicateUrl,
                    $"'{output}' is also a page or file the build writes; the build's version is kept"));
            }
        }

        return files;
    }

    private void RenderPages(PagePlanner planner, IReadOnlyList<PageSpec> pages, Action<OutputFile> write)
    {
        var site = planner.Site;
        var largest = Math.Max(site.Posts.Count, Math.Max(site.Tags.Count, pages.Count));
        using var renderer = new PageRenderer(_templates, planner.SiteView(), largest);
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
                _diagnostics.Add(error);
            }

            var completed = Interlocked.Increment(ref done);
            if (completed % 256 == 0 || completed == pages.Count)
            {
                _progress?.Report(new BuildProgress("render", completed, pages.Count));
            }
        });
    }
}
