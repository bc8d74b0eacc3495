using StaticCatalog.Posts;

namespace StaticCatalog.Pipeline;

/// <summary>What the parse stage hands on: every post of the site, and what changed since the site on disk was written.</summary>
/// <param name="Posts">Every post of the site (parsed this run or kept from an earlier one), by source path.</param>
/// <param name="Found">Seed files found, the ones that could not be read or parsed included.</param>
/// <param name="Changed">Seeds (paths below the seeds folder) whose text changed, or that came or went, since the last good write.</param>
/// <param name="InputsChanged">The configuration, taxonomy or theme was loaded since the last good write: every page is suspect.</param>
public sealed record SourceSet(IReadOnlyList<Post> Posts, int Found, IReadOnlyCollection<string> Changed, bool InputsChanged);
