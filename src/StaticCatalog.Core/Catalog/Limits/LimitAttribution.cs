using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Limits;

/// <summary>
/// Finds the subject of a figure: the most specific product, SKU or feature it is stated for, never a heading that only
/// organizes the post. In order: a feature or service named in the figure's clause before it (or a possessive such as
/// "Azure's backbone"); the product that leads its passage; a product named elsewhere in its sentence; in its passage;
/// in a heading above it; the post's own product (the feature its title announces, a product its title names, its
/// single primary service). Only when none is found does the nearest heading, else the title, stand in.
/// One instance per post.
/// </summary>
public sealed partial class LimitAttribution
{
    private readonly ServiceTaxonomy _taxonomy;
    private readonly IReadOnlyList<CatalogFeature> _features;
    private readonly Func<string, IReadOnlyList<string>> _servicesIn;
    private readonly string _title;
    private readonly LimitSubject? _post;

    /// <param name="taxonomy">The services.</param>
    /// <param name="features">The post's features (those from the title point at <paramref name="titleAnchor"/>).</param>
    /// <param name="servicesIn">Slugs of the services a text names, first mention first (cached by the caller).</param>
    /// <param name="title">The post's title.</param>
    /// <param name="titleAnchor">The anchor of items taken from the title.</param>
    /// <param name="postServices">The post's primary services.</param>
    public LimitAttribution(ServiceTaxonomy taxonomy, IReadOnlyList<CatalogFeature> features, Func<string, IReadOnlyList<string>> servicesIn,
        string title, string titleAnchor, IReadOnlyList<string> postServices)
    {
        _taxonomy = taxonomy;
        _features = features.Where(f => f.Name.Length >= 3).ToList();
        _servicesIn = servicesIn;
        _title = title;
        _post = PostSubject(features.FirstOrDefault(f => f.Anchor == titleAnchor), title, postServices);
    }

    /// <summary>The subject of the figure at <paramref name="index"/> in <paramref name="sentence"/> of <paramref name="passage"/>.</summary>
    /// <param name="item">In a roundup, the feature of the item the passage belongs to: it leads the passage.</param>
    public LimitSubject For(Passage passage, string sentence, int index, CatalogFeature? item = null)
    {
        var lead = item?.Name ?? LeadOf(passage);
        var clauseStart = ClauseStart().Match(sentence[..index]) is { Success: true } c ? c.Index + c.Length : 0;
        var before = Mentions(sentence).Where(m => m.Index < index).ToList();

        // A product named in the figure's own clause, before it: the nearest ("Standard NAT Gateway V2 offers 100 Gbps").
        var inClause = before.LastOrDefault(m => m.Index >= clauseStart)?.Subject;
        if (inClause is not null && !(lead is not null && Contains(lead, inClause.Name)))
        {
            return inClause;
        }

        if (Possessive().Match(sentence[clauseStart..index]) is { Success: true } owner)
        {
            var name = $"{owner.Groups["owner"].Value} {owner.Groups["thing"].Value}";
            return new LimitSubject(name, null, FirstService(owner.Groups["owner"].Value) ?? _post?.Service, SubjectSource.Sentence);
        }

        if (item is not null)
        {
            return new LimitSubject(item.Name, item, item.Services.FirstOrDefault() ?? NearestService(sentence, index), SubjectSource.Lead);
        }

        if (lead is not null)
        {
            var feature = FeatureNamed(lead);
            return new LimitSubject(feature?.Name ?? lead, feature, FirstService(lead) ?? inClause?.Service ?? NearestService(sentence, index) ?? FirstService(passage.Text) ?? _post?.Service, SubjectSource.Lead);
        }

        if ((before.LastOrDefault() ?? Mentions(sentence).FirstOrDefault()) is { } inSentence)
        {
            return inSentence.Subject;
        }

        if (clauseStart > 0 && Possessive().Match(sentence) is { Success: true } sentenceOwner)
        {
            var name = $"{sentenceOwner.Groups["owner"].Value} {sentenceOwner.Groups["thing"].Value}";
            return new LimitSubject(name, null, FirstService(sentenceOwner.Groups["owner"].Value) ?? _post?.Service, SubjectSource.Sentence);
        }

        if (Mentions(passage.Text).FirstOrDefault() is { } inPassage)
        {
            return inPassage.Subject with { Source = SubjectSource.Passage };
        }

        for (var heading = passage.Section; heading is not null; heading = heading.Section)
        {
            if (Mentions(heading.Text).FirstOrDefault() is { } named)
            {
                return named.Subject with { Source = SubjectSource.Section };
            }

            if (SubjectNames.ProductIn(FeatureFinder.Clean(heading.Text)) is { } name)
            {
                var feature = FeatureNamed(name);
                return new LimitSubject(feature?.Name ?? name, feature, FirstService(name) ?? _post?.Service, SubjectSource.Section);
            }
        }

        if (_post is not null)
        {
            return _post;
        }

        var fallback = passage.Section is { } section && FeatureFinder.Clean(section.Text) is { Length: > 0 } sectionName ? sectionName : _title;
        return new LimitSubject(fallback, null, null, SubjectSource.None);
    }

