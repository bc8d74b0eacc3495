using System.Threading.Channels;

namespace StaticCatalog.Serving;

/// <summary>One open tab's stream of events (<c>reload</c>, <c>build-error</c>); disposing it stops the stream.</summary>
public sealed class LiveReloadSubscription : IDisposable
{
    private readonly Channel<string> _channel;
    private readonly Action _remove;

    internal LiveReloadSubscription(Channel<string> channel, Action remove)
    {
        _channel = channel;
        _remove = remove;
    }

    public ChannelReader<string> Events => _channel.Reader;

    public void Dispose() => _remove();
}
