using System.Net;
using System.Text;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Serving;

/// <summary>
/// What <c>serve</c> adds to each HTML page it sends (never to the files on disk, which stay as a build writes
/// them): a script that listens for rebuilds and reloads the tab, and, while the last rebuild failed, its errors.
/// </summary>
public static class LiveReloadScript
{
    /// <summary>Below the site's base path, where the script and the event stream are served.</summary>
    public const string ScriptPath = "/__staticcatalog/live-reload.js";
    public const string EventsPath = "/__staticcatalog/events";

    /// <summary>The element that shows a failed rebuild's errors on the page.</summary>
    public const string ErrorBannerId = "staticcatalog-build-errors";

    /// <summary>The script: any event from the server means the pages (or the errors shown) changed.</summary>
    public static string Script(string basePath) =>
        $$"""
        (function () {
          var events = new EventSource("{{basePath.TrimEnd('/')}}{{EventsPath}}");
          function reload() { events.close(); location.reload(); }
          events.addEventListener("reload", reload);
          events.addEventListener("build-error", reload);
        })();

        """;

    /// <summary><paramref name="html"/> with the script tag and, when <paramref name="errors"/> has any, the error banner, before <c>&lt;/body&gt;</c>.</summary>
    public static string Inject(string html, string basePath, IReadOnlyList<Diagnostic> errors)
    {
        var added = new StringBuilder();
        if (errors.Count > 0)
        {
            added.Append("<div id=\"").Append(ErrorBannerId).Append("\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;z-index:2147483647;")
                .Append("max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#7f1d1d;color:#fff;font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap\">")
                .Append("<strong>The last rebuild failed; this is the last good version of the page.</strong>\n");
            foreach (var error in errors)
            {
                added.Append(WebUtility.HtmlEncode(error.ToString())).Append('\n');
            }

            added.Append("</div>");
        }

        added.Append("<script src=\"").Append(basePath.TrimEnd('/')).Append(ScriptPath).Append("\"></script>");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + added : html.Insert(end, added.ToString());
    }
}
