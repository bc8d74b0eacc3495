using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace StaticCatalog.Safety;

/// <summary>
/// How the site's JSON files write strings: letters of every script as they are (readable and small), and the
/// characters HTML gives meaning to (<c>&lt; &gt; &amp; ' "</c>) as <c>\u003C</c> and the like, so that a
/// post's <c>&lt;script&gt;</c> stays inert even when the JSON is pasted into a page.
/// </summary>
public static class JsonEscaping
{
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
