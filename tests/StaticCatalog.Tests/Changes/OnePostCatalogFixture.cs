namespace StaticCatalog.Tests.Changes;

/// <summary>A site of one post, built once for a test class, to read its catalog.json back as a previous catalog.</summary>
public sealed class OnePostCatalogFixture : IDisposable
{
    public const string Title = "NAT Gateway V2 is now generally available";

    private readonly TestSite _site = new();

    public OnePostCatalogFixture()
    {
        _site.Seed("2025-12-01-nat.md", TestSite.Post(Title));
        var result = _site.Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
    }

    /// <summary>The built site's folder.</summary>
    public string SiteDirectory => _site.OutputDirectory;

    public string CatalogPath => Path.Combine(_site.OutputDirectory, "catalog.json");

    public byte[] CatalogBytes => File.ReadAllBytes(CatalogPath);

    public void Dispose() => _site.Dispose();
}
