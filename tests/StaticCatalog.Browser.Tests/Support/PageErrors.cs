using Microsoft.Playwright;

namespace StaticCatalog.Browser.Tests.Support;

/// <summary>
/// What a reader would see in the browser's console: errors logged by the page (a failed request among them)
/// and uncaught exceptions. Attach before the page loads.
/// </summary>
public sealed class PageErrors
{
    private readonly List<string> _errors = [];

    public PageErrors(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Add("uncaught: " + error);
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    private void Add(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}
