namespace StaticCatalog.Catalog.Identity;

/// <summary>
/// What a feature's name can gain or lose from one post to the next without naming another feature: the tables
/// <see cref="FeatureIdentity"/> drops before it compares two names. A word that tells features apart (a version,
/// a SKU, "mini", "public repositories" against "private repositories") is never here, nor is a word that makes a name a
/// group of features ("Preview features in Copilot Code Review" is not Copilot Code Review).
/// </summary>
public static class FeatureIdentityWords
{
    /// <summary>
    /// Status and announcement phrases, dropped as whole runs of words before single words are: "(Public Preview)",
    /// "general availability of", "now rolling out". "Availability" goes only with its preposition, so "availability
    /// zones" stay a feature of their own.
    /// </summary>
    public static readonly IReadOnlyList<string> Phrases =
    [
        "public preview", "private preview", "limited preview", "technical preview", "research preview", "developer preview",
        "public beta", "private beta", "early access", "general availability", "generally available",
        "now available", "support for", "is now", "are now", "is being", "are being",
        "rolling out", "rolled out", "rolls out", "roll out", "coming soon",
        "availability of", "availability for", "availability in", "availability across", "availability to",
    ];

    /// <summary>
    /// Single words always dropped: grammar, and the words a post uses for a stage or an announcement rather than for
    /// the feature ("Claude Sonnet 4 deprecation", "GPT-5 rollout", "Agent Service arrives", "updates to X").
    /// </summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "the", "a", "an", "of", "for", "and", "in", "on", "to", "with", "by", "from", "at", "into", "via", "your", "its", "now", "new",
        "preview", "beta", "ga", "introducing", "announcing", "announced", "launched", "released",
        "support", "supports", "supported",
        "rollout", "available", "arrives", "arrive", "arriving", "update", "updates", "updated",
        "generally", "publicly", "gradually", "officially", "upcoming",
        "deprecation", "deprecated", "deprecating", "retirement", "retiring", "retired",
        "launch", "launches", "launching",
    ];

    /// <summary>
    /// Vendor, platform and assistant names a post may or may not put before a product's feature ("OpenAI GPT-5",
    /// ".NET Aspire 9.4", "Copilot Profiler Agent" in Visual Studio): dropped while another word is left, so "Copilot in
    /// Teams" is not Teams itself and ".NET 9" is not ".NET 10".
    /// </summary>
    public static readonly IReadOnlyList<string> Vendors =
    [
        "microsoft", "azure", "github", "openai", "anthropic", "copilot", "net",
    ];

    /// <summary>
    /// What-kind-of-thing words a post may add to a feature's name or leave out ("the Computer Use tool", "the GPT-5
    /// model", "the OpenAI Codex integration"): dropped, like <see cref="Vendors"/>, while a word that is neither is
    /// left, so a name that is only such words ("Models", "Copilot integration") is not emptied.
    /// </summary>
    public static readonly IReadOnlyList<string> Generic =
    [
        "model", "tool", "integration", "capability", "experience", "functionality",
    ];

    /// <summary>
    /// Clipped words posts use for the whole word ("Threat Intel" is "Threat Intelligence", "repos" are
    /// "repositories"), folded to the whole word after plurals are. Only clippings with one reading are here.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Clippings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["intel"] = "intelligence",
        ["config"] = "configuration",
        ["repo"] = "repository",
        ["info"] = "information",
    };
}
