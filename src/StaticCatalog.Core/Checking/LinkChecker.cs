using System.Collections.Concurrent;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Checking;

/// <summary>
/// Checks internal links from every kind of file (pages, feeds, sitemaps, robots.txt, catalog.json) alike:
/// a link whose target the site does not have, or that leaves the base path, is SC6001 at once; a
/// <c>#fragment</c> on a page is kept until every page's anchors are known and is SC6002 when the page has
/// no element with that id. Safe to call from parallel page checks.
/// </summary>
public sealed class LinkChecker
{
    private readonly SiteFiles _files;
    private readonly DiagnosticBag _diagnostics;
    private readonly ConcurrentQueue<PendingFragment> _fragments = new();
    private int _checked;

    public LinkChecker(SiteLinkResolver resolver, SiteFiles files, DiagnosticBag diagnostics)
    {
        Resolver = resolver;
        _files = files;
        _diagnostics = diagnostics;
    }

    public SiteLinkResolver Resolver { get; }

    /// <summary>Internal links resolved so far (external links are not counted: they are not checked).</summary>
    public int LinksChecked => Volatile.Read(ref _checked);

    /// <summary>Resolves and checks one link found at <paramref name="source"/> in the document served at <paramref name="documentPath"/> (see <see cref="SiteLinkResolver.Resolve"/>).</summary>
    public ResolvedLink Check(SourceLocation source, string reference, string? documentPath)
    {
        var link = Resolver.Resolve(reference, documentPath);
        if (!link.IsInternal)
        {
            return link;
        }

        Interlocked.Increment(ref _checked);
        switch (link.Kind)
        {
            case LinkTargetKind.OutsideBasePath:
                Report(source, DiagnosticCodes.BrokenLink, $"the link '{reference}' is outside the base path {Resolver.BasePath}");
                break;
            case LinkTargetKind.Missing:
                Report(source, DiagnosticCodes.BrokenLink, $"the link '{reference}' points at {link.Path}, which is not a file of the site");
                break;
            case LinkTargetKind.Found when NeedsAnchor(link):
                _fragments.Enqueue(new PendingFragment(source, reference, link.File!, link.Fragment!));
                break;
        }

        return link;
    }

    /// <summary>Checks every fragment seen so far against the anchors (ids and <c>&lt;a name&gt;</c>) of the pages.</summary>
    public void CheckFragments(IReadOnlyDictionary<string, IReadOnlySet<string>> anchorsByPage)
    {
        while (_fragments.TryDequeue(out var pending))
        {
            if (anchorsByPage.TryGetValue(pending.File, out var anchors) && !anchors.Contains(pending.Fragment))
            {
                Report(pending.Source, DiagnosticCodes.BrokenFragment,
                    $"the link '{pending.Reference}' names #{pending.Fragment}, but {pending.File} has no element with that id");
            }
        }
    }

    /// <summary>Only HTML pages have anchors; <c>#</c> alone and <c>#top</c> always scroll to the top.</summary>
    private static bool NeedsAnchor(ResolvedLink link) =>
        !string.IsNullOrEmpty(link.Fragment)
        && !link.Fragment.Equals("top", StringComparison.OrdinalIgnoreCase)
        && SiteFiles.IsHtml(link.File!);

    private void Report(SourceLocation source, string code, string message) =>
        _diagnostics.Add(Diagnostic.Error(_files.DiagnosticPath(source.File), source.Line, source.Column, code, message));

    private sealed record PendingFragment(SourceLocation Source, string Reference, string File, string Fragment);
}
