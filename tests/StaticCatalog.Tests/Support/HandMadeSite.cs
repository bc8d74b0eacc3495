using StaticCatalog.Checking;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Support;

/// <summary>
/// A small built site written by hand, valid in every way <c>staticcatalog check</c> looks at, under the
/// GitHub Pages project path <c>https://user.github.io/my-repo/</c> (read from the home page's canonical link).
/// Tests break one thing in it and look for the one diagnostic.
/// </summary>
public sealed class HandMadeSite : IDisposable
{
    public const string BaseUrl = "https://user.github.io/my-repo/";

    /// <summary>The one post page, with ids for its feature and limit paragraphs.</summary>
    public const string PostPage = "posts/2025/12/hello/index.html";

    private readonly TempFolder _folder = new();

    public HandMadeSite()
    {
        foreach (var (path, text) in Files)
        {
            Write(path, text);
        }
    }

    /// <summary>The site folder, as a user would name it to the checker.</summary>
    public string Directory => _folder.Combine("_site");

    public TempFolder Folder => _folder;

    /// <summary>The path diagnostics give for a file of the site.</summary>
    public string PathOf(string relativePath) => Path.Join(Directory, relativePath);

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public void Write(string relativePath, string text) => _folder.Write(Path.Combine("_site", relativePath), text);

    public void Delete(string relativePath) => File.Delete(PathOf(relativePath));

    /// <summary>Replaces the one occurrence of <paramref name="text"/> in a file.</summary>
    public void Replace(string relativePath, string text, string replacement)
    {
        var content = Read(relativePath);
        var first = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(first >= 0 && content.IndexOf(text, first + 1, StringComparison.Ordinal) < 0, $"'{text}' is not in {relativePath} exactly once");
        Write(relativePath, content.Replace(text, replacement, StringComparison.Ordinal));
    }

    /// <summary>The 1-based line and column where <paramref name="text"/> first stands in a file.</summary>
    public (int Line, int Column) Find(string relativePath, string text)
    {
        var lines = Read(relativePath).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        throw new InvalidOperationException($"'{text}' is not in {relativePath}");
    }

    public SiteCheckResult Check() => SiteChecker.Check(Directory);

    /// <summary>Checks the site and asserts that it has exactly one diagnostic, with this code, file and position.</summary>
    public Diagnostic CheckExpectingOne(string code, string relativePath, (int Line, int Column) position)
    {
        var result = Check();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(PathOf(relativePath), diagnostic.Path);
        Assert.Equal(position, (diagnostic.Line, diagnostic.Column));
        return diagnostic;
    }

    public void Dispose() => _folder.Dispose();

