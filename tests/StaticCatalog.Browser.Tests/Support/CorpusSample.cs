using StaticCatalog.Tests.Support;

namespace StaticCatalog.Browser.Tests.Support;

/// <summary>
/// A small corpus for browser tests, copied into a temporary folder (the corpus itself is only read): every
/// 20th post in name order, the first posts with a fenced code block and with a video embed, and the seeds.
/// </summary>
public static class CorpusSample
{
    public static string Copy(string folder)
    {
        Directory.CreateDirectory(folder);
        var posts = Directory.GetFiles(RepoPaths.Corpus, "*.md").Order(StringComparer.Ordinal).ToList();
        var chosen = posts.Where((_, index) => index % 20 == 0)
            .Concat(posts.Where(p => File.ReadAllText(p).Contains("```", StringComparison.Ordinal)).Take(3))
            .Concat(posts.Where(p => File.ReadAllText(p).Contains("{% youtube", StringComparison.Ordinal)).Take(1))
            .Concat(Directory.GetFiles(RepoPaths.Seeds, "*.md"))
            .Distinct();
        foreach (var post in chosen)
        {
            File.Copy(post, Path.Combine(folder, Path.GetFileName(post)), overwrite: true);
        }

        return folder;
    }
}
