using System.Text;
using CsCheck;
using StaticCatalog.Catalog;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Properties;

/// <summary>
/// The front-matter reader and the post parser never fail on bad input: they return a post or diagnostics,
/// never an internal error (SC0001) or an exception, and every diagnostic points inside the text.
/// </summary>
[Trait("Category", "Unit")]
public sealed class FrontMatterReaderProperties
{
    /// <summary>Cases per property; the five properties of this class run 5 x 1,500 = 7,500 cases.</summary>
    private const int Cases = 1_500;

    private static readonly ServiceTaxonomy Taxonomy = new(["Networking"],
        [new Service("nat-gateway", "NAT Gateway", "Networking", ["Azure NAT Gateway"], ["NAT"], null)]);

    private static readonly PostParser Parser = new(MarkdownPipelineFactory.Create(), Taxonomy);

    [Fact]
    public void The_reader_never_throws_on_yamlish_blocks_and_points_inside_them() =>
        YamlishText.Block.Sample(ReadsCleanly, iter: Cases);

    [Fact]
    public void The_reader_never_throws_on_any_string() =>
        YamlishText.AnyString.Sample(ReadsCleanly, iter: Cases);

    [Fact]
    public void The_parser_never_reports_an_internal_error_on_yamlish_seed_files() =>
        YamlishText.SeedFile.Sample(ParsesCleanly, iter: Cases);

    [Fact]
    public void The_parser_never_reports_an_internal_error_on_any_string() =>
        YamlishText.AnyString.Sample(ParsesCleanly, iter: Cases);

    [Fact]
    public void The_parser_never_reports_an_internal_error_on_any_front_matter_between_fences() =>
        YamlishText.AnyString.Sample(yaml => ParsesCleanly("---\n" + yaml + "\n---\nBody."), iter: Cases);

    /// <summary>The block as a seed file's front matter (its first line is the file's line 2), read directly.</summary>
    private static void ReadsCleanly(string yaml)
    {
        var text = "---\n" + yaml + "\n---\n";
        var source = new SourceFile("seeds/post.md", "post.md", text);
        var diagnostics = new List<Diagnostic>();

        var frontMatter = new FrontMatterReader(source, 2, diagnostics, Taxonomy).Read(yaml);

        Assert.True(frontMatter is not null || diagnostics.Any(d => d.IsError), "no front matter and no error for:\n" + yaml);
        AssertInside(text, diagnostics);
    }

    /// <summary>The text as the bytes of a seed file, decoded by the loader (BOM dropped, CRLF to LF) and parsed.</summary>
    private static void ParsesCleanly(string text)
    {
        var bag = new DiagnosticBag();
        var bytes = Encoding.UTF8.GetBytes(text);
        if (SourceLoader.Decode(bytes, "seeds/post.md", "post.md", bag) is not { } source)
        {
            return; // empty or not valid UTF-8 (a lone surrogate): reported by the loader, never parsed
        }

        var result = Parser.Parse(source);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.Internal);
        Assert.True(result.Post is not null || result.Diagnostics.Any(d => d.IsError), "no post and no error for:\n" + source.Text);
        AssertInside(source.Text, result.Diagnostics);
    }

    private static void AssertInside(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var lines = text.Split('\n');
        foreach (var diagnostic in diagnostics)
        {
            Assert.True(diagnostic.Line >= 1 && diagnostic.Line <= lines.Length + 1, $"line out of the text ({lines.Length} lines): {diagnostic}");
            var lineLength = diagnostic.Line <= lines.Length ? lines[diagnostic.Line - 1].Length : 0;
            Assert.True(diagnostic.Column >= 1 && diagnostic.Column <= lineLength + 1, $"column out of line {diagnostic.Line} ({lineLength} characters): {diagnostic}");
        }
    }
}