    private static readonly (string Path, string Text)[] Files =
    [
        (".nojekyll", ""),
        ("assets/site.css", "body { margin: 0; }\n"),
        ("assets/logo.png", "not really a PNG\n"),
        ("assets/logo@2x.png", "not really a PNG either\n"),
        ("index.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Test site</title>
            <meta name="description" content="The home page.">
            <link rel="canonical" href="https://user.github.io/my-repo/">
            <link rel="alternate" type="application/atom+xml" href="/my-repo/feed.xml">
            <link rel="stylesheet" href="/my-repo/assets/site.css">
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to content</a>
            <main id="main">
            <h1>Test site</h1>
            <ul>
              <li><a href="/my-repo/posts/2025/12/hello/">Hello</a></li>
              <li><a href="posts/2025/12/hello/#limits">The limits of Hello</a></li>
              <li><a href="https://user.github.io/my-repo/posts/">All posts</a></li>
              <li><a href="https://example.com/elsewhere">Elsewhere</a></li>
              <li><a href="https://user.github.io/another-repo/">Another project</a></li>
              <li><a href="mailto:someone@example.com">Mail</a></li>
              <li><a href="#top">Back to the top</a></li>
            </ul>
            <img src="/my-repo/assets/logo.png" srcset="/my-repo/assets/logo.png 1x, assets/logo@2x.png 2x" alt="Logo">
            </main>
            </body>
            </html>

            """),
        ("404.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Not found · Test site</title>
            <meta name="description" content="This page does not exist.">
            <meta name="robots" content="noindex">
            </head>
            <body>
            <main id="main"><h1>Not found</h1><p><a href="/my-repo/">Home</a></p></main>
            </body>
            </html>

            """),
        ("posts/index.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Posts · Test site</title>
            <meta name="description" content="Every post.">
            </head>
            <body>
            <main id="main">
            <h1>Posts</h1>
            <ul class="post-list"><li><a href="2025/12/hello/">Hello</a></li></ul>
            <p><a href="../">Home</a></p>
            </main>
            </body>
            </html>

            """),
        (PostPage, """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Hello · Test site</title>
            <meta name="description" content="A post with a feature and a limit.">
            <link rel="canonical" href="https://user.github.io/my-repo/posts/2025/12/hello/">
            <link rel="stylesheet" href="../../../../assets/site.css">
            </head>
            <body>
            <main id="main">
            <article>
            <h1 id="post-title">Hello</h1>
            <p id="f-feature-one"><strong>Feature one</strong> is now generally available.</p>
            <p id="limits">NAT Gateway offers up to 100 Gbps.</p>
            <p><a name="old-anchor"></a>See <a href="#f-feature-one">feature one</a> and <a href="#old-anchor">here</a>.</p>
            </article>
            <nav>
              <a href="../../../../">Home</a>
              <a href="../../../">Posts</a>
              <a href="./">This post</a>
              <a href="../hello/index.html#limits">Its limits</a>
              <a href="/my-repo/posts?page=1">Posts again</a>
              <a href="/my-repo">Home again</a>
              <a href="../../../../404.html">Lost</a>
            </nav>
            </main>
            </body>
            </html>

            """),
        ("feed.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>https://user.github.io/my-repo/</id>
              <title>Test site</title>
              <updated>2025-12-01T17:00:00Z</updated>
              <link rel="self" href="https://user.github.io/my-repo/feed.xml"/>
              <link href="https://user.github.io/my-repo/"/>
              <entry xml:base="/my-repo/posts/2025/12/">
                <id>https://user.github.io/my-repo/posts/2025/12/hello/</id>
                <title>Hello</title>
                <updated>2025-12-01T17:00:00Z</updated>
                <published>2025-12-01T17:00:00+00:00</published>
                <link rel="alternate" href="hello/"/>
              </entry>
            </feed>

            """),
        ("sitemap.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://user.github.io/my-repo/</loc><lastmod>2025-12-01</lastmod></url>
              <url><loc>https://user.github.io/my-repo/posts/</loc></url>
              <url><loc>https://user.github.io/my-repo/posts/2025/12/hello/</loc><lastmod>2025-12-01T17:00:00+00:00</lastmod></url>
            </urlset>

            """),
        ("robots.txt", """
            User-agent: *
            Allow: /

            Sitemap: https://user.github.io/my-repo/sitemap.xml

            """),
        ("catalog.json", """
            {
              "generator": "StaticCatalog",
              "site": {
                "title": "Test site",
                "url": "https://user.github.io/my-repo/"
              },
              "posts": [
                {
                  "id": "2025-12-hello",
                  "title": "Hello",
                  "date": "2025-12-01T17:00:00+00:00",
                  "url": "https://user.github.io/my-repo/posts/2025/12/hello/",
                  "source": "2025-12-01-hello.md",
                  "services": ["nat-gateway"],
                  "tags": ["Azure"],
                  "features": ["feature-one"],
                  "limits": ["nat-gateway-throughput"]
                }
              ],
              "services": [
                {
                  "id": "nat-gateway",
                  "name": "Azure NAT Gateway",
                  "aliases": [],
                  "category": "Networking",
                  "url": null,
                  "docs": null
                }
              ],
              "features": [
                {
                  "id": "feature-one",
                  "name": "Feature one",
                  "services": ["nat-gateway"],
                  "status": "ga",
                  "date": "2025-12-01T17:00:00+00:00",
                  "post": "2025-12-hello",
                  "url": "https://user.github.io/my-repo/posts/2025/12/hello/#f-feature-one",
                  "evidence": "Feature one is now generally available.",
                  "curated": false,
                  "review": null,
                  "entity": "nat-gateway-one",
                  "target": null
                }
              ],
              "entities": [
                {
                  "id": "nat-gateway-one",
                  "name": "Feature one",
                  "services": ["nat-gateway"],
                  "status": "ga",
                  "url": "https://user.github.io/my-repo/posts/2025/12/hello/index.html",
                  "history": [{ "status": "ga", "date": "2025-12-01T17:00:00+00:00", "post": "2025-12-hello", "feature": "feature-one" }],
                  "plan": null
                }
              ],
              "limits": [
                {
                  "id": "nat-gateway-throughput",
                  "service": "nat-gateway",
                  "feature": null,
                  "subject": "Azure NAT Gateway",
                  "metric": "throughput",
                  "value": 100,
                  "unit": "Gbps",
                  "normalized": { "value": 100000000000, "unit": "bit/s" },
                  "qualifier": "up to",
                  "status": "ga",
                  "post": "2025-12-hello",
                  "url": "https://user.github.io/my-repo/posts/2025/12/hello/#limits",
                  "evidence": "NAT Gateway offers up to 100 Gbps.",
                  "curated": false,
                  "review": null,
                  "superseded_by": null,
                  "entity": null
                }
              ],
              "insights": { "as_of": "2025-12-01", "stale_preview_months": 12, "items": [] }
            }

            """),
    ];
}
