using System.Security.Cryptography;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticCatalog.Catalog.Features;
using StaticCatalog.Catalog.Kinds;
using StaticCatalog.Catalog.Limits;
using StaticCatalog.Urls;

namespace StaticCatalog.Catalog;

/// <summary>
/// Extracts one post's catalog from its parsed Markdown (not from HTML): the services it names,
/// the features it announces with their status, and the limits it states. Every block that yields
/// an item gets a stable anchor (set on the Markdig block, so the rendered page carries it).
/// Thread-safe: one call per post, posts in parallel.
/// </summary>
public sealed partial class CatalogExtractor
{
    /// <summary>The id of the post page's title, where items taken from the title point.</summary>
    public const string TitleAnchor = "post-title";

    private readonly ServiceTaxonomy _taxonomy;

    public CatalogExtractor(ServiceTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
    }

    /// <param name="document">The body, without its front matter.</param>
    /// <param name="title">The post's title.</param>
    /// <param name="tags">The post's tags.</param>
    /// <param name="declaredServices">The front matter's <c>services:</c> list (already checked), or null when it has none.</param>
    /// <param name="curated">The front matter's <c>catalog:</c> block.</param>
    /// <param name="origin">The post's feed, folder, sections and declared kind, which decide its kind with the body; none when null.</param>
    /// <param name="date">The post's date: a roundup item's status stated with a later date is planned.</param>
    public PostCatalog Extract(MarkdownDocument document, string title, IReadOnlyList<string> tags, IReadOnlyList<string>? declaredServices, CuratedCatalog curated, PostOrigin? origin = null, DateTimeOffset? date = null)
    {
        var passages = PassageReader.Read(document);
        origin ??= PostOrigin.None;
        var kind = origin.DeclaredKind ?? PostKindClassifier.Classify(title, origin.Feed, tags.Concat(origin.SectionNames), passages, document.Descendants<CodeBlock>().Count());
        var text = new TextCache(_taxonomy.Matcher);
        var services = declaredServices ?? FindServices(title, tags, passages, text);
        var anchors = new AnchorBook();
        var titleCue = StatusCues.First(title);
        // A roundup lists many announcements: its features are its items, each with its own status and services.
        var roundup = kind == PostKind.Roundup ? RoundupItemFinder.Find(passages, title, _taxonomy.Matcher, date) : null;
        (List<CatalogFeature> Features, Func<Passage, CatalogFeature?> FeatureFor)? itemFeatures = roundup is null ? null : RoundupFeatures(roundup, anchors);
        var features = itemFeatures?.Features ?? FindFeatures(kind, title, titleCue, passages, services, anchors, text);
        var limits = FindLimits(kind, title, passages, services, features, anchors, text, itemFeatures?.FeatureFor);
        anchors.Apply();
        return Merge(kind, services, features, limits, curated);
    }

    private IReadOnlyList<string> FindServices(string title, IReadOnlyList<string> tags, IReadOnlyList<Passage> passages, TextCache text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            if (_taxonomy.FindByTag(tag) is { } service)
            {
                found.Add(service.Slug);
            }
        }

        foreach (var passageText in passages.Select(p => p.Text).Prepend(title))
        {
            found.UnionWith(text.ServicesIn(passageText));
        }

