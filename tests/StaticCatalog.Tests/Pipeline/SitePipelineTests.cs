using StaticCatalog.Configuration;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Tests.Pipeline;

/// <summary>
/// <c>build</c> and <c>serve</c> run one pipeline: the same stages, named alike in <c>--verbose</c>, and the same
/// files byte for byte from the same input.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SitePipelineTests : IDisposable
{
    private static readonly string[] Stages = ["configure", "load", "parse", "assemble", "render", "write"];

    private readonly TestSite _site = new();

    public SitePipelineTests()
    {
        _site.Seed("2025-01-10-firewall.md", TestSite.Post("Firewall gets faster", "2025-01-10 10:00:00 +00:00",
                body: "Azure Firewall Premium now supports up to 100 Gbps of throughput in preview.<!--excerpt_end-->\n\nMore."))
            .Seed("2025-02-11-storage.md", TestSite.Post("Blob storage news", "2025-02-11 10:00:00 +00:00", "- Storage",
                "Azure Blob Storage accounts now hold up to 5 PiB each, generally available today.<!--excerpt_end-->\n\nThe body."));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_build_and_the_first_build_of_serve_write_the_same_files()
    {
        var build = _site.Build();
        var served = _site.Folder.Combine("served");
        var serve = new SiteSession(Options(served)).Build();

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Equal(RebuildKind.Full, serve.Kind);
        Assert.Equal(build.FilesWritten, serve.Written.Count);
        OutputTrees.AssertIdentical(_site.OutputDirectory, served);
    }

    [Fact]
    public void A_build_and_a_serve_rebuild_after_an_edit_write_the_same_files()
    {
        var served = _site.Folder.Combine("served");
        var session = new SiteSession(Options(served));
        Assert.Equal(RebuildKind.Full, session.Build().Kind);
        var edited = _site.Folder.Write(Path.Combine("seeds", "2025-02-11-storage.md"), TestSite.Post("Blob storage news", "2025-02-11 10:00:00 +00:00", "- Storage",
            "Azure Blob Storage accounts now hold up to 5 PiB each, generally available today.<!--excerpt_end-->\n\nThe body.\n\nA paragraph added while serving."));

        var rebuild = session.Rebuild([edited]);
        var build = _site.Build();

        Assert.Equal(RebuildKind.Bodies, rebuild.Kind);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Contains("A paragraph added while serving", _site.Read("posts/2025/02/blob-storage-news/index.html"));
        OutputTrees.AssertIdentical(_site.OutputDirectory, served);
    }

    [Fact]
    public void Build_and_serve_time_the_same_named_stages()
    {
        var build = _site.Build();
        var session = new SiteSession(Options(_site.Folder.Combine("served")));
        var first = session.Build();
        var edited = _site.Folder.Write(Path.Combine("seeds", "2025-01-10-firewall.md"), TestSite.Post("Firewall gets much faster", "2025-01-10 10:00:00 +00:00"));
        var rebuild = session.Rebuild([edited]);
        var unchanged = session.Rebuild([edited]);

        Assert.Equal(Stages, build.Timings.Select(t => t.Stage));
        Assert.Equal(Stages, first.Timings.Select(t => t.Stage));
        Assert.Equal(RebuildKind.Full, rebuild.Kind);
        Assert.Equal(Stages, rebuild.Timings.Select(t => t.Stage));
        Assert.Equal(RebuildKind.Unchanged, unchanged.Kind);
        Assert.Equal(Stages[..3], unchanged.Timings.Select(t => t.Stage));
    }

    private BuildOptions Options(string output) => new()
    {
        SeedsDirectory = _site.SeedsDirectory,
        InputDirectory = _site.InputDirectory,
        ThemeDirectory = _site.ThemeDirectory,
        OutputDirectory = output,
    };
}
