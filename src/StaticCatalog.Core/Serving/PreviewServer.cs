using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StaticCatalog.Serving;

/// <summary>
/// The web server of <c>serve</c>: the output folder on 127.0.0.1 under the site's base path, as GitHub Pages
/// serves a project site (<c>index.html</c> for folders, a redirect to the trailing slash, <c>404.html</c> with status
/// 404), every response uncached, and the live-reload script and its event stream added.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The site's root as a browser opens it, such as <c>http://127.0.0.1:5080/my-repo/</c>.</summary>
    public string Url { get; }

    /// <param name="outputDirectory">The built site.</param>
    /// <param name="basePath">The site's base path: <c>/</c> or <c>/my-repo/</c>.</param>
    /// <param name="port">The port on 127.0.0.1; 0 lets the system choose.</param>
    /// <param name="hub">The open tabs, told to reload after each rebuild.</param>
    public static async Task<PreviewServer> StartAsync(string outputDirectory, string basePath, int port, LiveReloadHub hub, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        Directory.CreateDirectory(outputDirectory);
        var files = new PhysicalFileProvider(Path.GetFullPath(outputDirectory));
        var root = basePath.TrimEnd('/');
        if (root.Length > 0)
        {
            // The host's root is not the site's: send a browser that opens it to the site.
            app.MapMethods("/", ["GET", "HEAD"], context =>
            {
                context.Response.Redirect(basePath);
                return Task.CompletedTask;
            });
            app.Map(root, site => Configure(site, files, basePath, hub));
        }
        else
        {
            Configure(app, files, basePath, hub);
        }

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, address.TrimEnd('/') + basePath);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void Configure(IApplicationBuilder site, PhysicalFileProvider files, string basePath, LiveReloadHub hub)
    {
        site.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var path = context.Request.Path.Value ?? string.Empty;
            if (path == LiveReloadScript.EventsPath)
            {
                await StreamEvents(context, hub);
                return;
            }

            if (path == LiveReloadScript.ScriptPath)
            {
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(LiveReloadScript.Script(basePath));
                return;
            }

            if (!path.EndsWith('/') && files.GetDirectoryContents(path).Exists)
            {
                context.Response.Redirect(context.Request.PathBase + path + "/" + context.Request.QueryString);
                return;
            }

            var file = files.GetFileInfo(path.EndsWith('/') ? path + "index.html" : path);
            if (file.Exists && !file.IsDirectory && file.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                await SendHtml(context, file, StatusCodes.Status200OK, basePath, hub);
                return;
            }

            await next(context);
        });
        site.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        site.Run(context => SendHtml(context, files.GetFileInfo("404.html"), StatusCodes.Status404NotFound, basePath, hub));
    }

    private static async Task SendHtml(HttpContext context, IFileInfo file, int status, string basePath, LiveReloadHub hub)
    {
        var html = file.Exists ? await File.ReadAllTextAsync(file.PhysicalPath!, Utf8) : "<!doctype html><title>Not found</title><body><h1>Not found</h1></body>";
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(LiveReloadScript.Inject(html, basePath, hub.Errors), Utf8);
    }

    /// <summary>Server-sent events for one tab, until it goes or the server stops.</summary>
    private static async Task StreamEvents(HttpContext context, LiveReloadHub hub)
    {
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        using var subscription = hub.Subscribe();
        context.Response.ContentType = "text/event-stream";
        try
        {
            await context.Response.WriteAsync("retry: 1000\n\n", stop.Token);
            await context.Response.Body.FlushAsync(stop.Token);
            await foreach (var name in subscription.Events.ReadAllAsync(stop.Token))
            {
                await context.Response.WriteAsync($"event: {name}\ndata: {name}\n\n", stop.Token);
                await context.Response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
    }
}