        return _taxonomy.Services.Where(s => found.Contains(s.Slug)).Select(s => s.Slug).ToList();
    }

    private static List<CatalogFeature> FindFeatures(PostKind kind, string title, StatusCue? titleCue, IReadOnlyList<Passage> passages, IReadOnlyList<string> postServices, AnchorBook anchors, TextCache text)
    {
        var features = new List<CatalogFeature>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var policy = PostKindPolicies.For(kind);

        // The passage gets an anchor only when it yields a feature; the title has its own.
        void Add(string name, ReleaseStatus status, IReadOnlyList<string> services, Passage? passage, string evidence)
        {
            var key = FeatureFinder.Key(name);
            if (key.Length == 0)
            {
                return;
            }

            if (keys.TryGetValue(key, out var index))
            {
                // The same feature named twice: a later, stated status beats an unknown one.
                if (features[index].Status == ReleaseStatus.Unknown && status != ReleaseStatus.Unknown)
                {
                    features[index] = features[index] with { Status = status };
                }

                return;
            }

            // A lead or heading with neither a status nor a service of its own organizes the post ("Step 1", "Why it matters");
            // it is not a catalog feature.
            if (status == ReleaseStatus.Unknown && (services.Count == 0 || !policy.YieldsFeatures))
            {
                return;
            }

            keys[key] = features.Count;
            var anchor = passage is null ? TitleAnchor : anchors.For(passage);
            features.Add(new CatalogFeature(name, status, services.Count > 0 ? services : postServices, anchor, evidence, Curated: false));
        }

        foreach (var mention in FeatureFinder.FindAnnounced(title))
        {
            Add(mention.Name, mention.Status, text.ServicesIn(mention.Name), null, title);
        }

        if (titleCue is not null && features.Count == 0 && FeatureFinder.Clean(title) is { Length: > 0 } titleName && !FeatureFinder.IsGeneric(titleName))
        {
            Add(titleName, titleCue.Status, text.ServicesIn(title), null, title);
        }

        var headingCues = new Dictionary<Passage, StatusCue?>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            var cue = StatusCues.First(passage.Text) ?? StatusCues.First(passage.LinkWords);
            var fallback = SectionCue(passage, headingCues) ?? titleCue;
            if (passage.Kind == PassageKind.Heading)
            {
                var name = FeatureFinder.Clean(passage.Text);
                if (passage.Level >= 2 && name.Length > 0 && !FeatureFinder.IsGeneric(name) && (cue is not null || text.ServicesIn(passage.Text).Count > 0))
                {
                    var next = i + 1 < passages.Count && passages[i + 1].Kind != PassageKind.Heading ? StatusCues.First(passages[i + 1].Text) : null;
                    Add(name, (cue ?? next)?.Status ?? ReleaseStatus.Unknown, text.ServicesIn(passage.Text), passage, passage.Text);
                }

                continue;
            }

            if (passage.Lead is { } lead && FeatureFinder.Clean(lead) is { Length: > 0 } leadName && !FeatureFinder.IsGeneric(leadName))
            {
                var services = text.ServicesIn(lead);
                Add(leadName, (cue ?? fallback)?.Status ?? ReleaseStatus.Unknown, services.Count > 0 ? services : text.ServicesIn(passage.Text),
                    passage, text.Sentences(passage.Text).FirstOrDefault() ?? passage.Text);
            }

            foreach (var sentence in text.Sentences(passage.Text))
            {
                foreach (var mention in FeatureFinder.FindAnnounced(sentence))
                {
                    Add(mention.Name, mention.Status, text.ServicesIn(mention.Name), passage, sentence);
                }
            }

            if (passage.Lead is null && passage.Section is { Level: > 1 } direct && HeadingCue(direct, headingCues) is { } listedCue && ListedName(passage) is { } listed)
            {
                Add(listed, (cue ?? listedCue).Status, text.ServicesIn(listed), passage, passage.Text);
            }

            if (passage.Lead is null && cue is not null)
            {
                foreach (var name in FeatureFinder.FindNew(passage.Text))
                {
                    var sentences = text.Sentences(passage.Text);
                    Add(name, cue.Status, text.ServicesIn(name), passage, sentences.FirstOrDefault(s => s.Contains(name, StringComparison.Ordinal)) ?? sentences[0]);
                }
            }
        }

        return features;
    }

    /// <summary>A roundup's items as features, each anchored at its own block; and, for limits, the feature of the item a passage belongs to.</summary>
    private static (List<CatalogFeature> Features, Func<Passage, CatalogFeature?> FeatureFor) RoundupFeatures(RoundupItems roundup, AnchorBook anchors)
    {
        var byItem = new Dictionary<RoundupItem, CatalogFeature>(ReferenceEqualityComparer.Instance);
        foreach (var item in roundup.Items)
        {
            byItem[item] = new CatalogFeature(item.Name, item.Status, item.Services, anchors.For(item.Block), item.Evidence, Curated: false)
            {
                Confidence = item.Confidence,
                StatusConfidence = item.StatusConfidence,
            };
        }

        return (byItem.Values.ToList(), passage => roundup.ItemFor(passage) is { } item ? byItem.GetValueOrDefault(item) : null);
    }

    /// <summary>The status the nearest heading above that states one gives the passages under it ("## Public preview").</summary>
    private static StatusCue? SectionCue(Passage passage, Dictionary<Passage, StatusCue?> headingCues)
    {
        for (var heading = passage.Section; heading is not null; heading = heading.Section)
        {
            if (HeadingCue(heading, headingCues) is { } cue)
            {
                return cue;
            }
        }

        return null;
    }

    private static StatusCue? HeadingCue(Passage heading, Dictionary<Passage, StatusCue?> headingCues)
    {
        if (!headingCues.TryGetValue(heading, out var cue))
        {
            headingCues[heading] = cue = StatusCues.First(heading.Text);
        }

        return cue;
    }

    /// <summary>A short list item or a table row's first cell: a name listed under a heading such as "## Initial beta releases".</summary>
    private static string? ListedName(Passage passage)
    {
        var text = passage.Kind == PassageKind.TableRow ? passage.Text.Split(" | ")[0] : passage.Text;
        var name = FeatureFinder.Clean(text);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return passage.Kind is PassageKind.ListItem or PassageKind.TableRow && words is > 0 and <= 10 && !name.Contains(". ", StringComparison.Ordinal) && !FeatureFinder.IsGeneric(name)
            ? name
            : null;
    }

    /// <summary>
    /// The figures of every passage with their subject (<see cref="LimitAttribution"/>) and confidence (<see cref="LimitConfidence"/>);
    /// figures under a heading or title that marks them as measurements, costs or examples (<see cref="NotALimitContexts"/>), or that
    /// the post's kind does not keep (<see cref="PostKindPolicies"/>, <see cref="LimitKindPolicy"/>), are left out. The same figure for
    /// the same subject is kept once.
    /// </summary>
    /// <param name="itemFeature">In a roundup, the feature of the item a passage belongs to: a figure inside an item is the item's.</param>
    private List<CatalogLimit> FindLimits(PostKind kind, string title, IReadOnlyList<Passage> passages, IReadOnlyList<string> postServices, List<CatalogFeature> features, AnchorBook anchors, TextCache text, Func<Passage, CatalogFeature?>? itemFeature = null)
    {
        var limits = new List<CatalogLimit>();
        if (!PostKindPolicies.For(kind).YieldsLimits)
        {
            return limits;
        }

        var seen = new HashSet<(string, decimal, string)>();
        var attribution = new LimitAttribution(_taxonomy, features, text.ServicesIn, title, TitleAnchor, postServices);
        var excludedHeadings = new Dictionary<Passage, bool>(ReferenceEqualityComparer.Instance);
        foreach (var passage in passages)
        {
            if (passage.Kind == PassageKind.Heading && passage.Level <= 1)
            {
                continue;
            }

            var ownItem = itemFeature?.Invoke(passage);
            foreach (var sentence in text.Sentences(passage.Text))
            {
                var matches = LimitFinder.Find(sentence);
                if (matches.Count == 0)
                {
                    continue;
                }

                if (passage.Kind == PassageKind.TableRow && (matches.Count > 1 || PriceOrShare().IsMatch(sentence) || MeasuredRow().IsMatch(sentence)))
                {
                    // A row of several figures compares measurements (before/after, one run per column), a row with a price
                    // or a percentage is a pricing or comparison table, and a row of bare numbers beside the figure is a result table.
                    continue;
                }

                if (UnderExcludedHeading(passage, excludedHeadings))
                {
                    continue;
                }

                foreach (var match in matches)
                {
                    if (NotALimitContexts.ExcludesTitle(title, match.BaseUnit))
                    {
                        continue;
                    }

                    var subject = attribution.For(passage, sentence, match.Index, ownItem);
                    if (!LimitKindPolicy.Keeps(kind, subject.Source, match.Bounded) || !seen.Add((match.BaseUnit, match.Normalized, subject.Name)))
                    {
                        continue;
                    }

                    var service = subject.Service
                        ?? text.ServicesIn(sentence).FirstOrDefault()
                        ?? text.ServicesIn(passage.Text).FirstOrDefault()
                        ?? (passage.Section is { } section ? text.ServicesIn(section.Text).FirstOrDefault() : null)
                        ?? (postServices.Count == 1 ? postServices[0] : null);
                    limits.Add(new CatalogLimit(service, subject.Feature?.Name, subject.Name, match.Metric, match.Value, match.Unit, match.Normalized,
                        match.BaseUnit, match.Qualifier, anchors.For(passage), sentence, Curated: false)
                    {
                        Confidence = LimitConfidence.Of(subject.Source, match.Bounded, passage.Kind),
                    });
                }
            }
        }

        return limits;
    }

    /// <summary>True when a heading above the passage marks its figures as measurements, costs, examples or an event's.</summary>
    private static bool UnderExcludedHeading(Passage passage, Dictionary<Passage, bool> excluded)
    {
        for (var heading = passage.Kind == PassageKind.Heading ? passage : passage.Section; heading is not null; heading = heading.Section)
        {
            if (!excluded.TryGetValue(heading, out var no))
            {
                excluded[heading] = no = NotALimitContexts.ExcludesHeading(heading.Text);
            }

            if (no)
            {
                return true;
            }
        }

        return false;
    }

        /// <summary>Curated entries replace extracted ones for the same feature, or the same figure.</summary>
    private static PostCatalog Merge(PostKind kind, IReadOnlyList<string> services, List<CatalogFeature> features, List<CatalogLimit> limits, CuratedCatalog curated)
    {
        if (curated.Features.Count == 0 && curated.Limits.Count == 0)
        {
            return new PostCatalog(services, features, limits) { Kind = kind };
        }

        var curatedKeys = curated.Features.Select(f => FeatureFinder.Key(f.Name)).ToHashSet(StringComparer.Ordinal);
        var keptFeatures = curated.Features
            .Select(c => c with { Services = c.Services.Count > 0 ? c.Services : services })
            .Select(c => c with { Anchor = features.FirstOrDefault(f => FeatureFinder.Key(f.Name) == FeatureFinder.Key(c.Name))?.Anchor ?? c.Anchor })
            .Concat(features.Where(f => !curatedKeys.Contains(FeatureFinder.Key(f.Name))))
            .ToList();
        var keptLimits = curated.Limits
            .Select(c => c with { Anchor = limits.FirstOrDefault(l => SameFigure(l, c))?.Anchor ?? c.Anchor })
            .Concat(limits.Where(l => !curated.Limits.Any(c => SameFigure(l, c))))
            .ToList();
        return new PostCatalog(services, keptFeatures, keptLimits) { Kind = kind };
    }

    /// <summary>The same figure, or a correction of it: the same service, metric and qualifier with another value.</summary>
    private static bool SameFigure(CatalogLimit extracted, CatalogLimit curated) =>
        extracted.BaseUnit == curated.BaseUnit
        && (extracted.Normalized == curated.Normalized
            || (extracted.Service == curated.Service
                && string.Equals(extracted.Metric, curated.Metric, StringComparison.OrdinalIgnoreCase)
                && string.Equals(extracted.Qualifier, curated.Qualifier, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// What one post's extraction asks of a text more than once (a passage is read for services, features
    /// and limits): its service mentions and its sentences, each worked out once.
    /// </summary>
    private sealed class TextCache(ServiceMatcher matcher)
    {
        private readonly Dictionary<string, IReadOnlyList<string>> _services = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> _sentences = new(StringComparer.Ordinal);

        /// <summary>Slugs of the services the text names, first mention first.</summary>
        public IReadOnlyList<string> ServicesIn(string text)
        {
            if (!_services.TryGetValue(text, out var slugs))
            {
                _services[text] = slugs = matcher.Find(text).Select(m => m.Service.Slug).Distinct(StringComparer.Ordinal).ToList();
            }

            return slugs;
        }

        public IReadOnlyList<string> Sentences(string text)
        {
            if (!_sentences.TryGetValue(text, out var sentences))
            {
                _sentences[text] = sentences = SentenceSplitter.Split(text);
            }

            return sentences;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[$€£%]")]
    private static partial System.Text.RegularExpressions.Regex PriceOrShare();

    /// <summary>A table cell that is a bare number ("| 0.001 |"): the row is a result table, not a limit.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|\|)\s*[\d.,]+\s*(?:\||$)")]
    private static partial System.Text.RegularExpressions.Regex MeasuredRow();

    /// <summary>
    /// Anchors of one post: a lead's slug ("f-private-link-direct-connect") or a hash of the block's
    /// text ("p-3f2a9c1e"), so an anchor stays put when other paragraphs change. Headings keep the id
    /// Markdig gave them.
    /// </summary>
    private sealed class AnchorBook
    {
        private readonly Dictionary<Passage, string> _anchors = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _used = new(StringComparer.Ordinal) { TitleAnchor };

        public string For(Passage passage)
        {
            if (_anchors.TryGetValue(passage, out var anchor))
            {
                return anchor;
            }

            var existing = passage.Block.GetAttributes().Id;
            var wanted = existing
                ?? (passage.Lead is { } lead && Slugifier.SlugifyShort(lead, 50) is { Length: > 0 } slug ? "f-" + slug : "p-" + Hash(passage.Text));
            anchor = wanted;
            for (var n = 2; existing is null && !_used.Add(anchor); n++)
            {
                anchor = $"{wanted}-{n}";
            }

            _anchors[passage] = anchor;
            return anchor;
        }

        public void Apply()
        {
            foreach (var (passage, anchor) in _anchors)
            {
                passage.Block.GetAttributes().Id = anchor;
            }
        }

        private static string Hash(string text) =>
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
