namespace StaticCatalog.Checking;

/// <summary>
/// A link resolved against the page, feed or file it appears in. <see cref="Path"/> is the decoded URL path
/// (<c>/my-repo/posts/x/</c>), <see cref="File"/> the site file that serves it when there is one, and
/// <see cref="Fragment"/> the decoded text after <c>#</c> (null when the link has none).
/// </summary>
public readonly record struct ResolvedLink(LinkTargetKind Kind, string? Path, string? File, string? Fragment)
{
    public static ResolvedLink External { get; } = new(LinkTargetKind.External, null, null, null);

    public bool IsInternal => Kind != LinkTargetKind.External;
}
