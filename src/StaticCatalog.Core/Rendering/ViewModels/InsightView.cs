namespace StaticCatalog.Rendering.ViewModels;

/// <summary>One item of the consistency report on <c>/insights/</c>.</summary>
public sealed record InsightView
{
    public required string Subject { get; init; }

    /// <summary>The feature's page when it has one, else its first statement's paragraph.</summary>
    public required string SubjectUrl { get; init; }
    public required string Message { get; init; }
    public required string DateIso { get; init; }
    public required IReadOnlyList<LinkView> Services { get; init; }
    public required IReadOnlyList<EvidenceView> Evidence { get; init; }
}
