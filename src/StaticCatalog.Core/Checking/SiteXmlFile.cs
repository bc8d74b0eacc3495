using System.Xml;
using System.Xml.Linq;

namespace StaticCatalog.Checking;

/// <summary>
/// An XML file of the site (a feed or a sitemap), loaded with line numbers. One that is not well-formed has
/// its <see cref="Error"/> instead of a document, and the name of its root element when the parser got that far.
/// </summary>
public sealed class SiteXmlFile
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    private SiteXmlFile(string file, XDocument? document, XmlException? error, XName? rootName)
    {
        File = file;
        Document = document;
        Error = error;
        RootName = rootName;
    }

    public string File { get; }

    public XDocument? Document { get; }

    public XmlException? Error { get; }

    public XName? RootName { get; }

    public static SiteXmlFile Load(SiteFiles files, string relativeFile)
    {
        var fullPath = files.FullPath(relativeFile);
        try
        {
            using var reader = XmlReader.Create(fullPath, Settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return new SiteXmlFile(relativeFile, document, null, document.Root?.Name);
        }
        catch (XmlException error)
        {
            return new SiteXmlFile(relativeFile, null, error, PeekRootName(fullPath));
        }
    }

    /// <summary>Where a node starts: an element's <c>&lt;</c> (XmlReader counts from its name), an attribute's name.</summary>
    public SourceLocation LocationOf(XObject node)
    {
        var info = (IXmlLineInfo)node;
        if (!info.HasLineInfo())
        {
            return new SourceLocation(File, 0, 0);
        }

        return new SourceLocation(File, info.LineNumber, node is XElement ? Math.Max(info.LinePosition - 1, 1) : info.LinePosition);
    }

    public SourceLocation ErrorLocation => new(File, Error?.LineNumber ?? 0, Error?.LinePosition ?? 0);

    /// <summary>The error's message without the position XmlException repeats at its end.</summary>
    public string ErrorMessage
    {
        get
        {
            var message = Error?.Message ?? string.Empty;
            var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
            return cut > 0 ? message[..cut] : message;
        }
    }

    private static XName? PeekRootName(string fullPath)
    {
        try
        {
            using var reader = XmlReader.Create(fullPath, Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return XName.Get(reader.LocalName, reader.NamespaceURI);
                }
            }
        }
        catch (XmlException)
        {
            // Broken before the root element: no name to give.
        }

        return null;
    }
}
