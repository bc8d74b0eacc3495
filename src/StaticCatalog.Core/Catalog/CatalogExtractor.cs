using System.Security.Cryptography;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticCatalog.Catalog.Dates;
using StaticCatalog.Catalog.Features;
using StaticCatalog.Catalog.Services;
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
    private readonly PostServiceFinder _services;

    public CatalogExtractor(ServiceTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        _services = new PostServiceFinder(taxonomy);
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
        var postServices = _services.Find(title, tags, passages, declaredServices, text.MentionsIn);
        var services = postServices.Primary;
        // What a feature no text attributes falls back to: of a product and its part both primary, the part.
        var owners = ServiceParts.WithoutWholes(services.Select(_taxonomy.Find).OfType<Service>()).Select(s => s.Slug).ToList();
        var anchors = new AnchorBook();
        // A roundup lists many announcements: its features are its items, each with its own status and services.
        var roundup = kind == PostKind.Roundup ? RoundupItemFinder.Find(passages, title, _taxonomy.Matcher, date) : null;
        (List<CatalogFeature> Features, Func<Passage, CatalogFeature?> FeatureFor)? itemFeatures = roundup is null ? null : RoundupFeatures(roundup, anchors);
        var features = itemFeatures?.Features ?? FindFeatures(title, passages, owners, kind, anchors, text);
        features = WithTargets(features, passages, anchors, date);
        var limits = FindLimits(kind, title, passages, owners, features, anchors, text, itemFeatures?.FeatureFor);
        anchors.Apply();
        return Merge(kind, services, features, limits, curated) with { Mentioned = postServices.Mentioned };
    }

    /// <summary>
    /// Planned and retired features with the date their post gives them (<see cref="TargetDateFinder"/>): in the
    /// evidence, else its block, else the paragraph under a heading (for the title's feature, the post's first paragraph).
    /// Relative dates count from the post's date.
    /// </summary>
    private static List<CatalogFeature> WithTargets(List<CatalogFeature> features, IReadOnlyList<Passage> passages, AnchorBook anchors, DateTimeOffset? date)
    {
        if (date is not { } posted || !features.Exists(f => f.Status is ReleaseStatus.Planned or ReleaseStatus.Retired))
        {
            return features;
        }

        var day = DateOnly.FromDateTime(posted.UtcDateTime);
        return features.ConvertAll(feature =>
        {
            if (feature.Status is not (ReleaseStatus.Planned or ReleaseStatus.Retired))
            {
                return feature;
            }

            var passage = feature.Anchor is null ? null : anchors.PassageOf(feature.Anchor);
            var index = passage is { Kind: PassageKind.Heading } ? IndexOf(passages, passage) : -1;
            var under = index >= 0 && index + 1 < passages.Count && passages[index + 1].Kind != PassageKind.Heading ? passages[index + 1].Text : null;
            // A feature named by the title is dated by the post's opening paragraph.
            var opening = passage is null ? passages.FirstOrDefault(p => p.Kind != PassageKind.Heading)?.Text : null;
            return TargetDateFinder.Find([feature.Evidence, passage?.Text, under, opening], day, feature.Status == ReleaseStatus.Retired) is { } target
                ? feature with { Target = target }
                : feature;
        });
    }

    private static int IndexOf(IReadOnlyList<Passage> passages, Passage passage)
    {
        for (var i = 0; i < passages.Count; i++)
        {
            if (ReferenceEquals(passages[i], passage))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<CatalogFeature> FindFeatures(string title, IReadOnlyList<Passage> passages, IReadOnlyList<string> postServices, PostKind kind, AnchorBook anchors, TextCache text)
    {
        var features = new List<CatalogFeature>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        // A feature is kept when the post's kind keeps its evidence; the passage gets an anchor only then (the title has its own).
        void Add(string name, ReleaseStatus status, FeatureEvidence evidence, Passage? passage, string evidenceText, string? version = null)
        {
            var key = FeatureFinder.Key(name);
            if (key.Length == 0 || !FeaturePolicy.Keeps(kind, evidence))
            {
                return;
            }

            // "Claude Sonnet 4.5 in GitHub Copilot" is Claude Sonnet 4.5, said where it is available.
            if (!keys.ContainsKey(key) && features.FindIndex(f => FeatureFinder.SameWithPlace(f.Name, name)) is >= 0 and var same)
            {
                key = FeatureFinder.Key(features[same].Name);
            }

            var (confidence, statusConfidence) = FeatureConfidence.For(evidence, status);
            if (keys.TryGetValue(key, out var index))
            {
                // The same feature named twice: a stated status beats an unknown one; the surer evidence gives the confidence.
                var known = features[index];
                if (known.Status == ReleaseStatus.Unknown && status != ReleaseStatus.Unknown)
                {
                    known = known with { Status = status, StatusConfidence = statusConfidence };
                }

                features[index] = known with { Confidence = Math.Max(known.Confidence, confidence), Version = known.Version ?? version };
                return;
            }

            keys[key] = features.Count;
            var anchor = passage is null ? TitleAnchor : anchors.For(passage);
            features.Add(new CatalogFeature(name, status, FeatureAttribution.Of(name, passage, title, postServices, text.MentionsIn), anchor, evidenceText, Curated: false)
            {
                Confidence = confidence,
                StatusConfidence = statusConfidence,
                Version = version,
            });
        }

        FindInTitle(title, passages, text, Add);
        var headingCues = new Dictionary<Passage, StatusCue?>(ReferenceEqualityComparer.Instance);
        var groupHeadings = new Dictionary<Passage, bool>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            // A sentence holds no cue word its passage lacks: most passages skip the sentence patterns after this one test.
            var mayHaveCue = StatusCues.MayHaveCue(passage.Text);
            var cue = mayHaveCue ? StatusCues.First(passage.Text) : null;
            var linkCue = cue is null ? StatusCues.First(passage.LinkWords) : null;
            if (kind == PostKind.ReleaseNotes && FindPackage(passages, i, headingCues, text, Add))
            {
                continue;
            }

            if (passage.Kind == PassageKind.Heading)
            {
                FindInHeading(passages, i, cue, text, Add);
                continue;
            }

            if (passage.Lead is { } lead && FeatureFinder.NameBefore(lead, StatusCues.First(lead)) is { Length: > 0 } leadName && !FeatureFinder.IsGeneric(leadName))
            {
                var services = text.ServicesIn(lead);
                services = services.Count > 0 ? services : text.ServicesIn(passage.Text);
                var sentence = text.Sentences(passage.Text).FirstOrDefault() ?? passage.Text;
                if (cue is not null)
                {
                    Add(leadName, cue.Status, FeatureEvidence.LeadWithOwnCue, passage, sentence);
                }
                else if (linkCue is not null)
                {
                    Add(leadName, linkCue.Status, FeatureEvidence.LeadWithLinkCue, passage, sentence);
                }
                // A lead that is the whole block ("**Supported plans:**", "**Client Libraries for .NET**") labels what follows it.
                else if (passage.Text.Length <= lead.Length + 2)
                {
                }
                else if (passage.Section is { } section && IsGroupHeading(section, groupHeadings) && SectionCue(passage, headingCues) is { } sectionCue)
                {
                    Add(leadName, sectionCue.Status, FeatureEvidence.LeadUnderStatusHeading, passage, sentence);
                }
                else if (services.Count > 0)
                {
                    Add(leadName, ReleaseStatus.Unknown, FeatureEvidence.LeadNamingService, passage, sentence);
                }
            }

            foreach (var sentence in mayHaveCue ? text.Sentences(WithoutGenericLead(passage)) : [])
            {
                foreach (var mention in FeatureFinder.FindAnnounced(sentence))
                {
                    Add(mention.Name, mention.Status, FeatureEvidence.AnnouncedInSentence, passage, sentence);
                }
            }

            if (passage.Lead is null && !passage.IsLinkOnly && passage.Section is { Level: > 1 } direct && IsGroupHeading(direct, groupHeadings)
                && HeadingCue(direct, headingCues) is { } listedCue && ListedName(passage) is { } listed)
            {
                Add(listed, (cue ?? listedCue).Status, FeatureEvidence.ListedUnderStatusHeading, passage, passage.Text);
            }

            if (passage.Lead is null && (cue ?? linkCue) is { } passageCue)
            {
                foreach (var name in FeatureFinder.FindNew(passage.Text))
                {
                    var sentences = text.Sentences(passage.Text);
                    Add(name, passageCue.Status, FeatureEvidence.NewInCuedPassage, passage, sentences.FirstOrDefault(s => s.Contains(name, StringComparison.Ordinal)) ?? sentences[0]);
                }
            }
        }

        return features;
    }

    /// <summary>The passage's text without a lead that only labels it ("**Author: Jane Doe**"), so the label does not run into the next sentence's name.</summary>
    private static string WithoutGenericLead(Passage passage) =>
        passage.Lead is { } lead && passage.Text.StartsWith(lead, StringComparison.Ordinal) && FeatureFinder.IsGeneric(FeatureFinder.Clean(lead))
            ? passage.Text[lead.Length..].TrimStart(':', ' ')
            : passage.Text;

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

    private delegate void FeatureSink(string name, ReleaseStatus status, FeatureEvidence evidence, Passage? passage, string evidenceText, string? version = null);

    /// <summary>
    /// The title's feature, when the title states a status: "X Now in Public Preview". A weak title cue ("Now
    /// available") gives way to the specific status the post's opening states ("... in public preview").
    /// </summary>
    private static void FindInTitle(string title, IReadOnlyList<Passage> passages, TextCache text, FeatureSink add)
    {
        if (StatusCues.First(title) is not { } titleCue)
        {
            if (FeatureFinder.TitleProduct(title) is not { Length: > 0 } product)
            {
                return;
            }

            // A sentence of the opening that names the product and states a status gives it that status.
            if (StatedInOpening(product, passages, text) is { } stated)
            {
                add(product, stated.Status, FeatureEvidence.TitleProductStatedInBody, null, title);
                return;
            }

            // Without a status anywhere near, only a title that names a product of the taxonomy, or one that announces a new
            // thing ("GitHub Changes Default Tab Size ..."), is one: "Azure Networking: Latest Updates" names a topic.
            var openingCue = OpeningCue(passages);
            if (openingCue is not null || text.ServicesIn(product).Count > 0 || AnnouncementTitles.AnnouncesNewThing(title))
            {
                add(product, openingCue?.Status ?? ReleaseStatus.Unknown, FeatureEvidence.TitleProduct, null, title);
            }

            return;
        }

        var status = StatusCues.FirstStrong(title) is null && OpeningCue(passages) is { } opening ? opening.Status : titleCue.Status;
        var mentions = FeatureFinder.FindAnnounced(title);
        foreach (var mention in mentions)
        {
            add(mention.Name, mention.Status == titleCue.Status ? status : mention.Status, FeatureEvidence.TitleWithCue, null, title);
        }

        // A title's opening verb acts on the feature: "Orchestrate dbt jobs activity in your Fabric pipelines (Preview)".
        var opened = GenericNames.WithoutLeadingVerb(FeatureNameRules.WithoutTitleOpening(title));
        if (mentions.Count == 0 && FeatureFinder.NameBefore(opened, StatusCues.First(opened)) is { Length: > 0 } name && !FeatureFinder.IsGeneric(name))
        {
            // "Copilot Edits: AI-Powered Multi-File Editing in VS Code" names Copilot Edits.
            name = FeatureFinder.TitleProduct(name) is { Length: > 0 } head && head.Length < name.Length ? head : name;
            add(name, status, FeatureEvidence.TitleWithCue, null, title);
        }
    }

    /// <summary>How many paragraphs or items (headings not counted) a title's product is looked for in, with its status.</summary>
    private const int OpeningPassages = 6;

    /// <summary>
    /// The status cue of the first sentence of the post's opening (its first <see cref="OpeningPassages"/> paragraphs or
    /// items; items with a bold lead name their own thing) that names the title's product: holds at least half of its words.
    /// </summary>
    private static StatusCue? StatedInOpening(string product, IReadOnlyList<Passage> passages, TextCache text)
    {
        var read = 0;
        foreach (var passage in passages)
        {
            // A bold lead's status is the lead's own ("**X agent (public preview)**: ..."), not the title's product's.
            if (passage.Kind == PassageKind.Heading || passage.IsLinkOnly || passage.Lead is not null)
            {
                continue;
            }

            // As in FindFeatures: a sentence holds no cue word its passage lacks.
            foreach (var sentence in StatusCues.MayHaveCue(passage.Text) ? text.Sentences(passage.Text) : [])
            {
                if (StatusCues.First(sentence) is { } cue && FeatureFinder.NamesMostOf(sentence, product))
                {
                    return cue;
                }
            }

            if (++read == OpeningPassages)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The first strong status cue of the post's opening: its first three paragraphs or items before any heading but the first.</summary>
    private static StatusCue? OpeningCue(IReadOnlyList<Passage> passages)
    {
        var read = 0;
        foreach (var passage in passages)
        {
            if (passage.Kind == PassageKind.Heading)
            {
                if (read > 0)
                {
                    break;
                }

                continue;
            }

            if (StatusCues.FirstStrong(passage.Text) is { } cue)
            {
                return cue;
            }

            if (++read == 3)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>A heading (below the title) that names a feature: with its own cue, or a cue in the paragraph under it that names it or its service.</summary>
    private static void FindInHeading(IReadOnlyList<Passage> passages, int i, StatusCue? cue, TextCache text, FeatureSink add)
    {
        var heading = passages[i];
        var name = FeatureFinder.NameBefore(heading.Text, cue);
        if (heading.Level < 2 || name.Length == 0 || FeatureFinder.IsGeneric(name))
        {
            return;
        }

        var services = text.ServicesIn(heading.Text);
        if (cue is not null)
        {
            add(name, cue.Status, FeatureEvidence.LeadWithOwnCue, heading, heading.Text);
            return;
        }

        var next = i + 1 < passages.Count && passages[i + 1].Kind != PassageKind.Heading ? text.Sentences(passages[i + 1].Text).FirstOrDefault() : null;
        if (next is not null && StatusCues.First(next) is { } nextCue && (services.Count > 0 || next.Contains(name, StringComparison.OrdinalIgnoreCase)))
        {
            add(name, nextCue.Status, FeatureEvidence.HeadingWithNextCue, heading, heading.Text);
        }
        else if (services.Count > 0)
        {
            add(name, ReleaseStatus.Unknown, FeatureEvidence.LeadNamingService, heading, heading.Text);
        }
    }

    /// <summary>
    /// A package release in release notes: a heading, bold lead, short item or table row that names a version.
    /// Its status is the one its passage (or, for a heading, the first paragraphs under it) states, else its
    /// version's shape, else its heading's. Attached to the product its name names, else the post's.
    /// </summary>
    private static bool FindPackage(IReadOnlyList<Passage> passages, int i, Dictionary<Passage, StatusCue?> headingCues, TextCache text, FeatureSink add)
    {
        var passage = passages[i];
        if (passage.IsLinkOnly)
        {
            return false;
        }

        var candidate = passage.Kind switch
        {
            PassageKind.Heading when passage.Level >= 2 => passage.Text,
            _ when passage.Lead is { } lead => lead,
            PassageKind.ListItem or PassageKind.TableRow => passage.Text.Split(" | ")[0],
            _ => null,
        };
        if (candidate is null || PackageReleaseFinder.Find(candidate) is not { } release)
        {
            return false;
        }

        var stated = StatusCues.FirstStrong(passage.Text);
        for (var j = i + 1; stated is null && passage.Kind == PassageKind.Heading && j < passages.Count && j <= i + 2 && passages[j].Kind != PassageKind.Heading; j++)
        {
            stated = StatusCues.FirstStrong(passages[j].Text);
        }

        var status = stated?.Status ?? (release.Status != ReleaseStatus.Unknown ? release.Status : SectionCue(passage, headingCues)?.Status ?? ReleaseStatus.Unknown);
        add(release.Name, status, FeatureEvidence.PackageRelease, passage, passage.Text, release.Version);
        return true;
    }

    /// <summary>
    /// A heading that groups features by status ("## Initial beta releases", "## What's next", "## Public preview"):
    /// its items are features. A heading that names one thing ("### Migration Assistant (Preview)") has items that describe it.
    /// </summary>
    /// <param name="heading">The heading.</param>
    /// <param name="known">This post's headings already asked: every passage under a heading asks of it again.</param>
    private static bool IsGroupHeading(Passage heading, Dictionary<Passage, bool> known)
    {
        if (!known.TryGetValue(heading, out var group))
        {
            known[heading] = group = GenericNames.IsGroup(FeatureFinder.Clean(heading.Text));
        }

        return group;
    }

    /// <summary>The status the nearest heading above that states one gives the passages under it ("## Public preview", "## What's next").</summary>
    private static StatusCue? SectionCue(Passage passage, Dictionary<Passage, StatusCue?> headingCues)
    {
        // A level-1 heading restates the title (often with other quotes); its status is the title's, which items do not inherit.
        for (var heading = passage.Section; heading is { Level: > 1 }; heading = heading.Section)
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
            headingCues[heading] = cue = StatusCues.InHeading(heading.Text);
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
        // Worked out at the post's first figure: most posts state none.
        LimitAttribution? attribution = null;
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

                    attribution ??= new LimitAttribution(_taxonomy, features, text.ServicesIn, title, TitleAnchor, postServices);
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
                        Former = match.Former,
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
        private readonly Dictionary<string, IReadOnlyList<ServiceMention>> _mentions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> _services = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> _sentences = new(StringComparer.Ordinal);

        /// <summary>The service mentions of the text, left to right.</summary>
        public IReadOnlyList<ServiceMention> MentionsIn(string text)
        {
            if (!_mentions.TryGetValue(text, out var mentions))
            {
                _mentions[text] = mentions = matcher.Find(text);
            }

            return mentions;
        }

        /// <summary>Slugs of the services the text names, first mention first.</summary>
        public IReadOnlyList<string> ServicesIn(string text)
        {
            if (!_services.TryGetValue(text, out var slugs))
            {
                _services[text] = slugs = MentionsIn(text).Select(m => m.Service.Slug).Distinct(StringComparer.Ordinal).ToList();
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

        /// <summary>The passage given <paramref name="anchor"/>, or null (the title's, or none).</summary>
        public Passage? PassageOf(string anchor)
        {
            foreach (var (passage, id) in _anchors)
            {
                if (id == anchor)
                {
                    return passage;
                }
            }

            return null;
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
