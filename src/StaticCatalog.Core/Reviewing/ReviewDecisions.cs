using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Review;

namespace StaticCatalog.Reviewing;

/// <summary>
/// Makes a decision on an item of a <see cref="ReviewPost"/> and saves the post's review file: the item as
/// extracted (accept), with the maintainer's fields (correct), or left out (reject). The post itself is never written.
/// </summary>
public static class ReviewDecisions
{
    /// <summary>The decision to keep <paramref name="item"/> as it was extracted.</summary>
    public static ReviewDecision Accept(ReviewItem item) => Keep(item, ReviewDecisionKind.Accept, item.Feature, item.Limit);

    /// <summary>The decision to leave <paramref name="item"/> out.</summary>
    public static ReviewDecision Reject(ReviewItem item) => new(item.Kind, item.Label, ReviewDecisionKind.Reject);

    /// <summary>The decision to show <paramref name="item"/> as <paramref name="feature"/> or <paramref name="limit"/> (the extracted one with the maintainer's fields).</summary>
    public static ReviewDecision Correct(ReviewItem item, CatalogFeature? feature, CatalogLimit? limit) => Keep(item, ReviewDecisionKind.Correct, feature, limit);

    /// <summary>
    /// <paramref name="limit"/> with the fields a maintainer gave (null: as extracted; a qualifier of "-": none). A new
    /// value or unit is normalized again; null when the value is not one the unit can hold.
    /// </summary>
    public static CatalogLimit? Corrected(CatalogLimit limit, string? service, string? subject, string? metric, decimal? value, string? unitText, string? qualifier)
    {
        var unit = CuratedCatalogReader.FindUnit(unitText ?? limit.Unit);
        var number = value ?? limit.Value;
        var normalized = limit.Normalized;
        if (value is not null || unitText is not null)
        {
            if (LimitFinder.Normalize(number, 1m, unit?.Factor ?? 1m) is not { } figure)
            {
                return null;
            }

            normalized = figure.Normalized;
        }

        return limit with
        {
            Service = service ?? limit.Service,
            Subject = subject ?? limit.Subject,
            Metric = metric ?? limit.Metric,
            Value = number,
            Unit = unitText is null ? limit.Unit : unit?.Symbol ?? "count",
            Normalized = normalized,
            BaseUnit = unitText is null ? limit.BaseUnit : unit?.BaseUnit ?? Units.Count,
            Qualifier = qualifier is null ? limit.Qualifier : qualifier == "-" ? null : qualifier,
        };
    }

    private static ReviewDecision Keep(ReviewItem item, ReviewDecisionKind kind, CatalogFeature? feature, CatalogLimit? limit) =>
        new(item.Kind, item.Label, kind, feature is null ? null : feature with { Curated = true }, limit is null ? null : limit with { Curated = true });

    /// <summary>
    /// Holds the review file of the seed at <paramref name="seedPath"/> for one command from reading it to saving it,
    /// so two decisions made at once on one post are both kept: an exclusive lock on a file of the temp folder named
    /// after it (never deleted, so every command locks the same file), waited for up to <paramref name="wait"/>.
    /// </summary>
    /// <returns>The lock, to dispose when saved; null when another command held it all that time.</returns>
    public static FileStream? Lock(string seedPath, TimeSpan wait)
    {
        var name = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(ReviewFile.PathFor(seedPath)))))[..32];
        var path = Path.Combine(Path.GetTempPath(), $"staticcatalog-review-{name}.lock");
        var until = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                Thread.Sleep(50);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="review"/> as the review file of <paramref name="post"/> (deleted when it holds no
    /// decision), through a temporary file so a reader never sees half of it. Before it is written, the text is read
    /// back: a file the build could not read is never saved.
    /// </summary>
    /// <returns>Null when saved; else why not.</returns>
    public static string? Save(ReviewPost post, ReviewFile review, ServiceTaxonomy taxonomy)
    {
        if (review.Decisions.Count == 0)
        {
            File.Delete(post.ReviewPath);
            return null;
        }

        var text = ReviewFileWriter.Write(review, Path.GetFileName(post.SeedPath));
        var problems = new List<string>();
        var back = ReviewFileReader.Read(text, taxonomy, (line, column, message) => problems.Add($"({line},{column}): {message}"));
        if (back is null || back.Decisions.Count != review.Decisions.Count)
        {
            return $"the review file would not read back ({string.Join("; ", problems)}); nothing was written";
        }

        var temporary = $"{post.ReviewPath}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, post.ReviewPath, overwrite: true);
        return null;
    }
}
