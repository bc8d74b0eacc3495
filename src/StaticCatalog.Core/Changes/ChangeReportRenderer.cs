using System.Globalization;
using System.Text;
using StaticCatalog.Catalog;

namespace StaticCatalog.Changes;

/// <summary>
/// Writes the Markdown change report that a workflow appends to the job summary: a summary line, then one
/// table per kind of change that has rows. Every text from a catalog is escaped, so a post title cannot
/// break a table or bring in HTML; each table stops at <see cref="MaxRows"/> rows (a job summary may be 1 MiB).
/// </summary>
public static class ChangeReportRenderer
{
    public const int MaxRows = 100;

    private const string Heading = "# Catalog changes\n\n";

    private static readonly string[] PostColumns = ["Date", "Post", "Seed file"];
    private static readonly string[] FeatureColumns = ["Feature", "Service", "Status", "Post"];
    private static readonly string[] LimitColumns = ["Service", "Subject", "Metric", "Value", "Normalized", "Post"];

    /// <summary>The report for <c>--compare-to</c>: the changes, or why there are none to show.</summary>
    public static string Render(PreviousCatalog previous, CatalogSnapshot current) =>
        previous.IsRead ? Render(CatalogComparer.Compare(previous.Catalog, current), previous.Location) : RenderUnreadable(previous);

    /// <param name="changes">What changed.</param>
    /// <param name="comparedWith">The previous catalog's PATH or URL, as given.</param>
    public static string Render(CatalogChanges changes, string comparedWith)
    {
        if (changes.IsEmpty)
        {
            return $"{Heading}No changes to the catalog (compared with {Text(comparedWith)}).\n";
        }

        var report = new StringBuilder(Heading).Append($"Compared with {Text(comparedWith)}: {Summary(changes)}.\n");
        Table(report, "New posts", PostColumns, changes.NewPosts, p => [Day(p.Date), Link(p.Title, p.Url), Text(p.Source)]);
        Table(report, "Removed posts", PostColumns, changes.RemovedPosts, p => [Day(p.Date), Text(p.Title), Text(p.Source)]);
        Table(report, "New services", ["Service", "Category", "Posts"], changes.NewServices,
            s => [Link(s.Name, s.Url), Text(s.Category), s.PostCount.ToString(CultureInfo.InvariantCulture)]);
        Table(report, "New features", FeatureColumns, changes.NewFeatures, f => FeatureRow(f, Status(f), Link(f.PostTitle, f.Url)));
        Table(report, "Status changes", FeatureColumns, changes.StatusChanges,
            c => FeatureRow(c.After, $"{Status(c.Before)} → {Status(c.After)}", Link(c.After.PostTitle, c.After.Url)));
        Table(report, "Removed features", FeatureColumns, changes.RemovedFeatures, f => FeatureRow(f, Status(f), Text(f.PostTitle)));
        Table(report, "New limits", LimitColumns, changes.NewLimits, l => LimitRow(l, Stated(l), Normalized(l), Link(l.PostTitle, l.Url)));
        Table(report, "Changed limits", LimitColumns, changes.ChangedLimits,
            c => LimitRow(c.After, $"{Stated(c.Before)} → {Stated(c.After)}", $"{Normalized(c.Before)} → {Normalized(c.After)}", Link(c.After.PostTitle, c.After.Url)));
        Table(report, "Removed limits", LimitColumns, changes.RemovedLimits, l => LimitRow(l, Stated(l), Normalized(l), Text(l.PostTitle)));
        return report.ToString();
    }

    /// <summary>Says that the previous catalog could not be read and why, and lists nothing.</summary>
    public static string RenderUnreadable(PreviousCatalog previous) =>
        $"{Heading}The previous catalog could not be read from {Text(previous.Location)}: {Text(previous.Failure ?? "unknown reason")}. "
        + "No changes are listed.\n";

