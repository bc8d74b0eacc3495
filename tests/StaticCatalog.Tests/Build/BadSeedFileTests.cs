using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Build;

/// <summary>
/// Files in the seeds folder that are not posts: empty files are skipped with a warning, binary files are errors at
/// their first bad byte, other extensions are not read; a missing seeds folder fails before anything is written.
/// </summary>
[Trait("Category", "Program")]
public sealed class BadSeedFileTests : IDisposable
{
    private static readonly byte[] PngStart = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    private readonly PreviousSite _site = new();

    [Fact]
    public void A_zero_byte_file_is_skipped_with_a_warning_at_its_start_and_the_build_succeeds()
    {
        _site.WriteBytes("seeds/2025-12-02-empty.md", []);

        var run = _site.Build();

        _site.AssertBuiltWith(run, "posts/2025/12/good-post/index.html");
        var warning = Assert.Single(PreviousSite.Diagnostics(run));
        Assert.StartsWith("seeds/2025-12-02-empty.md(1,1): warning SC1003: the file is empty", warning);
    }

    [Fact]
    public void A_binary_or_non_utf8_file_is_an_error_at_its_first_bad_byte()
    {
        (string What, int Line, int Column)[] files =
            [("png", 1, 1), ("nul in the body", 5, 5), ("nul in the front matter", 2, 9), ("latin-1 in the body", 5, 4), ("a lone continuation byte", 2, 8)];
        for (var i = 0; i < files.Length; i++)
        {
            _site.WriteBytes($"seeds/bad-{i}.md", Bytes(files[i].What));
        }

        _site.AssertFailedWithEach(_site.Build(), [.. files.Select((file, i) => ($"seeds/bad-{i}.md", file.Line, file.Column, DiagnosticCodes.InvalidUtf8))]);
    }

    [Fact]
    public void Files_that_are_not_md_are_not_read_and_not_published()
    {
        _site.WriteBytes("seeds/image.png", [.. PngStart]);
        _site.Write("seeds/notes.txt", "not a post\n");
        _site.Write("seeds/2025-12-02-draft.markdown", TestSite.Post("Draft in another extension"));
        _site.Write("seeds/2025-12-03-backup.md~", TestSite.Post("Editor backup"));
        _site.Write("seeds/sub/2025-12-04-upper.MD", TestSite.Post("Upper case extension"));

        var run = _site.Build();

        _site.AssertBuiltWith(run, "posts/2025/12/upper-case-extension/index.html");
        Assert.Empty(run.Error);
        Assert.Contains("Built _site/: 2 post(s) read", run.Out);
        Assert.Equal(["index.html"], Directory.GetFiles(Path.Combine(_site.Output, "posts", "2025", "12"), "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName).Distinct());
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(_site.Output, "posts", "2025", "12")).Length);
        Assert.False(File.Exists(Path.Combine(_site.Output, "image.png")));
    }

    [Fact]
    public void A_seeds_folder_that_does_not_exist_fails_with_sc1001_and_keeps_the_previous_site()
    {
        var run = _site.Build("--seeds", "no-such-folder");

        Assert.Equal(1, run.ExitCode);
        // A folder has no line: the MSBuild form without a position.
        Assert.Equal("no-such-folder: error SC1001: the seeds folder 'no-such-folder' does not exist", run.Error.Trim());
        Assert.Contains("Build failed, _site/ was left as it was", run.Out);
        _site.AssertPreviousSiteUntouched();
    }

    private static byte[] Bytes(string what) => what switch
    {
        "png" => [.. PngStart, .. new byte[200]],
        "nul in the body" => [.. "---\ntitle: T\ndate: 2025-01-02\n---\nBody\0more\n"u8],
        "nul in the front matter" => [.. "---\ntitle: T\0\ndate: 2025-01-02\n---\nBody\n"u8],
        "latin-1 in the body" => [.. "---\ntitle: T\ndate: 2025-01-02\n---\ncaf"u8, 0xE9, .. " au lait\n"u8],
        "a lone continuation byte" => [.. "---\ntitle: "u8, 0x80, .. "\ndate: 2025-01-02\n---\nBody\n"u8],
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    public void Dispose() => _site.Dispose();
}
