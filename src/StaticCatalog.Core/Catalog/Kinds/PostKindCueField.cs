namespace StaticCatalog.Catalog.Kinds;

/// <summary>Where a <see cref="PostKindCue"/> is looked for.</summary>
public enum PostKindCueField
{
    /// <summary>The post's title: counts once.</summary>
    Title,

    /// <summary>The feed: <c>feed_name</c> and the source folder (news, blogs, community, videos, roundups): counts once.</summary>
    Feed,

    /// <summary>The front matter's tags and section names: counts once.</summary>
    Tags,

    /// <summary>The first paragraph (most posts open with a one-line summary: "X explains how to ..."): counts once.</summary>
    Lead,

    /// <summary>The headings: each matching heading counts, up to three.</summary>
    Headings,

    /// <summary>Paragraphs, list items and table rows: each match counts, up to three.</summary>
    Body,
}
