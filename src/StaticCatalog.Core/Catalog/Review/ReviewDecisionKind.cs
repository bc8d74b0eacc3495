namespace StaticCatalog.Catalog.Review;

/// <summary>What a maintainer decided about an extracted catalog item in <c>staticcatalog review</c>.</summary>
public enum ReviewDecisionKind
{
    /// <summary>The item is right as extracted; it is kept as it was seen, whatever a later extraction makes of it.</summary>
    Accept,

    /// <summary>The item is a real feature or limit, with fields the maintainer fixed (name, status, services, value ...).</summary>
    Correct,

    /// <summary>The item is not a feature or limit of this post (a heading, a step, another product's news); it is left out.</summary>
    Reject,
}
