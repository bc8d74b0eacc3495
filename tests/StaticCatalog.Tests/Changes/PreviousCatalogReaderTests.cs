using StaticCatalog.Changes;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Changes;

/// <summary>
/// <c>--compare-to</c> takes a file, a built site's folder or the published site's URL. Whatever goes wrong
/// (a first deploy has nothing published, no network, a file that is not a catalog) is a result with a
/// reason and an SC7001 warning, never an exception.
/// </summary>
[Trait("Category", "Program")]
public sealed class PreviousCatalogReaderTests(OnePostCatalogFixture built) : IClassFixture<OnePostCatalogFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_catalog_file_and_a_built_sites_folder_are_read()
    {
        var fromFile = PreviousCatalogReader.Read(built.CatalogPath);
        var fromFolder = PreviousCatalogReader.Read(built.SiteDirectory);

        Assert.True(fromFile.IsRead, fromFile.Failure);
        Assert.Equal(OnePostCatalogFixture.Title, Assert.Single(fromFile.Catalog.Posts).Title);
        Assert.Null(fromFile.ToDiagnostic());
        Assert.True(fromFolder.IsRead, fromFolder.Failure);
        Assert.Equal(fromFile.Catalog.Features.Count, fromFolder.Catalog.Features.Count);
    }

    [Fact]
    public void A_missing_file_is_a_failure_with_an_SC7001_warning_at_the_path_as_given()
    {
        var missing = _folder.Combine("previous", "catalog.json");

        var previous = PreviousCatalogReader.Read(missing);

        Assert.False(previous.IsRead);
        Assert.Null(previous.Catalog);
        Assert.Contains("no such file", previous.Failure);
        var diagnostic = previous.ToDiagnostic();
        Assert.NotNull(diagnostic);
        Assert.Equal((missing, 0, 0, DiagnosticSeverity.Warning, DiagnosticCodes.PreviousCatalogUnreadable),
            (diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Severity, diagnostic.Code));
        Assert.False(diagnostic.IsError);
    }

    [Fact]
    public void A_file_that_is_not_JSON_is_a_failure_whose_warning_points_at_the_bad_line()
    {
        var path = _folder.Write("previous.json", "{\n  \"generator\": \"StaticCatalog\",\n  oops\n}\n");

        var previous = PreviousCatalogReader.Read(path);

        Assert.False(previous.IsRead);
        Assert.Contains("not valid JSON", previous.Failure);
        var diagnostic = previous.ToDiagnostic()!;
        Assert.Equal((3, 3), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith($"{path}(3,3): warning SC7001: ", diagnostic.ToString());
    }

    [Theory]
    [InlineData("[1, 2, 3]", "not a StaticCatalog catalog.json")]
    [InlineData("{\"generator\": \"Hugo\", \"posts\": []}", "not a StaticCatalog catalog.json")]
    [InlineData("{\"generator\": \"StaticCatalog\", \"posts\": []}", "no \"services\"")]
    [InlineData("{\"generator\": \"StaticCatalog\", \"posts\": [{\"id\": \"a\"}], \"services\": [], \"features\": [], \"limits\": []}", "posts[0] has no \"source\"")]
    public void JSON_that_is_not_a_catalog_is_a_failure_that_says_what_is_missing(string json, string reason)
    {
        var path = _folder.Write("previous.json", json);

        var previous = PreviousCatalogReader.Read(path);

        Assert.False(previous.IsRead);
        Assert.Contains(reason, previous.Failure);
        Assert.Equal(DiagnosticCodes.PreviousCatalogUnreadable, previous.ToDiagnostic()?.Code);
    }

    [Fact]
    public void Fields_the_reader_does_not_know_are_ignored()
    {
        var json = System.Text.Encoding.UTF8.GetString(built.CatalogBytes)
            .Replace("\"generator\": \"StaticCatalog\",", "\"generator\": \"StaticCatalog\", \"built_with\": {\"version\": [2, 0]},", StringComparison.Ordinal)
            .Replace("\"status\": \"ga\"", "\"status\": \"sunset\", \"status_note\": null", StringComparison.Ordinal);

        Assert.Contains("\"built_with\"", json);
        Assert.Contains("\"sunset\"", json);

        var previous = PreviousCatalogReader.Read(_folder.Write("newer.json", json));

        Assert.True(previous.IsRead, previous.Failure);
        var feature = Assert.Single(previous.Catalog.Features);
        Assert.Equal(StaticCatalog.Catalog.ReleaseStatus.Unknown, feature.Status);
    }

    [Fact]
    public void The_published_catalog_is_read_from_its_URL_or_from_the_sites_root_URL()
    {
        using var server = new LocalHttpServer(new Dictionary<string, byte[]> { ["/my-repo/catalog.json"] = built.CatalogBytes });

        var fromFile = PreviousCatalogReader.Read(server.BaseUrl + "my-repo/catalog.json");
        var fromRoot = PreviousCatalogReader.Read(server.BaseUrl + "my-repo/");

        Assert.True(fromFile.IsRead, fromFile.Failure);
        Assert.Equal(OnePostCatalogFixture.Title, Assert.Single(fromFile.Catalog.Posts).Title);
        Assert.True(fromRoot.IsRead, fromRoot.Failure);
    }

    [Fact]
    public void A_URL_with_nothing_published_yet_is_a_failure_naming_the_status_code()
    {
        using var server = new LocalHttpServer(new Dictionary<string, byte[]>());
        var url = server.BaseUrl + "my-repo/catalog.json";

        var previous = PreviousCatalogReader.Read(url);

        Assert.False(previous.IsRead);
        Assert.Contains("404", previous.Failure);
        Assert.Equal(url, previous.ToDiagnostic()?.Path);
    }

    [Fact]
    public void A_server_that_is_not_there_is_a_failure_not_an_exception()
    {
        using var server = new LocalHttpServer(new Dictionary<string, byte[]>());
        var url = server.BaseUrl + "catalog.json";
        server.Dispose();

        var previous = PreviousCatalogReader.Read(url);

        Assert.False(previous.IsRead);
        Assert.Contains("request failed", previous.Failure);
    }

    public void Dispose() => _folder.Dispose();
}
