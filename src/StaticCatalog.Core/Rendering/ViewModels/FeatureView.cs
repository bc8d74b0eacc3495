namespace StaticCatalog.Rendering.ViewModels;

/// <summary>A feature on a page: its status, date, services and a link to the paragraph it came from.</summary>
public sealed record FeatureView
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>planned, preview, ga, retired or unknown (for CSS classes and filters).</summary>
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public required string DateIso { get; init; }
    public required string DateDisplay { get; init; }

    /// <summary>The date as <c>yyyy-MM-dd</c>, for date-range filters.</summary>
    public required string Day { get; init; }
    public required IReadOnlyList<LinkView> Services { get; init; }

    /// <summary>Its services' slugs and their categories' slugs, space-separated, for filters.</summary>
    public string ServiceIds { get; init; } = string.Empty;
    public string CategoryIds { get; init; } = string.Empty;

    /// <summary>The kind of the post it comes from (<c>tutorial</c>), for the status board's kind filter.</summary>
    public string Kind { get; init; } = string.Empty;
    public required string PostTitle { get; init; }

    /// <summary>The post page with the anchor of the source paragraph.</summary>
    public required string SourceUrl { get; init; }
    public required string Evidence { get; init; }
    public required bool Curated { get; init; }

    /// <summary>"curated", "accepted" or "corrected" (<see cref="CurationLabel"/>), for a curated item.</summary>
    public string CuratedLabel { get; init; } = string.Empty;

    /// <summary>Who made the item curated, for the label's title.</summary>
    public string CuratedNote { get; init; } = string.Empty;

    /// <summary>The page of the feature's entity (its whole history) when it is seen in more than one post, else empty.</summary>
    public string EntityUrl { get; init; } = string.Empty;

    /// <summary>Every status the feature had across posts, oldest first; empty when seen in one post only.</summary>
    public IReadOnlyList<FeatureView> History { get; init; } = [];
}
