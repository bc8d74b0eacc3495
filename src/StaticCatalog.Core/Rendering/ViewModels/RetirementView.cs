namespace StaticCatalog.Rendering.ViewModels;

/// <summary>One retired or retiring feature on <c>/retirements/</c>.</summary>
public sealed record RetirementView
{
    public required string Name { get; init; }

    /// <summary>Its feature page when it has one, else the paragraph that states the retirement.</summary>
    public required string Url { get; init; }

    /// <summary>The retirement date (yyyy-MM-dd) and as the post writes it; empty when no post gives one.</summary>
    public required string Day { get; init; }
    public required string DateDisplay { get; init; }
    public required string DateText { get; init; }
    public required IReadOnlyList<LinkView> Services { get; init; }
    public required EvidenceView Evidence { get; init; }
    public required string EvidenceText { get; init; }
}
