using CsCheck;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Properties;

/// <summary>
/// Every limit the extractor finds in a parsed post quotes its source sentence as it stands in the post's
/// text (the title or the plain text of one of its blocks), is positive, and round-trips through its unit:
/// on generated posts (and, in <see cref="LimitEvidenceCorpusProperties"/>, on 200 posts of the corpus) read with the real parser.
/// </summary>
[Trait("Category", "Unit")]
public sealed class LimitEvidenceProperties
{
    private const int Cases = 600;

    private static readonly ServiceTaxonomy Taxonomy = ServiceTaxonomyLoader.Load(RepoPaths.Input, new DiagnosticBag());
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();
    private static readonly PostParser Parser = new(Pipeline, Taxonomy);

    private static readonly Gen<string> Block = Gen.Frequency(
        (4, LimitSentences.Sentence.Array[1, 4].Select(s => string.Join(". ", s) + ".")),
        (1, LimitSentences.Sentence.Select(s => "## " + s)),
        (1, LimitSentences.Sentence.Array[1, 3].Select(s => string.Join('\n', s.Select(item => "- " + item)))),
        (1, LimitSentences.Sentence.Select(s => "**NAT Gateway**: " + s)),
        (1, Gen.Select(LimitSentences.Figure, LimitSentences.Figure, (a, b) => $"| Tier | Limit |\n|---|---|\n| {a} | {b} |")));

    [Fact]
    public void Every_limit_of_a_generated_post_quotes_a_sentence_of_the_post() =>
        Gen.Select(LimitSentences.Sentence, Block.Array[1, 6]).Sample((title, blocks) =>
        {
            var text = $"---\ntitle: '{title.Replace("'", "''", StringComparison.Ordinal)}'\ndate: 2025-12-01\ntags: [NAT Gateway]\n---\n{string.Join("\n\n", blocks)}\n";
            AssertEvidenceInText(new SourceFile("seeds/post.md", "post.md", text));
        }, iter: Cases);

    /// <summary>Parses the seed, then checks each extracted limit against the text of the same Markdown; returns how many were checked.</summary>
    internal static int AssertEvidenceInText(SourceFile source)
    {
        var result = Parser.Parse(source);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.Internal);
        if (result.Post is not { } post)
        {
            return 0;
        }

        var document = Markdig.Markdown.Parse(source.Text, Pipeline);
        document.Remove(document.Descendants<YamlFrontMatterBlock>().First());
        var texts = PassageReader.Read(document).Select(p => p.Text).Prepend(post.Title).ToList();
        var extracted = post.Catalog.Limits.Where(l => !l.Curated).ToList();
        foreach (var limit in extracted)
        {
            Assert.True(texts.Any(t => t.Contains(limit.Evidence, StringComparison.Ordinal)), $"'{limit.Evidence}' is not in the text of {source.DisplayPath}");
            UnitNormalizationProperties.AssertRoundTrip(limit.Value, limit.Unit, limit.Normalized, limit.BaseUnit, limit.Evidence);
        }

        return extracted.Count;
    }
}
