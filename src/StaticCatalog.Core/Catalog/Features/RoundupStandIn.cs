using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// Temporary: tells a roundup by its title or opening words ("Weekly ... Roundup", "What's new in X", "newsletter",
/// "this week's ... roundup") until the post-kind classifier passes <see cref="PostKind"/> to the extractor.
/// </summary>
public static partial class RoundupStandIn
{
    public static bool IsRoundup(string title, IReadOnlyList<Passage> passages) =>
        RoundupWords().IsMatch(title)
        || (passages.FirstOrDefault(p => p.Kind == PassageKind.Paragraph) is { } first && RoundupWords().IsMatch(first.Text.Length > 400 ? first.Text[..400] : first.Text));

    [GeneratedRegex(@"\b(?:round-?up|digest|newsletter|what'?s new in|what’s new in|this week in|weekly update|monthly update|recap|highlights|latest updates|the download|azure update)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoundupWords();
}
