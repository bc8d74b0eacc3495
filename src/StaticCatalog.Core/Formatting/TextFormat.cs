namespace StaticCatalog.Formatting;

/// <summary>How text is cut to fit a description, an excerpt or a search result.</summary>
public static class TextFormat
{
    /// <summary>At most <paramref name="maxLength"/> characters: cut at a word boundary, with an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return (cut > maxLength / 2 ? text[..cut] : text[..(maxLength - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
