using StaticCatalog.Rendering;

namespace StaticCatalog.Tests.Rendering;

/// <summary>Every page kind has one row: one name, a layout the default theme has, and whether it is indexed.</summary>
[Trait("Category", "Unit")]
public sealed class PageKindsTests
{
    [Fact]
    public void Each_kind_has_its_own_name()
    {
        Assert.Equal(PageKinds.All.Count, PageKinds.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_kind_is_drawn_by_a_layout_of_the_default_theme_and_the_renderer_requires_exactly_those()
    {
        Assert.All(PageKinds.All, kind => Assert.True(File.Exists(Path.Combine(RepoPaths.Theme, kind.LayoutPath)), kind.LayoutPath));
        Assert.Equal(
            PageKinds.All.Select(k => k.LayoutPath).Append(PageRenderer.BaseLayout).Order(StringComparer.Ordinal).Distinct(),
            PageRenderer.RequiredLayouts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_not_found_and_search_pages_are_kept_out_of_search_engines()
    {
        Assert.Equal(["not-found", "search"], PageKinds.All.Where(k => !k.Indexed).Select(k => k.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_layout_reads_its_model_under_the_name_its_kind_gives()
    {
        Assert.All(PageKinds.All, kind =>
        {
            var layout = File.ReadAllText(Path.Combine(RepoPaths.Theme, kind.LayoutPath));
            Assert.Contains(kind.ModelName + ".", layout, StringComparison.Ordinal);
        });
    }
}
