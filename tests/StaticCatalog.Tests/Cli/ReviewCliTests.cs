using System.Security.Cryptography;
using System.Text.Json;

namespace StaticCatalog.Tests.Cli;

/// <summary>
/// <c>staticcatalog review</c> as a maintainer uses it on the shipped seed: list the items the extractor is unsure
/// of, accept, correct or reject them, and see the decisions on the next build, with the post itself untouched.
/// Items are taken from the listing, not hard-coded, so the tests hold whatever the extractor finds.
/// </summary>
[Trait("Category", "Program")]
public sealed class ReviewCliTests : IDisposable
{
    private const string PostFile = "seeds/2025-12-01-azure-networking-latest-updates.md";
    private const string ReviewPath = "seeds/2025-12-01-azure-networking-latest-updates.catalog.yml";
    private readonly TempFolder _folder = new();

    public ReviewCliTests()
    {
        _folder.Write(PostFile, File.ReadAllText(Path.Combine(RepoPaths.Seeds, Path.GetFileName(PostFile))));
    }

    public void Dispose() => _folder.Dispose();

    private CliRunner.Run Review(params string[] args) => CliRunner.Start(_folder.Path, ["review", "--input", RepoPaths.Input, .. args]);

    private CliRunner.Run Decide(string command, params string[] args) => CliRunner.Start(_folder.Path, ["review", command, "--input", RepoPaths.Input, .. args]);

