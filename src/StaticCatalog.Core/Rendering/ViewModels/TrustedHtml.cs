namespace StaticCatalog.Rendering.ViewModels;

/// <summary>
/// A view-model value that is already HTML and is written into a page as it is: the sanitized post body and
/// excerpt, a layout's rendered content, a partial's output. Every other value a template writes is text and is
/// escaped (<see cref="HtmlTemplateContext"/>). Only C# code makes one; a template cannot turn text into it.
/// </summary>
public sealed class TrustedHtml
{
    public TrustedHtml(string html)
    {
        Html = html;
    }

    public static TrustedHtml Empty { get; } = new(string.Empty);

    /// <summary>The HTML as written into the page.</summary>
    public string Html { get; }

    /// <summary>The HTML, so that <c>string.size</c> and the like read it; their result is text again, and escaped.</summary>
    public override string ToString() => Html;
}
