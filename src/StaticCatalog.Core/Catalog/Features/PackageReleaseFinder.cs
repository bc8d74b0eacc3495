using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// Reads a package release out of a short name ("Cosmos DB 4.79.0 (Java)", "Provisioning – Batch 1.0.0-beta.1",
/// ".NET 11 Preview 3"): the name up to its version (and a bracketed language after it), the version, and the
/// status the version's shape states. One line per shape, first match wins; pinned by <c>PackageReleaseFinderTests</c>.
/// </summary>
public static class PackageReleaseFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>(version shape, the status it states). A stable version is GA; a pre-1.0 or two-part version states none.</summary>
    public static readonly IReadOnlyList<(string Shape, ReleaseStatus Status)> Shapes =
    [
        (@"\d+(?:\.\d+)+-(?:alpha|beta|preview|pre|rc)[.\w]*", ReleaseStatus.Preview),   // 1.0.0-beta.1, 2.1.0-preview.3
        (@"\d+(?:\.\d+)* (?:preview|beta|alpha|rc)(?: \d+)?", ReleaseStatus.Preview),    // .NET 11 Preview 3, 4.0 Beta 2
        (@"0\.\d+\.\d+", ReleaseStatus.Unknown),                                         // 0.1.0: pre-release numbering, status from the post
        (@"[1-9]\d*\.\d+\.\d+(?:\.\d+)?", ReleaseStatus.Ga),                              // 4.79.0, 1.0.0: a stable release
        (@"\d+\.\d+", ReleaseStatus.Unknown),                                            // VS Code 1.109, 0.81
    ];

    private static readonly (Regex Regex, ReleaseStatus Status)[] Compiled = Shapes
        .Select(shape => (new Regex(@"(?<=\S\s+v?)(?<version>" + shape.Shape + @")(?![\w.-]*\w)(?<language>\s*\([^)]{1,20}\))?", Options), shape.Status))
        .ToArray();

    /// <summary>The release a short name states, or null when it holds no version after a name or is a sentence.</summary>
    public static PackageRelease? Find(string text)
    {
        if (text.Length > 120 || text.Contains(". ", StringComparison.Ordinal) || !text.AsSpan().ContainsAny("0123456789"))
        {
            return null;
        }

        foreach (var (regex, status) in Compiled)
        {
            if (regex.Match(text) is not { Success: true } match)
            {
                continue;
            }

            var name = FeatureFinder.Clean(text[..(match.Index + match.Length)]);
            var before = FeatureFinder.Clean(text[..match.Index]);
            // A package is named in a few words before its version; a longer run is a sentence that mentions one.
            if (name.Length == 0 || before.Length == 0 || GenericNames.IsGroup(before) || GenericNames.IsStep(before) || before.Split(' ').Length > 6)
            {
                return null;
            }

            return new PackageRelease(name, match.Groups["version"].Value, status);
        }

        return null;
    }
}
