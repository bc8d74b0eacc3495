using System.Text;
using StaticCatalog.Diagnostics;
using StaticCatalog.Rendering;

namespace StaticCatalog.Tests.Rendering;

/// <summary>
/// Sites whose posts are built to make pages large (long titles of ampersands and CJK, long excerpts, many features,
/// a huge body): every list is paged by bytes as well as by count, so no page passes 150 KB, and nothing is lost.
/// </summary>
[Trait("Category", "Unit")]
public sealed class PageBoundsSiteTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Lists_of_hostile_posts_are_paged_by_bytes_and_keep_every_post_once()
    {
        UsePageSize(500); // the count alone would put all posts on one page
        for (var i = 0; i < 120; i++)
        {
            var title = $"{i:D3} " + Hostile(i, 3_000);
            var excerpt = Hostile(i + 1, 2_000);
            _site.Seed($"p{i:D3}.md", TestSite.Post(title, date: $"2025-{1 + (i % 12):D2}-{1 + (i % 28):D2} 10:00:00 +00:00", body: excerpt + "<!--excerpt_end-->\n\nThe body."));
        }

        var build = _site.Build("/my-repo/");

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        AssertNoPageOver150Kb();
        var archive = Directory.GetFiles(_site.OutputDirectory, "index.html", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(_site.OutputDirectory, f).Replace('\\', '/') is var r && (r == "posts/index.html" || r.StartsWith("posts/page/", StringComparison.Ordinal)))
            .ToList();
        Assert.True(archive.Count > 1, "the archive is split although the count allows one page");
        var listed = archive.SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "<li class=\"post-summary\">").Cast<object>()).Count();
        Assert.Equal(120, listed);
    }

    [Fact]
    public void A_service_with_hundreds_of_long_features_keeps_its_page_and_feature_lists_under_150_KB()
    {
        var features = string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"    - name: '{i:D3} {Hostile(i, 150).Replace("'", "''")}'\n      status: {(i % 2 == 0 ? "preview" : "ga")}\n      services: [private-link]\n"));
        for (var p = 0; p < 3; p++)
        {
            var post = $"---\ntitle: 'Private Link update {p}'\ndate: 2025-11-{10 + p} 10:00:00 +00:00\nservices: [private-link]\ncatalog:\n  features:\n{features}---\nAn excerpt.<!--excerpt_end-->\n\nThe body.\n";
            _site.Seed($"pl{p}.md", post);
        }

        var build = _site.Build("/my-repo/");

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        AssertNoPageOver150Kb();
        var service = File.ReadAllText(Path.Combine(_site.OutputDirectory, "services", "private-link", "index.html"));
        Assert.Contains("/my-repo/services/private-link/preview/", service, StringComparison.Ordinal); // the rest is linked
        Assert.True(Directory.Exists(Path.Combine(_site.OutputDirectory, "services", "private-link", "preview", "page", "2")));
    }

    [Fact]
    public void A_post_whose_body_alone_is_too_large_is_warned_about_by_name()
    {
        var body = string.Concat(Enumerable.Repeat("A paragraph of the post that goes on and on about networking. ", 3_000));
        _site.Seed("huge.md", TestSite.Post("Huge", body: "An excerpt.<!--excerpt_end-->\n\n" + body))
            .Seed("small.md", TestSite.Post("Small"));

        var build = _site.Build();

        var warning = Assert.Single(build.Diagnostics, d => d.Code == DiagnosticCodes.OversizedPage);
        Assert.EndsWith("huge.md", warning.Path, StringComparison.Ordinal);
        Assert.False(warning.IsError);
        Assert.True(build.Succeeded);
    }

    /// <summary>Text that escapes to several times its length: ampersands, quotes, angle brackets, CJK and Latin-1 letters.</summary>
    private static string Hostile(int seed, int length)
    {
        string[] pieces = ["&amp; ", "\"q\" ", "<b> ", "ネットワーク ", "éàü ", "R&D ", "a'b "];
        var text = new StringBuilder();
        for (var i = seed; text.Length < length; i++)
        {
            text.Append(pieces[i % pieces.Length]);
        }

        return text.ToString(0, length).Trim();
    }

    private void UsePageSize(int size)
    {
        var input = _site.Folder.Combine("input");
        FolderCopy.Copy(RepoPaths.Input, input);
        var config = Path.Combine(input, "site.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("page_size: 20", $"page_size: {size}", StringComparison.Ordinal));
        _site.InputDirectory = input;
    }

    private void AssertNoPageOver150Kb()
    {
        var over = Directory.GetFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(_site.OutputDirectory, f), Bytes: new FileInfo(f).Length))
            .Where(p => p.Bytes > PageBounds.MaxPageBytes)
            .Select(p => $"{p.Path}: {p.Bytes:N0}")
            .ToList();
        Assert.True(over.Count == 0, "pages over 150 KB:\n" + string.Join("\n", over));
    }
}
