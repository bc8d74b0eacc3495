namespace StaticCatalog.Evaluation;

/// <summary>Two features named in different posts, labelled as one feature or two (<c>feature-identity/pairs.yml</c>).</summary>
/// <param name="Id">The pair's number in the file.</param>
/// <param name="Half"><c>dev</c> (tuned on) or <c>test</c> (reported only).</param>
/// <param name="Same">True when both name the same capability, SKU or release of the same product.</param>
public sealed record IdentityPair(int Id, string Half, IdentityPairSide A, IdentityPairSide B, bool Same);
