namespace StaticCatalog.Evaluation;

/// <summary>What a careful reader found in one post of the labelled set (the labelling guide's fields).</summary>
/// <param name="File">The post's path below the corpus root ("news/2025-12-01-....md").</param>
/// <param name="Half"><c>dev</c> (tune on it) or <c>test</c> (report it, never tune on it).</param>
/// <param name="Kind">The labelled post kind's id ("announcement"), or null when the label has none.</param>
/// <param name="Services">The products the post discusses, by their names as the labeller wrote them.</param>
/// <param name="Features">The features it announces.</param>
/// <param name="Limits">The limits it states.</param>
public sealed record LabelledPost(
    string File,
    string Half,
    string? Kind,
    IReadOnlyList<string> Services,
    IReadOnlyList<LabelledFeature> Features,
    IReadOnlyList<LabelledLimit> Limits)
{
    /// <summary>The corpus folder the post is in (news, blogs, community, videos, roundups).</summary>
    public string Feed => File.Split('/')[0];
}
