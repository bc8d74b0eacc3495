using System.Text;
using StaticCatalog.Diagnostics;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Sources;

[Trait("Category", "Unit")]
public sealed class SourceLoaderTests
{
    [Fact]
    public void A_byte_order_mark_is_dropped_and_crlf_becomes_lf()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: x\r\n---\r\nBody\r\n")).ToArray();
        var diagnostics = new DiagnosticBag();

        var file = SourceLoader.Decode(bytes, "seeds/a.md", "a.md", diagnostics);

        Assert.NotNull(file);
        Assert.Equal("---\ntitle: x\n---\nBody\n", file.Text);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_an_error_at_their_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();
        var diagnostics = new DiagnosticBag();

        var file = SourceLoader.Decode(bytes, "seeds/latin1.md", "latin1.md", diagnostics);

        Assert.Null(file);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("seeds/latin1.md(2,11): error SC1002: the file is not valid UTF-8 (save it as UTF-8)", error.ToString());
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { (byte)'\n', (byte)' ', (byte)'\r', (byte)'\n' })]
    public void An_empty_file_is_skipped_with_a_warning(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(SourceLoader.Decode(bytes, "seeds/empty.md", "empty.md", diagnostics));
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.EmptyFile, warning.Code);
    }

    [Fact]
    public void Every_md_file_in_subfolders_is_loaded_in_path_order_and_other_files_are_not()
    {
        using var folder = new TempFolder();
        folder.Write("seeds/b.md", "b");
        folder.Write("seeds/2025/a.md", "a");
        folder.Write("seeds/notes.txt", "not a post");
        folder.Write("seeds/UPPER.MD", "upper");

        var files = SourceLoader.Load(folder.Combine("seeds"), new DiagnosticBag());

        Assert.Equal(["2025/a.md", "UPPER.MD", "b.md"], files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_missing_seeds_folder_is_an_error()
    {
        var diagnostics = new DiagnosticBag();

        SourceLoader.Load("/nonexistent/seeds", diagnostics);

        Assert.Equal(DiagnosticCodes.SeedFolderMissing, Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
