using Deque.AxeCore.Commons;

namespace StaticCatalog.Browser.Tests.Support;

/// <summary>axe's violations as a short readable list (rule, impact, help, the offending nodes' HTML).</summary>
public static class AxeReport
{
    public static string Describe(AxeResult result) =>
        string.Join('\n', result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => "    " + Shorten(n.Html)))));

    private static string Shorten(string html) => html.Length <= 200 ? html : html[..200] + "…";
}
