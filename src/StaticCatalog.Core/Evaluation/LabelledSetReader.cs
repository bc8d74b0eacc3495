using System.Globalization;
using StaticCatalog.Catalog;
using YamlDotNet.RepresentationModel;

namespace StaticCatalog.Evaluation;

/// <summary>Reads a labelled set (<c>labels.yml</c>: a list of posts with services, features and limits).</summary>
public static class LabelledSetReader
{
    public static IReadOnlyList<LabelledPost> Read(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode posts)
        {
            throw new InvalidDataException($"{path}: the labelled set must be a list of posts");
        }

        return posts.Children.OfType<YamlMappingNode>().Select(post => new LabelledPost(
            Scalar(post, "file") ?? throw new InvalidDataException($"{path}({post.Start.Line},{post.Start.Column}): a post without 'file'"),
            Sequence(post, "services").OfType<YamlScalarNode>().Select(s => s.Value!).ToList(),
            Sequence(post, "features").OfType<YamlMappingNode>().Select(f => new LabelledFeature(
                Scalar(f, "name")!,
                ReleaseStatusNames.TryParse(Scalar(f, "status"), out var status) ? status
                    : throw new InvalidDataException($"{path}({f.Start.Line},{f.Start.Column}): unknown status '{Scalar(f, "status")}'"))).ToList(),
            Sequence(post, "limits").OfType<YamlMappingNode>().Select(l => new LabelledLimit(
                Scalar(l, "text") ?? string.Empty,
                decimal.Parse(Scalar(l, "normalized")!, NumberStyles.Float, CultureInfo.InvariantCulture),
                Scalar(l, "unit")!)).ToList())).ToList();
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence ? sequence.Children : [];
}
