using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Rendering.Paging;

/// <summary>
/// An upper bound of the HTML the default theme writes for an entry of a list, from the entry's data alone: each
/// value counted in UTF-8 bytes after HTML escaping at its worst (<c>&amp;</c> is five bytes, <c>"</c> six, a
/// Latin-1 letter may become <c>&amp;#233;</c>), plus the markup around it. Pages are split by these sizes, so an
/// entry of a thousand ampersands or of CJK text takes its true share of a page.
/// </summary>
public static class HtmlSize
{
    /// <summary>Markup of one post summary in <c>partials/post-list</c> (its tags, attributes and separators), with margin.</summary>
    private const int SummaryMarkup = 260;

    /// <summary>Markup of one feature in <c>partials/feature-list</c>, with margin.</summary>
    private const int FeatureMarkup = 380;

    /// <summary>Markup of one step of a feature's history.</summary>
    private const int HistoryStepMarkup = 150;

    /// <summary>Markup of one row of <c>partials/limit-table</c>, with margin.</summary>
    private const int LimitMarkup = 700;
    private const int LimitStepMarkup = 160;

    /// <summary>Markup of one link in a list (<c>&lt;li&gt;&lt;a href=""&gt;…&lt;/a&gt;&lt;/li&gt;</c> and a count).</summary>
    private const int LinkMarkup = 80;

    /// <summary>Markup of one post of a service's timeline.</summary>
    private const int TimelineMarkup = 140;

    /// <summary>The filter panel's fields and buttons, and the markup of one of its options.</summary>
    private const int FilterPanelMarkup = 3 * 1024;

    private const int FilterOptionMarkup = 60;

    /// <summary>The range fields, their note and the script element around the units.</summary>
    private const int RangeMarkup = 700;

    /// <summary>The escaped UTF-8 size of <paramref name="text"/>, at most.</summary>
    public static int Text(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var bytes = 0;
        foreach (var c in text)
        {
            bytes += c switch
            {
                '"' => 6,
                '&' or '\'' => 5,
                '<' or '>' => 4,
                < '\u0080' => 1,
                >= '\u00a0' and <= '\u00ff' => 6,
                < '\u0800' => 2,
                >= '\ud800' and <= '\udfff' => 5, // half of a pair, which may be written as &#1114111;
                _ => 3,
            };
        }

        return bytes;
    }

    public static int Link(LinkView link) => LinkMarkup + Text(link.Name) + Text(link.Url) + 12;

    public static int Links(IEnumerable<LinkView> links) => links.Sum(Link);

    public static int Summary(PostSummaryView post) =>
        SummaryMarkup + Text(post.Title) + Text(post.Url) + Text(post.DateIso) + Text(post.DateDisplay) + Text(post.Author)
        + (post.Feed is { } feed ? Link(feed) : 0) + Text(post.Excerpt);

    public static int Feature(FeatureView feature) =>
        FeatureMarkup + (2 * Text(feature.Id)) + Text(feature.Status) + Text(feature.StatusLabel) + Text(feature.ServiceIds) + Text(feature.CategoryIds) + Text(feature.Kind)
        + Text(feature.Day) + Text(feature.Name) + Text(feature.SourceUrl) + Text(feature.DateIso) + Text(feature.DateDisplay)
        + Links(feature.Services) + Text(feature.Evidence) + (feature.History.Count > 1 && feature.EntityUrl.Length > 0 ? LinkMarkup + 40 + Text(feature.EntityUrl) : 0)
        + feature.History.Sum(step => HistoryStepMarkup + Text(step.StatusLabel) + Text(step.DateIso) + Text(step.DateDisplay) + Text(step.SourceUrl) + Text(step.PostTitle));

    public static int Limit(LimitView limit) =>
        LimitMarkup + Text(limit.BaseUnit) + (3 * Text(limit.NormalizedValue)) + Text(limit.ServiceId) + Text(limit.CategoryId) + Text(limit.Status)
        + (2 * Text(limit.Metric)) + Text(limit.Day) + (limit.Service is { } service ? Link(service) : 0) + Text(limit.Subject)
        + Text(limit.ValueDisplay) + Text(limit.NormalizedDisplay) + Text(limit.Qualifier) + Text(limit.StatusLabel)
        + Text(limit.DateIso) + Text(limit.DateDisplay) + Text(limit.SourceUrl) + Text(limit.PostTitle)
        + limit.Earlier.Sum(LimitStep) + (limit.SupersededBy is { } later ? LimitStep(later) : 0);

    private static int LimitStep(LimitStepView step) =>
        LimitStepMarkup + Text(step.ValueDisplay) + Text(step.DateIso) + Text(step.DateDisplay) + Text(step.SourceUrl) + Text(step.PostTitle);

    public static int TimelineEntry(PostSummaryView post) =>
        TimelineMarkup + Text(post.Title) + Text(post.Url) + Text(post.DateIso) + Text(post.DateDisplay);

    public static int Filters(FilterPanelView filters) =>
        FilterPanelMarkup + (4 * Text(filters.FirstDay))
        + (filters.Units is { } units ? RangeMarkup + System.Text.Encoding.UTF8.GetByteCount(units.Html) : 0)
        + new[] { filters.Services, filters.Categories, filters.Statuses, filters.Metrics, filters.Kinds }
            .Sum(options => options.Sum(o => FilterOptionMarkup + Text(o.Value) + Text(o.Label)));
}
