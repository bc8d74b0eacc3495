using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Diagnostics;

[Trait("Category", "Unit")]
public sealed class DiagnosticTests
{
    [Fact]
    public void Diagnostics_print_in_the_msbuild_form()
    {
        Assert.Equal("seeds/a.md(3,7): error SC1007: bad date",
            Diagnostic.Error("seeds/a.md", 3, 7, "SC1007", "bad date").ToString());
        Assert.Equal("seeds/a.md(1,1): warning SC2001: dup",
            Diagnostic.Warning("seeds/a.md", 1, 0, "SC2001", "dup").ToString());
        Assert.Equal("seeds: error SC1001: missing",
            Diagnostic.Error("seeds", 0, 0, "SC1001", "missing").ToString());
    }

    [Fact]
    public void Sorted_diagnostics_do_not_depend_on_the_order_they_were_added()
    {
        var a = Diagnostic.Error("b.md", 2, 1, "SC1005", "x");
        var b = Diagnostic.Error("a.md", 9, 1, "SC1005", "y");
        var c = Diagnostic.Warning("a.md", 3, 4, "SC2002", "z");
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        first.AddRange([a, b, c]);
        second.AddRange([c, a, b]);

        Assert.Equal([c, b, a], first.ToSortedList());
        Assert.Equal(first.ToSortedList(), second.ToSortedList());
    }
}
