using System.Globalization;
using StaticCatalog.Catalog;
using YamlDotNet.RepresentationModel;

namespace StaticCatalog.Evaluation;

/// <summary>
/// Reads a blind labelled set: <c>selection.txt</c> (per line: path, batch, half) and one
/// <c>labels/&lt;path&gt;.yml</c> per post with the labelling guide's fields.
/// </summary>
public static class LabelledSetReader
{
    public const string SelectionFile = "selection.txt";
    public const string LabelsFolder = "labels";

    public static LabelledSet Read(string folder)
    {
        var selection = Path.Combine(folder, SelectionFile);
        if (!File.Exists(selection))
        {
            throw new FileNotFoundException($"{selection}: the labelled set has no selection", selection);
        }

        var posts = new List<LabelledPost>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(selection))
        {
            lineNumber++;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            if (fields.Length != 3 || fields[2] is not (LabelledSet.Dev or LabelledSet.Test))
            {
                throw new InvalidDataException($"{selection}({lineNumber},1): expected 'path batch dev|test'");
            }

            posts.Add(ReadPost(Path.Combine(folder, LabelsFolder, fields[0] + ".yml"), fields[0], fields[2]));
        }

        return new LabelledSet(folder, posts);
    }

    private static LabelledPost ReadPost(string path, string file, string half)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode post)
        {
            throw new InvalidDataException($"{path}(1,1): a label file must be a mapping (file, kind, services, features, limits)");
        }

        return new LabelledPost(
            file,
            half,
            Scalar(post, "kind"),
            Sequence(post, "services").OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(),
            Sequence(post, "features").OfType<YamlMappingNode>().Select(f => Feature(path, f)).ToList(),
            Sequence(post, "limits").OfType<YamlMappingNode>().Select(l => Limit(path, l)).ToList());
    }

    private static LabelledFeature Feature(string path, YamlMappingNode node)
    {
        var status = Scalar(node, "status");
        if (status is not null && !ReleaseStatusNames.TryParse(status, out _))
        {
            throw new InvalidDataException($"{path}({node.Start.Line},{node.Start.Column}): unknown status '{status}'");
        }

        ReleaseStatusNames.TryParse(status ?? "unknown", out var parsed);
        return new LabelledFeature(Scalar(node, "name") ?? string.Empty, Scalar(node, "service"), parsed, Scalar(node, "evidence"));
    }

    private static LabelledLimit Limit(string path, YamlMappingNode node)
    {
        if (!double.TryParse(Scalar(node, "value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new InvalidDataException($"{path}({node.Start.Line},{node.Start.Column}): a limit needs a plain number as 'value'");
        }

        return new LabelledLimit(Scalar(node, "subject"), Scalar(node, "metric"), value, Scalar(node, "unit"), Scalar(node, "qualifier"),
            Scalar(node, "evidence"), string.Equals(Scalar(node, "optional"), "true", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar
            && !(scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null")
            ? scalar.Value
            : null;

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence ? sequence.Children : [];
}
