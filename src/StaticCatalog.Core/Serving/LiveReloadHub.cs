using System.Threading.Channels;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Serving;

/// <summary>
/// The open browser tabs of <c>serve</c>, each listening on a server-sent event stream, and the state of the last
/// rebuild: its errors are shown on every page served until a rebuild succeeds.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private IReadOnlyList<Diagnostic> _errors = [];

    /// <summary>The errors of the last rebuild; empty when it succeeded.</summary>
    public IReadOnlyList<Diagnostic> Errors
    {
        get
        {
            lock (_gate)
            {
                return _errors;
            }
        }
    }

    /// <summary>Records the outcome of a rebuild and tells every open tab to reload (to show the new pages, or the errors).</summary>
    public void Publish(IReadOnlyList<Diagnostic> errors)
    {
        lock (_gate)
        {
            _errors = errors;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(errors.Count == 0 ? "reload" : "build-error");
            }
        }
    }

    /// <summary>A stream of event names for one tab; dispose the subscription when the tab goes.</summary>
    public LiveReloadSubscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        return new LiveReloadSubscription(channel, () => Remove(channel));
    }

    private void Remove(Channel<string> channel)
    {
        lock (_gate)
        {
            _listeners.Remove(channel);
        }
    }
}
