namespace StaticCatalog.Catalog.Kinds;

/// <summary>What the extractor takes from posts of one kind (one line of <see cref="PostKindPolicies"/>).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="YieldsFeatures">False: only features whose status the post states are kept (a tutorial's "Step 2: Deploy" is no feature).</param>
/// <param name="YieldsLimits">False: the post yields no limits (an event's dates, a tutorial's example values).</param>
public sealed record PostKindPolicy(PostKind Kind, bool YieldsFeatures, bool YieldsLimits);
