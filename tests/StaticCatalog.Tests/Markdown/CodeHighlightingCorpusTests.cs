using System.Text.RegularExpressions;
using StaticCatalog.Markdown.Highlighting;

namespace StaticCatalog.Tests.Markdown;

/// <summary>The highlighter on every fenced block of the corpus's news posts.</summary>
[Trait("Category", "Corpus")]
public sealed class CodeHighlightingCorpusTests
{
    /// <summary>Every fenced block of the corpus with a grammar keeps its text exactly once highlighted.</summary>
    [CorpusFact]
    public void Every_highlighted_block_of_the_corpus_keeps_its_text()
    {
        var highlighted = 0;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*.md"))
        {
            foreach (Match block in CodeHighlightingTests.FencedBlock().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                var code = block.Groups["code"].Value;
                if (CodeHighlighter.Shared.ToHtml(code, block.Groups["lang"].Value) is { } html)
                {
                    highlighted++;
                    Assert.True(code == CodeHighlightingTests.TextOf(html), $"{Path.GetFileName(file)}: a {block.Groups["lang"].Value} block lost or changed text");
                }
            }
        }

        Assert.True(highlighted > 500, $"only {highlighted} blocks highlighted");
    }
}
