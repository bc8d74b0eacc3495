using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;

namespace StaticCatalog.Pipeline;

/// <summary>
/// A seed file as <see cref="ChangedSources"/> last read it: its size and time stamp (to notice a change without
/// reading it), its text (to ignore a save that changed nothing), the post parsed from it and what it reported.
/// </summary>
public sealed record TrackedSource(long Length, DateTime Modified, string? Text, Post? Post, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The text of the seed's review file, or null when it has none.</summary>
    public string? ReviewText { get; init; }

    /// <summary>The review file's size and time stamp as last read ("length/ticks"), or null when it had none.</summary>
    public string? ReviewStamp { get; init; }
}
