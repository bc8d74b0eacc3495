namespace StaticCatalog.Catalog.Identity;

/// <summary>
/// What a feature's name can gain or lose from one post to the next without naming another feature: the tables
/// <see cref="FeatureIdentity"/> drops before it compares two names. A word that tells features apart (a version,
/// a SKU, "mini", "public repositories" against "private repositories") is never here, nor is a word that makes a name a
/// group of features ("Preview features in Copilot Code Review" is not Copilot Code Review).
/// </summary>
public static class FeatureIdentityWords
{
    /// <summary>Status and announcement phrases, dropped as whole runs of words before single words are: "(Public Preview)", "general availability of".</summary>
    public static readonly IReadOnlyList<string> Phrases =
    [
        "public preview", "private preview", "limited preview", "early access", "general availability", "generally available",
        "now available", "support for", "is now", "are now",
    ];

    /// <summary>Single words always dropped: grammar and status words.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "the", "a", "an", "of", "for", "and", "in", "on", "to", "with", "by", "from", "at", "into", "via", "your", "its", "now", "new",
        "preview", "beta", "ga", "introducing", "announcing", "announced", "launched", "released",
        "support", "supports", "supported",
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
}
