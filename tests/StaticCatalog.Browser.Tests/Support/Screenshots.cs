using Microsoft.Playwright;
using StaticCatalog.Tests.Support;

namespace StaticCatalog.Browser.Tests.Support;

/// <summary>
/// Full-page screenshots kept as test artifacts in <c>artifacts/screenshots/</c> at the repository root
/// (or STATICCATALOG_ARTIFACTS), one file per page type, scheme and width.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("STATICCATALOG_ARTIFACTS") ?? Path.Combine(RepoPaths.Root, "artifacts"), "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
