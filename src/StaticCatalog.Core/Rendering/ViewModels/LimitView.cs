namespace StaticCatalog.Rendering.ViewModels;

/// <summary>A limit on a page: value as stated, the normalized value to sort by, and where it was said.</summary>
public sealed record LimitView
{
    public required string Id { get; init; }
    public LinkView? Service { get; init; }

    /// <summary>The service's slug and its category's slug, for filters; empty when the limit has no service.</summary>
    public string ServiceId { get; init; } = string.Empty;
    public string CategoryId { get; init; } = string.Empty;
    public string? Feature { get; init; }
    public required string Subject { get; init; }
    public required string Metric { get; init; }

    /// <summary>The value as stated, with thousands separators ("5,000").</summary>
    public required string Value { get; init; }
    public required string Unit { get; init; }

    /// <summary>Value and unit for reading ("100 Gbps"; a count is the number alone: "5,000").</summary>
    public required string ValueDisplay { get; init; }

    /// <summary>The normalized value as a plain invariant number, for sorting ("100000000000").</summary>
    public required string NormalizedValue { get; init; }

    /// <summary>The normalized value for reading ("100,000,000,000 bit/s").</summary>
    public required string NormalizedDisplay { get; init; }
    public required string BaseUnit { get; init; }
    public string? Qualifier { get; init; }
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public required string DateIso { get; init; }
    public required string DateDisplay { get; init; }

    /// <summary>The date as <c>yyyy-MM-dd</c>, for date-range filters.</summary>
    public required string Day { get; init; }
    public required string PostTitle { get; init; }
    public required string SourceUrl { get; init; }
    public required string Evidence { get; init; }
    public required bool Curated { get; init; }

    /// <summary>"curated", "accepted" or "corrected" (<see cref="CurationLabel"/>), for a curated item.</summary>
    public string CuratedLabel { get; init; } = string.Empty;

    /// <summary>Who made the item curated, for the label's title.</summary>
    public string CuratedNote { get; init; } = string.Empty;

    /// <summary>The earlier values of the same limit, oldest first, when they differ from this one; else empty.</summary>
    public IReadOnlyList<LimitStepView> Earlier { get; init; } = [];

    /// <summary>The statement that superseded this one (a later value), or null while it is current.</summary>
    public LimitStepView? SupersededBy { get; init; }
}
