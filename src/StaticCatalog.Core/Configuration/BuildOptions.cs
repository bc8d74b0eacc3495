namespace StaticCatalog.Configuration;

/// <summary>What one build reads and writes, as the command line gives it.</summary>
public sealed record BuildOptions
{
    public string SeedsDirectory { get; init; } = "seeds";

    public string InputDirectory { get; init; } = "input";

    public string ThemeDirectory { get; init; } = Path.Combine("themes", "default");

    /// <summary>
    /// Whether <see cref="ThemeDirectory"/> was asked for (<c>--theme</c>): then it must exist. The default
    /// <c>themes/default</c> may be missing, and the theme the program carries is used (<see cref="SiteDefaults"/>).
    /// </summary>
    public bool ThemeDirectoryGiven { get; init; }

    public string OutputDirectory { get; init; } = "_site";

    /// <summary>Overrides <c>base_url</c> from <c>site.yml</c> when set.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Write the site even when some posts have errors (the build still fails).</summary>
    public bool KeepGoing { get; init; }

    /// <summary>Check the written site as <c>staticcatalog check</c> does; its problems fail the build.</summary>
    public bool Check { get; init; }

    /// <summary>A previous <c>catalog.json</c> (file, site folder or URL) to compare the new catalog with, or null.</summary>
    public string? CompareTo { get; init; }

    /// <summary>The day the catalog's time-dependent checks count from (<c>--as-of</c>); null: the newest post's date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Where the Markdown change report goes when <see cref="CompareTo"/> is set.</summary>
    public string ReportPath { get; init; } = "catalog-changes.md";
}
