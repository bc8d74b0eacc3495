namespace StaticCatalog.Sources;

/// <summary>
/// One seed file as read from disk: decoded UTF-8, BOM removed, line endings normalized to <c>\n</c>.
/// </summary>
/// <param name="DisplayPath">The path as diagnostics print it (seeds folder as given, then the relative path).</param>
/// <param name="RelativePath">Forward-slash path below the seeds folder; orders posts and breaks ties.</param>
/// <param name="Text">The file's text.</param>
public sealed record SourceFile(string DisplayPath, string RelativePath, string Text)
{
    /// <summary>The file name without folder and extension.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(RelativePath);

    /// <summary>The seed's review file (<c>post.catalog.yml</c> beside <c>post.md</c>), when it has one.</summary>
    public SourceFile? Review { get; init; }
}
