using YamlDotNet.RepresentationModel;

namespace StaticCatalog.Evaluation;

/// <summary>
/// Reads the labelled feature-identity pairs: <c>pairs: [{id, half, a: {file, name, service, evidence}, b: {...}, same}]</c>.
/// A pair without both sides, a half or a yes-or-no <c>same</c> is an error naming its line and column.
/// </summary>
public static class IdentityPairReader
{
    public const string DefaultFile = "tests/StaticCatalog.Tests/Catalog/LabelledSet/feature-identity/pairs.yml";

    public static IReadOnlyList<IdentityPair> Read(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("pairs"), out var list) || list is not YamlSequenceNode pairs)
        {
            throw new InvalidDataException($"{path}(1,1): expected a mapping with a 'pairs' list");
        }

        return pairs.Children.Select(node => Pair(path, node)).ToList();
    }

    private static IdentityPair Pair(string path, YamlNode node)
    {
        string Where(YamlNode at) => $"{path}({at.Start.Line},{at.Start.Column})";
        if (node is not YamlMappingNode pair)
        {
            throw new InvalidDataException($"{Where(node)}: a pair must be a mapping (id, half, a, b, same)");
        }

        var half = Scalar(pair, "half");
        if (half is not (LabelledSet.Dev or LabelledSet.Test))
        {
            throw new InvalidDataException($"{Where(pair)}: 'half' must be dev or test");
        }

        if (Scalar(pair, "same") is not ("true" or "false") || !int.TryParse(Scalar(pair, "id"), out var id))
        {
            throw new InvalidDataException($"{Where(pair)}: a pair needs a number 'id' and 'same: true' or 'same: false'");
        }

        return new IdentityPair(id, half, Side(path, pair, "a"), Side(path, pair, "b"), Scalar(pair, "same") == "true");
    }

    private static IdentityPairSide Side(string path, YamlMappingNode pair, string key)
    {
        if (!pair.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlMappingNode side
            || Scalar(side, "file") is not { } file || Scalar(side, "name") is not { } name || Scalar(side, "service") is not { } service)
        {
            throw new InvalidDataException($"{path}({pair.Start.Line},{pair.Start.Column}): '{key}' needs a file, a name and a service");
        }

        return new IdentityPairSide(file, name, service, Scalar(side, "evidence"));
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;
}
