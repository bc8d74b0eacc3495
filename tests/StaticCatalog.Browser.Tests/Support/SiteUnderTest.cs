namespace StaticCatalog.Browser.Tests.Support;

/// <summary>A built site and the server that serves it.</summary>
public sealed record SiteUnderTest(BuiltSite Site, StaticSiteServer Server)
{
    /// <summary>An absolute URL for a path relative to the site root.</summary>
    public string Url(string relative) => Server.Url(relative);

    /// <summary>The URL of the first page of a kind (<c>post</c>, <c>service</c>, <c>limits</c>, ...).</summary>
    public string UrlOf(string kind) =>
        Site.PageTypes.TryGetValue(kind, out var path)
            ? Server.Url(path)
            : throw new InvalidOperationException($"The site has no page of kind '{kind}'; it has: {string.Join(", ", Site.PageTypes.Keys.Order())}");
}
