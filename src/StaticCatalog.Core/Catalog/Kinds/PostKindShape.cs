namespace StaticCatalog.Catalog.Kinds;

/// <summary>One line of <see cref="PostKindShapes"/>: a fact about the post's shape (counts, not words) that speaks for <paramref name="Kind"/>.</summary>
/// <param name="Name">What the rule tests, for people and for <see cref="PostKindClassifier.Explain"/>.</param>
/// <param name="Holds">The test.</param>
/// <param name="Kind">The kind it speaks for.</param>
/// <param name="Weight">How much it counts when it holds.</param>
public sealed record PostKindShape(string Name, Func<PostKindSignals, bool> Holds, PostKind Kind, double Weight);