    private List<JsonElement> Listed(params string[] extra)
    {
        var run = Review(["--json", .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("posts").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray()).Select(i => i.Clone()).ToList();
    }

    private JsonElement BuildCatalog()
    {
        var build = CliRunner.Build(_folder.Path, "--base-url", "/my-repo/");
        Assert.True(build.ExitCode == 0, build.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(_folder.Combine("_site", "catalog.json")));
        return json.RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Features(JsonElement catalog) => catalog.GetProperty("features").EnumerateArray();

    private string PostHash() => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_folder.Combine(PostFile))));

    [Fact]
    public void The_listing_names_each_unsure_item_with_its_id_confidence_and_evidence_and_says_how_to_decide()
    {
        var items = Listed();
        var text = Review();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.GetProperty("confidence").GetDouble() < 0.7 || i.GetProperty("status_confidence").GetDouble() < 0.7));
        Assert.All(items, i => Assert.Matches("^[fl][0-9]+$", i.GetProperty("id").GetString()));
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("evidence").GetString())));
        Assert.Equal(0, text.ExitCode);
        Assert.Contains($"{PostFile}: \"", text.Out);
        Assert.Contains($"  {items[0].GetProperty("id").GetString()}", text.Out);
        Assert.Contains("staticcatalog review reject POST ITEM", text.Out);
        Assert.True(Listed("--below", "1").Count >= items.Count);
        Assert.Equal(2, Review("--below", "2").ExitCode);
    }

    [Fact]
    public void A_rejected_item_leaves_the_catalog_and_the_listing_and_the_post_keeps_every_byte()
    {
        var before = PostHash();
        var item = Listed().First(i => i.GetProperty("kind").GetString() == "feature");
        var name = item.GetProperty("label").GetString()!;
        var catalogBefore = BuildCatalog();
        Assert.Contains(Features(catalogBefore), f => f.GetProperty("name").GetString() == name);

        var run = Decide("reject", PostFile, item.GetProperty("id").GetString()!);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"\"{name}\": rejected", run.Out);
        Assert.Equal(before, PostHash());
        Assert.Contains("decision: reject", File.ReadAllText(_folder.Combine(ReviewPath)));
        Assert.DoesNotContain(Listed(), i => i.GetProperty("label").GetString() == name);
        var catalog = BuildCatalog();
        Assert.DoesNotContain(Features(catalog), f => f.GetProperty("name").GetString() == name);
        Assert.Equal(Features(catalogBefore).Count() - 1, Features(catalog).Count());
    }

    [Fact]
    public void An_accepted_item_is_shown_as_accepted_on_its_page_and_in_catalog_json_and_the_site_checks_clean()
    {
        var item = Listed().First(i => i.GetProperty("kind").GetString() == "feature");
        var name = item.GetProperty("label").GetString()!;

        Assert.Equal(0, Decide("accept", PostFile, item.GetProperty("id").GetString()!).ExitCode);
        var feature = Features(BuildCatalog()).Single(f => f.GetProperty("name").GetString() == name);

        Assert.Equal("accepted", feature.GetProperty("review").GetString());
        Assert.True(feature.GetProperty("curated").GetBoolean());
        Assert.Equal(1.0, feature.GetProperty("confidence").GetDouble());
        Assert.Contains(">accepted</span>", File.ReadAllText(_folder.Combine("_site", "posts", "2025", "12", "azure-networking-latest-updates", "index.html")));
        var check = CliRunner.Start(_folder.Path, "check", "_site", "--base-url", "/my-repo/");
        Assert.True(check.ExitCode == 0, check.Error + check.Out);
    }

    [Fact]
    public void A_correction_changes_only_the_fields_given_and_survives_an_edit_above_the_item()
    {
        var item = Listed().First(i => i.GetProperty("kind").GetString() == "feature");
        var name = item.GetProperty("label").GetString()!;
        var services = item.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ToList();

        var run = Decide("correct", PostFile, item.GetProperty("id").GetString()!, "--status", "ga", "--name", "Corrected by hand");
        Assert.True(run.ExitCode == 0, run.Error);
        // The post is edited above the item after the decision: positions and paragraph ids change, the decision holds.
        var post = File.ReadAllText(_folder.Combine(PostFile));
        var bodyStart = post.IndexOf("\n---", 4, StringComparison.Ordinal) + 4;
        _folder.Write(PostFile, post[..bodyStart] + "\nA new opening paragraph, written after the review.\n" + post[bodyStart..]);

        var catalog = BuildCatalog();
        var feature = Features(catalog).Single(f => f.GetProperty("name").GetString() == "Corrected by hand");

        Assert.Equal("ga", feature.GetProperty("status").GetString());
        Assert.Equal("corrected", feature.GetProperty("review").GetString());
        Assert.Equal(services, feature.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ToList());
        Assert.DoesNotContain(Features(catalog), f => f.GetProperty("name").GetString() == name);
    }

    [Fact]
    public void A_second_correction_keeps_the_first_ones_fields_and_decisions_made_at_once_are_all_kept()
    {
        var features = Listed("--below", "1").Where(i => i.GetProperty("kind").GetString() == "feature").Select(i => i.GetProperty("id").GetString()!).ToList();

        Assert.Equal(0, Decide("correct", PostFile, features[0], "--name", "First fix").ExitCode);
        Assert.Equal(0, Decide("correct", PostFile, features[0], "--status", "retired").ExitCode);
        var runs = features.Skip(1).Take(4).Select(id => CliRunner.Launch(_folder.Path, "review", "accept", "--input", RepoPaths.Input, PostFile, id)).ToList();
        foreach (var run in runs)
        {
            run.WaitForExit(120_000);
            Assert.Equal(0, run.ExitCode);
            run.Dispose();
        }

        var feature = Features(BuildCatalog()).Single(f => f.GetProperty("name").GetString() == "First fix");
        Assert.Equal("retired", feature.GetProperty("status").GetString());
        Assert.Equal(5, Listed("--all").Count(i => i.GetProperty("decision").ValueKind == JsonValueKind.String));
        Assert.Empty(Directory.GetFiles(_folder.Combine("seeds"), "*.tmp"));
    }

    [Fact]
    public void A_review_file_left_behind_by_a_renamed_post_is_a_warning_at_the_file()
    {
        _folder.Write("seeds/2025-11-01-gone.catalog.yml", "features:\n  - item: \"X\"\n    decision: reject\n");

        var build = CliRunner.Build(_folder.Path);

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("seeds/2025-11-01-gone.catalog.yml(1,1): warning SC1016: this review file has no post '2025-11-01-gone.md' beside it", build.Error);
    }

    [Fact]
    public void A_corrected_limit_value_is_normalized_and_undo_brings_the_extracted_one_back_and_removes_the_empty_file()
    {
        var item = Listed("--below", "1").First(i => i.GetProperty("kind").GetString() == "limit");
        var id = item.GetProperty("id").GetString()!;

        Assert.Equal(0, Decide("correct", PostFile, id, "--value", "7", "--unit", "Gbps").ExitCode);
        var limit = BuildCatalog().GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("review").ValueKind == JsonValueKind.String);
        Assert.Equal((7m, "Gbps", 7_000_000_000m, "bit/s"), (limit.GetProperty("value").GetDecimal(), limit.GetProperty("unit").GetString(),
            limit.GetProperty("normalized").GetProperty("value").GetDecimal(), limit.GetProperty("normalized").GetProperty("unit").GetString()));

        var undo = Decide("undo", PostFile, id);

        Assert.True(undo.ExitCode == 0, undo.Error);
        Assert.False(File.Exists(_folder.Combine(ReviewPath)));
        Assert.DoesNotContain(BuildCatalog().GetProperty("limits").EnumerateArray(), l => l.GetProperty("review").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public void An_unknown_item_post_or_service_is_an_error_that_writes_nothing()
    {
        var feature = Listed("--below", "1").First(i => i.GetProperty("kind").GetString() == "feature").GetProperty("id").GetString()!;

        var noItem = Decide("reject", PostFile, feature, "f999");
        var noPost = Decide("accept", "seeds/nowhere.md", "f1");
        var noService = Decide("correct", PostFile, feature, "--service", "no-such-service");
        var nothingToCorrect = Decide("correct", PostFile, feature);

        Assert.Equal(1, noItem.ExitCode);
        Assert.Contains($"{PostFile}: error SC0002: the post has no item 'f999'", noItem.Error);
        Assert.Equal(1, noPost.ExitCode);
        Assert.Contains("'seeds/nowhere.md' is not a seed post", noPost.Error);
        Assert.Equal(1, noService.ExitCode);
        Assert.Contains("'no-such-service' is not a service slug", noService.Error);
        Assert.Equal(2, nothingToCorrect.ExitCode);
        Assert.False(File.Exists(_folder.Combine(ReviewPath)));
    }

    [Fact]
    public void A_broken_review_file_fails_the_build_at_its_line_and_column_and_the_last_good_site_stays()
    {
        BuildCatalog();
        var before = File.ReadAllText(_folder.Combine("_site", "catalog.json"));
        _folder.Write(ReviewPath, "features:\n  - item: \"Something\"\n    decision: approve\n");

        var build = CliRunner.Build(_folder.Path, "--base-url", "/my-repo/");
        var listing = Review();

        Assert.Equal(1, build.ExitCode);
        Assert.Contains($"{ReviewPath}(3,15): error SC1015: 'approve' is not a decision (accept, correct or reject)", build.Error);
        Assert.Equal(before, File.ReadAllText(_folder.Combine("_site", "catalog.json")));
        Assert.Equal(1, listing.ExitCode);
        Assert.Contains("error SC1015", listing.Error);
    }
}
