using StaticCatalog.Diagnostics;
using StaticCatalog.Serving;

namespace StaticCatalog.Tests.Serving;

/// <summary>What <c>serve</c> prints of each rebuild's diagnostics: all the first time, then only what is new, and a count of the rest.</summary>
[Trait("Category", "Unit")]
public sealed class ShownDiagnosticsTests
{
    private static readonly Diagnostic TagA = Diagnostic.Warning("seeds/a.md", 3, 1, DiagnosticCodes.UnknownLiquidTag, "unknown tag '{% x %}'");
    private static readonly Diagnostic TagB = Diagnostic.Warning("seeds/b.md", 4, 1, DiagnosticCodes.UnknownLiquidTag, "unknown tag '{% y %}'");
    private static readonly Diagnostic Fragment = Diagnostic.Warning("seeds/b.md", 9, 2, DiagnosticCodes.BrokenPostFragment, "the link to '#x' names no heading");
    private static readonly Diagnostic Duplicate = Diagnostic.Warning("seeds/c.md", 1, 1, DiagnosticCodes.DuplicateUrl, "/posts/c/ is already the URL of seeds/d.md");
    private static readonly Diagnostic BadDate = Diagnostic.Error("seeds/a.md", 2, 7, DiagnosticCodes.InvalidDate, "bad date");

    [Fact]
    public void The_first_build_shows_every_diagnostic_and_no_summary()
    {
        var shown = new ShownDiagnostics().Next([TagA, TagB], wholeSite: true);

        Assert.Equal([TagA, TagB], shown.Shown);
        Assert.Null(shown.Summary);
    }

    [Fact]
    public void A_rebuild_shows_only_new_warnings_and_counts_the_unchanged_and_the_fixed()
    {
        var serve = new ShownDiagnostics();
        serve.Next([TagA, TagB], wholeSite: true);

        var same = serve.Next([TagA, TagB], wholeSite: true);
        var changed = serve.Next([TagA, Fragment], wholeSite: true);

        Assert.Empty(same.Shown);
        Assert.Equal("2 warnings unchanged", same.Summary);
        Assert.Equal([Fragment], changed.Shown);
        Assert.Equal("1 warning unchanged, 1 fixed", changed.Summary);
    }

    [Fact]
    public void An_error_is_shown_on_every_failed_rebuild_and_counted_as_fixed_when_it_goes()
    {
        var serve = new ShownDiagnostics();
        serve.Next([TagA], wholeSite: true);

        var failed = serve.Next([BadDate, TagA], wholeSite: false);
        var stillFailing = serve.Next([BadDate, TagA], wholeSite: false);
        var good = serve.Next([TagA], wholeSite: true);

        Assert.Equal([BadDate], failed.Shown);
        Assert.Equal([BadDate], stillFailing.Shown);
        Assert.Equal("1 warning unchanged", stillFailing.Summary);
        Assert.Empty(good.Shown);
        Assert.Equal("1 warning unchanged, 1 fixed", good.Summary);
    }

    [Fact]
    public void A_rebuild_of_edited_bodies_keeps_the_whole_site_warnings_it_did_not_look_for()
    {
        var serve = new ShownDiagnostics();
        serve.Next([Duplicate, TagA], wholeSite: true);

        var bodies = serve.Next([TagA], wholeSite: false);
        var whole = serve.Next([Duplicate, TagA], wholeSite: true);

        Assert.Empty(bodies.Shown);
        Assert.Equal("2 warnings unchanged", bodies.Summary);
        Assert.Empty(whole.Shown);
        Assert.Equal("2 warnings unchanged", whole.Summary);
    }
}
