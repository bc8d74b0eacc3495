namespace StaticCatalog.Checking;

/// <summary>The <c>Sitemap:</c> lines of <c>robots.txt</c> must lead to a file of the site (SC6001, at the URL).</summary>
public static class RobotsTxtChecker
{
    public const string File = "robots.txt";

    private const string SitemapField = "sitemap:";

    public static void Check(SiteFiles files, LinkChecker links)
    {
        if (!files.Contains(File))
        {
            return;
        }

        var documentPath = links.Resolver.DocumentPath(File);
        var lines = System.IO.File.ReadAllLines(files.FullPath(File));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var field = line.AsSpan().TrimStart();
            if (!field.StartsWith(SitemapField, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var valueStart = line.Length - field.Length + SitemapField.Length;
            var value = line[valueStart..].Split('#', 2)[0];
            var url = value.Trim();
            if (url.Length > 0)
            {
                var column = valueStart + value.IndexOf(url, StringComparison.Ordinal) + 1;
                links.Check(new SourceLocation(File, i + 1, column), url, documentPath);
            }
        }
    }
}
