namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The site as every template sees it (<c>site.title</c>, <c>site.nav</c>, ...).</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Language { get; init; }

    /// <summary>The base path, such as <c>/</c> or <c>/my-repo/</c>.</summary>
    public required string BasePath { get; init; }

    public required string HomeUrl { get; init; }
    public required string StylesheetUrl { get; init; }

    /// <summary>The colours of highlighted code blocks (<c>assets/css/code.css</c>).</summary>
    public required string CodeStylesheetUrl { get; init; }

    /// <summary>The site-wide Atom feed.</summary>
    public required string FeedUrl { get; init; }

    /// <summary>The favicon as SVG (<c>favicon.svg</c>) and as ICO for browsers that ask for <c>/favicon.ico</c>.</summary>
    public required string IconUrl { get; init; }
    public required string FaviconUrl { get; init; }

    /// <summary>The theme's script (table sorting and filters; pages work without it).</summary>
    public required string ScriptUrl { get; init; }
    /// <summary>The search page (<c>/search/</c>), where the header's search form goes.</summary>
    public required string SearchUrl { get; init; }

    /// <summary>The search script (<c>assets/js/search.js</c>) and its styles (<c>assets/css/search.css</c>).</summary>
    public required string SearchScriptUrl { get; init; }
    public required string SearchStylesheetUrl { get; init; }
    public required string ServicesUrl { get; init; }
    public required string LimitsUrl { get; init; }
    public required string StatusUrl { get; init; }

    /// <summary>The consistency report (<c>/insights/</c>) and the retirements page.</summary>
    public required string InsightsUrl { get; init; }
    public required string RetirementsUrl { get; init; }
    public required IReadOnlyList<LinkView> Nav { get; init; }
    public required int PostCount { get; init; }
}
