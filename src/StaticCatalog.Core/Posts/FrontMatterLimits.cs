using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticCatalog.Posts;

/// <summary>
/// Checks a front-matter block must pass before it is loaded as a tree: lists and maps nested at most
/// <see cref="MaxDepth"/> deep (YamlDotNet builds the tree recursively, so a deeper block overflows the stack), and
/// aliases (<c>*name</c>) that each name an anchor (<c>&amp;name</c>) ended before them and repeat at most
/// <see cref="MaxAliasValues"/> values in all. A "billion laughs" (aliases of aliases, ten times over) is refused here,
/// from the parser's events, before anything is expanded. A block that is not valid YAML passes: loading it reports
/// the error.
/// </summary>
public static class FrontMatterLimits
{
    public const int MaxDepth = 64;

    public const int MaxAliasValues = 10_000;

    /// <summary>The first place that breaks a limit, with a message, or null when there is none.</summary>
    public static (Mark Start, string Message)? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Size)>();
        long repeated = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        var start = (NodeEvent)parser.Current;
                        if (open.Count >= MaxDepth)
                        {
                            return (start.Start, $"the front matter nests lists and maps more than {MaxDepth} levels deep");
                        }

                        open.Push((AnchorOf(start), 1));
                        break;
                    case SequenceEnd or MappingEnd:
                        var (anchor, size) = open.Pop();
                        Completed(anchor, size);
                        break;
                    case Scalar scalar:
                        Completed(AnchorOf(scalar), 1);
                        break;
                    case AnchorAlias alias:
                        var name = alias.Value.Value;
                        if (open.Any(node => node.Anchor == name))
                        {
                            return (alias.Start, $"the alias '*{name}' is inside the value it names ('&{name}'); an alias may only repeat a value that ends before it");
                        }

                        if (!anchorSizes.TryGetValue(name, out var values))
                        {
                            return (alias.Start, $"invalid YAML: the alias '*{name}' names no anchor ('&{name}') before it; quote the value if the '*' is text");
                        }

                        repeated = Math.Min(repeated + values, MaxAliasValues + 1L);
                        if (repeated > MaxAliasValues)
                        {
                            return (alias.Start, $"the aliases ('*name') of the front matter repeat more than {MaxAliasValues.ToString("N0", CultureInfo.InvariantCulture)} values in all (a \"billion laughs\"); write the values out instead");
                        }

                        Add(values);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // Not valid YAML (YamlDotNet throws the second for a flow list left open, the third for a tag that is no
            // URI): loading the block reports it, at its place.
            return null;
        }

        return null;

        void Completed(string? anchor, long size)
        {
            if (anchor is not null)
            {
                anchorSizes[anchor] = size;
            }

            Add(size);
        }

        void Add(long size)
        {
            if (open.Count > 0)
            {
                var (anchor, total) = open.Pop();
                open.Push((anchor, Math.Min(total + size, MaxAliasValues + 1L)));
            }
        }
    }

    private static string? AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;
}
