using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace StaticCatalog.Browser.Tests.Support;

/// <summary>
/// A built site served as GitHub Pages serves a project site: under a base path such as <c>/my-repo/</c>,
/// <c>index.html</c> for folders (with a redirect to the trailing slash), and <c>404.html</c> with status 404
/// for anything missing. Bound to 127.0.0.1 on a port the system picks.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string siteUrl)
    {
        _app = app;
        SiteUrl = siteUrl;
    }

    /// <summary>The site's root, such as <c>http://127.0.0.1:41234/my-repo/</c>.</summary>
    public string SiteUrl { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        app.Map(basePath.TrimEnd('/'), site =>
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            site.Run(async context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
            });
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, address.TrimEnd('/') + basePath);
    }

    /// <summary>An absolute URL for a path relative to the site root (<c>limits/</c>, <c>?q=x</c> allowed).</summary>
    public string Url(string relative) => SiteUrl + relative.TrimStart('/');

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
