using StaticCatalog.Catalog;

namespace StaticCatalog.Posts;

/// <summary>A parsed post: front matter, rendered body and excerpt. Its URL is given later, when the site is assembled.</summary>
public sealed record Post
{
    public required string SourcePath { get; init; }

    /// <summary>Path below the seeds folder; the tie-breaker for ordering and duplicate URLs.</summary>
    public required string RelativePath { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset Date { get; init; }

    public string? Author { get; init; }

    /// <summary>The original article: an http(s) URL, or null (a <c>javascript:</c> URL never reaches a page).</summary>
    public string? ExternalUrl { get; init; }

    public string? FeedName { get; init; }

    public string? PrimarySection { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> SectionNames { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, object?>> Extra { get; init; } = [];

    /// <summary>The URL segment the post asks for (front-matter slug, title, or file name).</summary>
    public required string Slug { get; init; }

    /// <summary>The longer slug tried when <see cref="Slug"/> is taken (the title's, cut at 100 characters).</summary>
    public required string LongSlug { get; init; }

    /// <summary>The body as sanitized HTML. Kept deflated (<see cref="DeflatedText"/>): each read inflates it.</summary>
    public required string ContentHtml { get => _content.Text; init => _content = new DeflatedText(value); }

    /// <summary>The length of <see cref="ContentHtml"/> in UTF-8 bytes, without inflating it.</summary>
    internal int ContentUtf8Length => _content.Utf8Length;

    private readonly DeflatedText _content = null!;

    /// <summary>The excerpt as HTML (text before <c>&lt;!--excerpt_end--&gt;</c>, else the first paragraph).</summary>
    public required string ExcerptHtml { get; init; }

    /// <summary>The excerpt as plain text, for lists and the meta description.</summary>
    public required string ExcerptText { get; init; }

    /// <summary>The services, features and limits taken from this post.</summary>
    public PostCatalog Catalog { get; init; } = PostCatalog.Empty;
}
