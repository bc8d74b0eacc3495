using StaticCatalog.Catalog;
using StaticCatalog.Diagnostics;
using StaticCatalog.Sources;
using StaticCatalog.Urls;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticCatalog.Posts;

/// <summary>
/// Validates the YAML of a front-matter block (handed over by Markdig) and reports problems at their
/// position in the seed file, not in the YAML block.
/// </summary>
public sealed class FrontMatterReader
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "title", "date", "author", "external_url", "feed_name", "primary_section", "slug", "tags", "section_names", "services", "catalog", "kind",
    };

    private readonly SourceFile _source;
    private readonly int _firstYamlLine;
    private readonly List<Diagnostic> _diagnostics;
    private readonly ServiceTaxonomy _taxonomy;
    private string _yaml = string.Empty;

    /// <param name="source">The seed file.</param>
    /// <param name="firstYamlLine">The 1-based file line of the YAML's first line (the one after <c>---</c>).</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="taxonomy">The services a <c>services:</c> list or <c>catalog:</c> block may name.</param>
    public FrontMatterReader(SourceFile source, int firstYamlLine, List<Diagnostic> diagnostics, ServiceTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        _source = source;
        _firstYamlLine = firstYamlLine;
        _diagnostics = diagnostics;
    }

    /// <summary>The front matter, or null when it has an error (already reported).</summary>
    public FrontMatter? Read(string yaml)
    {
        _yaml = yaml;
        if (FindIndentingTab(yaml) is { } tab)
        {
            _diagnostics.Add(Diagnostic.Error(_source.DisplayPath, _firstYamlLine + tab.Line, tab.Column, DiagnosticCodes.InvalidYaml,
                "invalid YAML: a tab indents this line; YAML indents with spaces only"));
            return null;
        }

        if (FrontMatterLimits.Check(yaml) is { } limit)
        {
            Error(limit.Start, DiagnosticCodes.InvalidYaml, limit.Message);
            return null;
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
                Error(node?.Start, DiagnosticCodes.InvalidYaml, "the front matter must be a set of 'key: value' lines");
                return null;
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            Error(ex.Start, DiagnosticCodes.InvalidYaml, DescribeYamlError(ex.Message));
            return null;
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet throws this, with no position, for a tag that is no URI ("!!:]") and for an alias its document
            // model cannot take ("key:: *a<<: *b"); the parser's events still say where it stopped or where the alias is.
            var (mark, isAlias) = FindTrouble(yaml);
            Error(mark, DiagnosticCodes.InvalidYaml, isAlias
                ? "invalid YAML: an alias ('*name') stands where YAML cannot read one; quote the value if '*' is text"
                : $"invalid YAML: {ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal)} (quote the value if '!' or '*' is text)");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, with no position, for a flow list or map left open at the end of the block.
            var (line, column) = FindUnclosedFlow(yaml) ?? (0, 1);
            _diagnostics.Add(Diagnostic.Error(_source.DisplayPath, _firstYamlLine + line, column, DiagnosticCodes.InvalidYaml,
                "invalid YAML: a '[' or '{' list is never closed; quote the value if the bracket is text"));
            return null;
        }

        var errorsBefore = _diagnostics.Count(d => d.IsError);
        string? title = null, author = null, externalUrl = null, feedName = null, primarySection = null, slug = null;
        DateTimeOffset? date = null;
        IReadOnlyList<string> tags = [], sections = [];
        IReadOnlyList<string>? services = null;
        var catalog = CuratedCatalog.Empty;
        PostKind? kind = null;
        var extra = new List<KeyValuePair<string, object?>>();
        YamlNode? titleNode = null;

        foreach (var (keyNode, value) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Error(keyNode.Start, DiagnosticCodes.InvalidYaml, "front-matter keys must be plain text");
                continue;
            }

            switch (key)
            {
                case "title":
                    titleNode = value;
                    title = ReadText(key, value);
                    break;
                case "date":
                    date = ReadDate(value);
                    break;
                case "author":
                    author = ReadText(key, value);
                    break;
                case "external_url":
                    externalUrl = ReadText(key, value);
                    if (!string.IsNullOrWhiteSpace(externalUrl) && !WebUrl.TryParse(externalUrl, out _))
                    {
                        Warning(value.Start, DiagnosticCodes.UnsafeContent,
                            $"external_url '{externalUrl}' is not an http(s) URL; the post links to no original article");
                        externalUrl = null;
                    }

                    break;
                case "feed_name":
                    feedName = ReadText(key, value);
                    break;
                case "primary_section":
                    primarySection = ReadText(key, value);
                    break;
                case "slug":
                    slug = ReadText(key, value);
                    break;
                case "tags":
                    tags = ReadList(key, value);
                    break;
                case "section_names":
                    sections = ReadList(key, value);
                    break;
                case "services":
                    services = ReadServices(value);
                    break;
                case "catalog":
                    catalog = CuratedCatalogReader.Read(value, _taxonomy,
                        (mark, message) => Error(mark, DiagnosticCodes.InvalidCatalogBlock, message),
                        (mark, message) => Error(mark, DiagnosticCodes.UnknownService, message));
                    break;
                case "kind":
                    kind = ReadKind(value);
                    break;
                default:
                    extra.Add(new(key, ToPlainValue(value)));
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(title) && _diagnostics.Count(d => d.IsError) == errorsBefore)
        {
            Error(titleNode?.Start ?? root.Start, DiagnosticCodes.MissingTitle,
                titleNode is null ? "the front matter has no 'title'" : "the 'title' is empty");
        }

        if (_diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        return new FrontMatter
        {
            Title = title!.Trim(),
            Date = date,
            Author = Blank(author),
            ExternalUrl = Blank(externalUrl),
            FeedName = Blank(feedName),
            PrimarySection = Blank(primarySection),
            Slug = Blank(slug),
            Tags = tags,
            SectionNames = sections,
            Services = services,
            Catalog = catalog,
            Kind = kind,
            Extra = extra,
        };
    }

    /// <summary>Where the first alias (<c>*name</c>) of the block starts, else where the parser last read a whole event.</summary>
    private static (Mark? Mark, bool IsAlias) FindTrouble(string yaml)
    {
        Mark? last = null;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                if (parser.Current is YamlDotNet.Core.Events.AnchorAlias alias)
                {
                    return (alias.Start, true);
                }

                last = parser.Current?.End;
            }
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException)
        {
            // Where the parser stopped is as close as YamlDotNet lets us get.
        }

        return (last, false);
    }

    /// <summary>The first value that opens a flow list or map (<c>[</c>, <c>{</c>) its line does not close.</summary>
    private static (int Line, int Column)? FindUnclosedFlow(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
            var value = colon < 0 ? string.Empty : lines[i][(colon + 2)..].TrimStart();
            if (value.Length > 0 && (value[0] == '[' && !value.Contains(']', StringComparison.Ordinal) || value[0] == '{' && !value.Contains('}', StringComparison.Ordinal)))
            {
                return (i, lines[i].Length - value.Length + 1);
            }
        }

        return null;
    }

    /// <summary>YamlDotNet reports a tab at the start of the enclosing mapping; we point at the tab itself.</summary>
    private static (int Line, int Column)? FindIndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var j = 0; j < line.Length && (line[j] == ' ' || line[j] == '\t'); j++)
            {
                if (line[j] == '\t')
                {
                    return (i, j + 1);
                }
            }
        }

        return null;
    }

    /// <summary>A <c>kind:</c> value: one of the post kinds' ids ("tutorial"), else an error naming them.</summary>
    private PostKind? ReadKind(YamlNode node)
    {
        var text = ReadText("kind", node);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (PostKindNames.TryParse(text, out var kind))
        {
            return kind;
        }

        Error(node.Start, DiagnosticCodes.UnknownPostKind,
            $"unknown kind '{text.Trim()}': use one of {string.Join(", ", PostKindNames.All.Select(PostKindNames.Id))}");
        return null;
    }

    private string? ReadText(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        Error(node.Start, DiagnosticCodes.WrongFieldType, $"'{key}' must be text, not a {Describe(node)}");
        return null;
    }

    private DateTimeOffset? ReadDate(YamlNode node)
    {
        if (node is not YamlScalarNode scalar || IsNull(scalar))
        {
            Error(node.Start, DiagnosticCodes.InvalidDate, "'date' must be a date such as 2025-12-01 17:00:00 +00:00");
            return null;
        }

        if (DateParser.TryParse(scalar.Value ?? string.Empty, out var date))
        {
            return date;
        }

        Error(node.Start, DiagnosticCodes.InvalidDate,
            $"'{scalar.Value}' is not a date; write it as 2025-12-01, 2025-12-01 17:00:00 +00:00 or 2025-12-01T17:00:00Z");
        return null;
    }

    private IReadOnlyList<string> ReadList(string key, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlScalarNode scalar:
                var parts = (scalar.Value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                Warning(node.Start, DiagnosticCodes.WrongFieldType,
                    $"'{key}' should be a list ('- item' lines); read it as {parts.Length} item(s) split at commas");
                return Distinct(parts);
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } itemScalar && !IsNull(itemScalar))
                    {
                        items.Add(text.Trim());
                    }
                    else if (item is not YamlScalarNode)
                    {
                        Error(item.Start, DiagnosticCodes.WrongFieldType, $"each item of '{key}' must be text, not a {Describe(item)}");
                    }
                }

                return Distinct(items);
            default:
                Error(node.Start, DiagnosticCodes.WrongFieldType, $"'{key}' must be a list of text, not a {Describe(node)}");
                return [];
        }
    }

    /// <summary>A <c>services:</c> list of slugs; each must be in the taxonomy.</summary>
    private IReadOnlyList<string> ReadServices(YamlNode node)
    {
        var slugs = ReadList("services", node);
        if (node is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children.OfType<YamlScalarNode>())
            {
                if (item.Value is { Length: > 0 } slug && _taxonomy.Find(slug.Trim()) is null)
                {
                    Error(item.Start, DiagnosticCodes.UnknownService, $"'{slug}' is not a service slug of services.yml");
                }
            }
        }

        return slugs;
    }

    private static IReadOnlyList<string> Distinct(IEnumerable<string> items) =>
        items.Where(item => item.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>YAML as plain values for templates: text, lists and maps (in file order).</summary>
    public static object? ToPlainValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => IsNull(scalar) ? null : scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlainValue).ToList(),
        YamlMappingNode mapping => mapping.Children
            .Select(pair => new KeyValuePair<string, object?>((pair.Key as YamlScalarNode)?.Value ?? pair.Key.ToString(), ToPlainValue(pair.Value)))
            .ToList(),
        _ => null,
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "map",
        _ => "value",
    };

    /// <summary>YamlDotNet's message without its own position prefix (we print the file's position).</summary>
    private static string DescribeYamlError(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
        return text.StartsWith("Duplicate key ", StringComparison.Ordinal)
            ? $"invalid YAML: the key '{text["Duplicate key ".Length..]}' appears twice"
            : $"invalid YAML: {text}";
    }

    /// <summary>
    /// The file position of a YamlDotNet mark, from its character index: YamlDotNet also breaks lines at U+0085,
    /// U+2028 and U+2029, which the seed file (and Markdig) keep inside a line, so its own line numbers can run ahead.
    /// </summary>
    private (int Line, int Column) PositionOf(Mark mark)
    {
        var index = (int)Math.Clamp(mark.Index, 0, _yaml.Length);
        var lineStart = index == 0 ? 0 : _yaml.LastIndexOf('\n', index - 1) + 1;
        var line = _yaml.AsSpan(0, lineStart).Count('\n');
        return (_firstYamlLine + line, index - lineStart + 1);
    }

    private void Error(Mark? mark, string code, string message) => Add(mark, code, message, DiagnosticSeverity.Error);

    private void Warning(Mark? mark, string code, string message) => Add(mark, code, message, DiagnosticSeverity.Warning);

    private void Add(Mark? mark, string code, string message, DiagnosticSeverity severity)
    {
        var (line, column) = mark is null ? (_firstYamlLine, 1) : PositionOf(mark.Value);
        _diagnostics.Add(new Diagnostic(_source.DisplayPath, line, column, severity, code, message));
    }
}