    /// <summary>The post's own product: the feature its title announces, a product its title leads with, its single primary service.</summary>
    private LimitSubject? PostSubject(CatalogFeature? titleFeature, string title, IReadOnlyList<string> postServices)
    {
        if (titleFeature is not null)
        {
            return new LimitSubject(titleFeature.Name, titleFeature, FirstService(titleFeature.Name) ?? (postServices.Count == 1 ? postServices[0] : null), SubjectSource.Post);
        }

        if (SubjectNames.ProductIn(FeatureFinder.Clean(TitleHead().Match(title).Value)) is { } head && head.Split(' ').Length <= 6)
        {
            return new LimitSubject(head, FeatureNamed(head), FirstService(head) ?? (postServices.Count == 1 ? postServices[0] : null), SubjectSource.Post);
        }

        if (_taxonomy.Matcher.Find(title).FirstOrDefault() is { } named)
        {
            return new LimitSubject(named.Service.Name, null, named.Service.Slug, SubjectSource.Post);
        }

        return postServices.Count == 1 && _taxonomy.Find(postServices[0]) is { } only
            ? new LimitSubject(only.Name, null, only.Slug, SubjectSource.Post)
            : null;
    }

    /// <summary>A passage's leading product: its bold lead, the words before "Name:" in a list item, a table row's first cell; null when that is a label.</summary>
    private string? LeadOf(Passage passage)
    {
        var lead = passage.Lead
            ?? (passage.Kind == PassageKind.TableRow ? passage.Text.Split(" | ")[0]
                : passage.Kind == PassageKind.ListItem && ColonLead().Match(passage.Text) is { Success: true } colon ? colon.Groups["lead"].Value : null);
        if (lead is null)
        {
            return null;
        }

        var name = FeatureFinder.Clean(lead);
        if (passage.Kind == PassageKind.TableRow && passage.Lead is null)
        {
            // A table's first column names what its row is about ("Refresh Token | 90 days"), unless it is a label ("Payload size").
            return name.Length > 0 && !SubjectNames.IsLabel(name) && !FeatureFinder.IsGeneric(name) ? name : null;
        }

        return IsNamed(name) && FirstService(name) is not null ? name : SubjectNames.ProductIn(name);
    }

    /// <summary>The features and services a text names, left to right; a feature wins over a service its name holds; "per VNet" is a scope.</summary>
    private List<Mention> Mentions(string text)
    {
        var found = new List<(int Index, int Length, LimitSubject Subject)>();
        foreach (var feature in _features)
        {
            var at = text.IndexOf(feature.Name, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && IsNamed(feature.Name))
            {
                found.Add((at, feature.Name.Length, new LimitSubject(feature.Name, feature, FirstService(feature.Name) ?? feature.Services.FirstOrDefault(), SubjectSource.Sentence)));
            }
        }

        foreach (var mention in _taxonomy.Matcher.Find(text))
        {
            if (text.AsSpan(0, mention.Index).TrimEnd().EndsWith("per", StringComparison.OrdinalIgnoreCase)
                || found.Any(f => mention.Index >= f.Index && mention.Index < f.Index + f.Length))
            {
                continue;
            }

            found.Add((mention.Index, mention.Length, new LimitSubject(mention.Service.Name, null, mention.Service.Slug, SubjectSource.Sentence)));
        }

        return found.OrderBy(f => f.Index).ThenByDescending(f => f.Length).Select(f => new Mention(f.Index, f.Subject)).ToList();
    }

    private string? NearestService(string sentence, int index)
    {
        var mentions = _taxonomy.Matcher.Find(sentence)
            .Where(m => !sentence.AsSpan(0, m.Index).TrimEnd().EndsWith("per", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return mentions.LastOrDefault(m => m.Index < index)?.Service.Slug ?? mentions.FirstOrDefault()?.Service.Slug;
    }

    /// <summary>A feature's name is a subject when it names a service ("High Scale Private Link") or a marked product; a bold lead such as "Grace Period" is a label.</summary>
    private bool IsNamed(string name) =>
        name.Length > 0 && !SubjectNames.IsLabel(name) && !FeatureFinder.IsGeneric(name) && (FirstService(name) is not null || SubjectNames.IsProduct(name));

    private CatalogFeature? FeatureNamed(string name)
    {
        var key = FeatureFinder.Key(name);
        return _features.FirstOrDefault(f => FeatureFinder.Key(f.Name) == key);
    }

    private string? FirstService(string text) => _servicesIn(text).FirstOrDefault();

    private static bool Contains(string lead, string name) => lead.Contains(name, StringComparison.OrdinalIgnoreCase);

    private sealed record Mention(int Index, LimitSubject Subject);

    [GeneratedRegex(@"[,;(]|\s(?:and|while|but|which)\s|\s[–—-]\s", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ClauseStart();

    /// <summary>"Azure's backbone spans": a product's part named as the clause's subject.</summary>
    [GeneratedRegex(@"^\s*(?<owner>\p{Lu}[\p{L}\p{N}]*(?:\s\p{Lu}[\p{L}\p{N}]*){0,3})['’]s\s+(?<thing>\p{Ll}[\p{L}-]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    /// <summary>"Maia 200: The AI Accelerator ...", "Azure HorizonDB - Deep Dive": the title's lead words.</summary>
    [GeneratedRegex(@"^[^:|–—]+?(?=\s*(?::|\||\s[–—-]\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex TitleHead();

    [GeneratedRegex(@"^(?<lead>[^:.!?]{2,60}):\s", RegexOptions.CultureInvariant)]
    private static partial Regex ColonLead();
}
