namespace StaticCatalog.Output;

/// <summary>How <see cref="OutputLock.Take"/> waits for another process that holds the lock.</summary>
/// <param name="NoWait">Give up at once (<c>--no-wait</c>).</param>
/// <param name="Patience">How long to wait before giving up.</param>
/// <param name="Poll">How often to try again.</param>
public sealed record OutputLockWait(bool NoWait, TimeSpan Patience, TimeSpan Poll)
{
    /// <summary>Wait up to ten minutes, trying four times a second.</summary>
    public static OutputLockWait Default { get; } = new(false, TimeSpan.FromMinutes(10), TimeSpan.FromMilliseconds(250));
}
