namespace StaticCatalog.Catalog.Services;

/// <summary>
/// Which services a feature (or a limit) belongs to: those its own name names, else those its passage (the paragraph,
/// list item or table row it came from) names, else those its section heading (or a heading above that) names; failing
/// those, the post's primary service when the post has exactly one. Where a text names a product and a part of it
/// (Microsoft Fabric and its Data Factory), the part is the answer. A service named only as a dependency, a comparison
/// or an example ("built on Microsoft Fabric", "compared to Azure Firewall") does not count. Never more than
/// <see cref="MaxServices"/>; a multi-topic post's services are never inherited.
/// </summary>
public static class FeatureAttribution
{
    public const int MaxServices = 3;

    /// <param name="name">The feature's name.</param>
    /// <param name="passage">The passage it came from, or null when it came from the title.</param>
    /// <param name="title">The post's title: the passage of a feature taken from it.</param>
    /// <param name="primary">The post's primary services.</param>
    /// <param name="mentionsIn">Finds the service mentions of a text.</param>
    public static IReadOnlyList<string> Of(string name, Passage? passage, string title, IReadOnlyList<string> primary, Func<string, IReadOnlyList<ServiceMention>> mentionsIn)
    {
        if (Named(name, mentionsIn, dependencyByWordAfter: true) is { Count: > 0 } own)
        {
            return own;
        }

        // A product the name holds only as a dependency ("Azure Key Vault Integration") is not the feature's in its passage either.
        var dependencies = mentionsIn(name).Select(m => m.Service.Slug).ToHashSet(StringComparer.Ordinal);
        if (Named(passage?.Text ?? title, mentionsIn, excluded: dependencies) is { Count: > 0 } inPassage)
        {
            return inPassage;
        }

        // A level-1 heading repeats the title: the post's primary service below stands for it.
        for (var heading = passage?.Section; heading is { Level: > 1 }; heading = heading.Section)
        {
            if (Named(heading.Text, mentionsIn) is { Count: > 0 } inSection)
            {
                return inSection;
            }
        }

        return primary.Count == 1 ? primary : [];
    }

    /// <summary>The one service a limit is stated for, by the same rules: the first of <see cref="Of"/>, or null.</summary>
    public static string? ServiceOf(string subject, Passage? passage, string title, IReadOnlyList<string> primary, Func<string, IReadOnlyList<ServiceMention>> mentionsIn) =>
        Of(subject, passage, title, primary, mentionsIn).FirstOrDefault();

    /// <summary>The services a text names as its subject, first named first, at most <see cref="MaxServices"/>; of a product and its part, the part.</summary>
    /// <param name="dependencyByWordAfter">Whether words after a product make it a dependency ("Azure Key Vault Integration"), for a name.</param>
    /// <param name="excluded">Services that are no owner here (the dependencies a name holds), left out before a part drops its whole:
    /// in "GitHub adds GitHub Copilot integration" for the feature "GitHub Copilot integration", GitHub is the owner.</param>
    private static List<string> Named(string text, Func<string, IReadOnlyList<ServiceMention>> mentionsIn, bool dependencyByWordAfter = false, IReadOnlySet<string>? excluded = null)
    {
        var mentions = mentionsIn(text);
        var named = new List<Service>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var service = mentions[i].Service;
            if (!named.Contains(service) && excluded?.Contains(service.Slug) != true && !(dependencyByWordAfter && Features.RoundupAttribution.IsDependencyByWordAfter(text, mentions[i])) && !ServiceMentionRules.IsAside(new ServiceMentionContext(mentions[i], text, null, false, false, false, 0, ServiceMentionRules.ChainIndex(text, mentions, i))))
            {
                named.Add(service);
            }
        }

        return ServiceParts.WithoutWholes(named).Take(MaxServices).Select(s => s.Slug).ToList();
    }
}
