using Scriban.Runtime;

namespace StaticCatalog.Rendering.ViewModels;

/// <summary>One post's page. <see cref="ContentHtml"/> and <see cref="ExcerptHtml"/> are sanitized HTML; every string is text, escaped where it is written.</summary>
public sealed record PostView
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string DateIso { get; init; }
    public required string DateDisplay { get; init; }
    public string? Author { get; init; }
    public string? ExternalUrl { get; init; }
    public LinkView? Feed { get; init; }

    /// <summary>What the post mainly is ("Tutorial"), linking to the posts of its kind.</summary>
    public LinkView? Kind { get; init; }

    /// <summary>The kind's id (<c>release-notes</c>), for CSS classes.</summary>
    public string KindId { get; init; } = string.Empty;
    public string? PrimarySection { get; init; }
    public required IReadOnlyList<LinkView> Sections { get; init; }
    public required IReadOnlyList<LinkView> Tags { get; init; }
    public required TrustedHtml ContentHtml { get; init; }
    public required TrustedHtml ExcerptHtml { get; init; }
    public required string Excerpt { get; init; }

    /// <summary>Front-matter keys StaticCatalog does not know, as written (<c>post.extra.my_key</c>).</summary>
    public required ScriptObject Extra { get; init; }

    /// <summary>The services the post is about (its primary services).</summary>
    public IReadOnlyList<LinkView> Services { get; init; } = [];

    /// <summary>The services the post names without being about them.</summary>
    public IReadOnlyList<LinkView> Mentions { get; init; } = [];

    /// <summary>The features the catalog found in the post, each linking to its paragraph.</summary>
    public IReadOnlyList<FeatureView> Features { get; init; } = [];

    /// <summary>The limits the catalog found in the post, each linking to its paragraph.</summary>
    public IReadOnlyList<LimitView> Limits { get; init; } = [];

    public LinkView? Newer { get; init; }
    public LinkView? Older { get; init; }
}