    /// <summary>"3 new posts, 1 new service, 2 status changes" (kinds with none left out).</summary>
    public static string Summary(CatalogChanges changes)
    {
        (int Count, string One, string Many)[] kinds =
        [
            (changes.NewPosts.Count, "new post", "new posts"),
            (changes.RemovedPosts.Count, "removed post", "removed posts"),
            (changes.NewServices.Count, "new service", "new services"),
            (changes.NewFeatures.Count, "new feature", "new features"),
            (changes.StatusChanges.Count, "status change", "status changes"),
            (changes.RemovedFeatures.Count, "removed feature", "removed features"),
            (changes.NewLimits.Count, "new limit", "new limits"),
            (changes.ChangedLimits.Count, "changed limit", "changed limits"),
            (changes.RemovedLimits.Count, "removed limit", "removed limits"),
        ];
        var parts = kinds.Where(k => k.Count > 0).Select(k => $"{k.Count.ToString(CultureInfo.InvariantCulture)} {(k.Count == 1 ? k.One : k.Many)}").ToList();
        return parts.Count == 0 ? "no changes" : string.Join(", ", parts);
    }

    private static void Table<T>(StringBuilder report, string title, IReadOnlyList<string> columns, IReadOnlyList<T> items, Func<T, IEnumerable<string>> row)
    {
        if (items.Count == 0)
        {
            return;
        }

        report.Append($"\n## {title} ({items.Count.ToString(CultureInfo.InvariantCulture)})\n\n");
        report.Append("| ").AppendJoin(" | ", columns).Append(" |\n");
        report.Append('|').AppendJoin('|', columns.Select(_ => " --- ")).Append("|\n");
        foreach (var item in items.Take(MaxRows))
        {
            report.Append("| ").AppendJoin(" | ", row(item)).Append(" |\n");
        }

        if (items.Count > MaxRows)
        {
            report.Append($"\n… and {(items.Count - MaxRows).ToString(CultureInfo.InvariantCulture)} more.\n");
        }
    }

    private static string[] FeatureRow(SnapshotFeature feature, string status, string post) =>
        [Text(feature.Name), Text(feature.ServiceNames.Count == 0 ? "—" : string.Join(", ", feature.ServiceNames)), status, post];

    private static string[] LimitRow(SnapshotLimit limit, string value, string normalized, string post) =>
        [Text(limit.ServiceName ?? "—"), Text(limit.Subject), Text(limit.Metric), value, normalized, post];

    private static string Status(SnapshotFeature feature) => ReleaseStatusNames.Label(feature.Status);

    /// <summary>"5 Gbps (up to, per TCP flow)": the figure as the post states it.</summary>
    private static string Stated(SnapshotLimit limit) =>
        Text($"{Number(limit.Value)} {limit.Unit}" + (limit.Qualifier is null ? string.Empty : $" ({limit.Qualifier})"));

    private static string Normalized(SnapshotLimit limit) => Text($"{Number(limit.Normalized)} {limit.BaseUnit}");

    private static string Number(decimal value) => value.ToString("#,0.############################", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A link for an http(s) or site-rooted URL; any other URL (javascript:, none) leaves the text unlinked.</summary>
    private static string Link(string text, string? url)
    {
        var safe = url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                                       || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)));
        if (!safe)
        {
            return Text(text);
        }

        var destination = new StringBuilder(url!.Length);
        foreach (var c in url)
        {
            destination.Append(c is ' ' or '(' or ')' or '<' or '>' or '|' or '\\' or '`' or '"' || char.IsControl(c) ? Uri.EscapeDataString(c.ToString()) : c.ToString());
        }

        return $"[{Text(text)}]({destination})";
    }

    /// <summary>
    /// Text as written, safe in a table cell: line breaks become spaces, and the characters that make
    /// emphasis, code, links, HTML, entities or cell boundaries are backslash-escaped.
    /// </summary>
    private static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                escaped.Append(' ');
                continue;
            }

            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
