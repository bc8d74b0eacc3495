using StaticCatalog.Output;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary>
/// One kind of file the render stage makes from the assembled site: pages, <c>catalog.json</c>, the search index,
/// feeds, sitemaps, the files hosts need, the theme's assets. The pipeline runs a table of them
/// (<see cref="SiteOutputs"/>) one after the other.
/// </summary>
public interface ISiteOutput
{
    /// <summary>What it makes, as said in progress and in tests.</summary>
    string Name { get; }

    /// <summary>
    /// Makes its files, handing each to <paramref name="write"/> as soon as it is made (possibly from several
    /// threads at once), so a large site is never held in memory whole. Problems go to the context's diagnostics.
    /// </summary>
    void Write(SiteOutputContext context, Action<OutputFile> write);
}
