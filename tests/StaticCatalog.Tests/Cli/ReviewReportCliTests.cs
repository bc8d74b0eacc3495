using System.Text.Json;

namespace StaticCatalog.Tests.Cli;

/// <summary>
/// <c>staticcatalog review --site</c>: the consistency report's items point a maintainer at extraction mistakes the
/// extractor is sure of (a GA that was a preview); settling one in review clears the report on the next build.
/// </summary>
[Trait("Category", "Program")]
public sealed class ReviewReportCliTests : IDisposable
{
    private const string GaPost = "seeds/2025-01-10-studio-ga.md";
    private readonly TempFolder _folder = new();

    public ReviewReportCliTests()
    {
        _folder.Write(GaPost, Post("Contoso Widget Studio is now generally available", "2025-01-10", "Contoso Widget Studio is now generally available to every customer."));
        _folder.Write("seeds/2025-03-10-studio-preview.md", Post("Contoso Widget Studio in public preview", "2025-03-10", "Contoso Widget Studio is now in public preview for all subscriptions."));
    }

    public void Dispose() => _folder.Dispose();

    private static string Post(string title, string date, string body) =>
        $"---\ntitle: \"{title}\"\ndate: {date} 10:00:00 +00:00\nauthor: Team\ntags: [Azure]\n---\n{body}<!--excerpt_end-->\n\nMore words.\n";

    private List<JsonElement> Listed(params string[] extra)
    {
        var run = CliRunner.Start(_folder.Path, ["review", "--input", RepoPaths.Input, "--json", .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("posts").EnumerateArray()
            .SelectMany(p => p.GetProperty("items").EnumerateArray().Select(i => (Path: p.GetProperty("path").GetString(), Item: i)))
            .Select(x => JsonDocument.Parse(JsonSerializer.Serialize(new { path = x.Path, item = x.Item })).RootElement.Clone())
            .ToList();
    }

    private JsonElement Build()
    {
        var build = CliRunner.Build(_folder.Path);
        Assert.True(build.ExitCode == 0, build.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(_folder.Combine("_site", "catalog.json")));
        return json.RootElement.Clone();
    }

    [Fact]
    public void Items_the_report_points_at_are_listed_whatever_their_confidence_and_a_correction_clears_the_report()
    {
        var catalog = Build();
        Assert.Equal(["went-backwards"], catalog.GetProperty("insights").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
        Assert.Empty(Listed());

        var flagged = Listed("--site", "_site");

        Assert.Equal(2, flagged.Count);
        Assert.All(flagged, f => Assert.Equal("went-backwards", f.GetProperty("item").GetProperty("report")[0].GetProperty("kind").GetString()));
        var ga = flagged.Single(f => f.GetProperty("path").GetString() == GaPost).GetProperty("item");
        Assert.Equal("ga", ga.GetProperty("status").GetString());

        var correct = CliRunner.Start(_folder.Path, "review", "correct", "--input", RepoPaths.Input, GaPost, ga.GetProperty("id").GetString()!, "--status", "preview");
        Assert.True(correct.ExitCode == 0, correct.Error);

        Assert.Empty(Build().GetProperty("insights").GetProperty("items").EnumerateArray());
        Assert.Empty(Listed("--site", "_site"));
        var missing = CliRunner.Start(_folder.Path, "review", "--input", RepoPaths.Input, "--site", "nowhere");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("build the site first", missing.Error);
    }
}
