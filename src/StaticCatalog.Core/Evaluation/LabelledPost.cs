namespace StaticCatalog.Evaluation;

/// <summary>What a careful reader found in one post of the labelled set.</summary>
public sealed record LabelledPost(
    string File,
    IReadOnlyList<string> Services,
    IReadOnlyList<LabelledFeature> Features,
    IReadOnlyList<LabelledLimit> Limits);
