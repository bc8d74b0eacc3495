namespace StaticCatalog.Evaluation;

/// <summary>
/// The counts behind every figure of an evaluation, for one post or summed over a group of posts. Each figure
/// (<see cref="EvaluationFigures"/>) is a ratio of two of them.
/// </summary>
public sealed record EvaluationCounts
{
    public static EvaluationCounts Zero { get; } = new();

    /// <summary>Labelled posts in the group.</summary>
    public int Posts { get; init; }

    /// <summary>Labelled posts not found in the corpus or that do not parse; nothing else is counted for them.</summary>
    public int MissingPosts { get; init; }

    /// <summary>Features the extractor lists for the posts (unknown status included).</summary>
    public int FeaturesFound { get; init; }

    public int FeaturesLabelled { get; init; }

    /// <summary>Labelled features matched one-to-one with an extracted feature.</summary>
    public int FeatureMatches { get; init; }

    /// <summary>Labelled features with a known status.</summary>
    public int StatusesLabelled { get; init; }

    /// <summary>Labelled features with a known status matched by an extracted feature with that status.</summary>
    public int StatusesRight { get; init; }

    /// <summary>Matched extracted features that state a status (not unknown).</summary>
    public int StatusesStated { get; init; }

    /// <summary>Matched extracted features whose stated status is the labelled one.</summary>
    public int StatusesStatedRight { get; init; }

    /// <summary>Matched features (the attribution's denominator).</summary>
    public int Attributions { get; init; }

    /// <summary>Matched features whose services include the labelled service and number at most three.</summary>
    public int AttributionsRight { get; init; }

    /// <summary>Limits the extractor lists, less those that match an optional label.</summary>
    public int LimitsFound { get; init; }

    /// <summary>Labelled limits that are not optional.</summary>
    public int LimitsLabelled { get; init; }

    /// <summary>Non-optional labelled limits matched one-to-one with an extracted limit.</summary>
    public int LimitMatches { get; init; }

    /// <summary>The post's primary services the extractor lists.</summary>
    public int ServicesFound { get; init; }

    /// <summary>Labelled services, as distinct slugs (a name the taxonomy does not know counts, and is never found).</summary>
    public int ServicesLabelled { get; init; }

    public int ServiceMatches { get; init; }

    /// <summary>Posts whose kind is the labelled one.</summary>
    public int KindsRight { get; init; }

    /// <summary>Posts that were scored (the kind accuracy's denominator).</summary>
    public int PostsScored => Posts - MissingPosts;

    public static EvaluationCounts operator +(EvaluationCounts a, EvaluationCounts b) => new()
    {
        Posts = a.Posts + b.Posts,
        MissingPosts = a.MissingPosts + b.MissingPosts,
        FeaturesFound = a.FeaturesFound + b.FeaturesFound,
        FeaturesLabelled = a.FeaturesLabelled + b.FeaturesLabelled,
        FeatureMatches = a.FeatureMatches + b.FeatureMatches,
        StatusesLabelled = a.StatusesLabelled + b.StatusesLabelled,
        StatusesRight = a.StatusesRight + b.StatusesRight,
        StatusesStated = a.StatusesStated + b.StatusesStated,
        StatusesStatedRight = a.StatusesStatedRight + b.StatusesStatedRight,
        Attributions = a.Attributions + b.Attributions,
        AttributionsRight = a.AttributionsRight + b.AttributionsRight,
        LimitsFound = a.LimitsFound + b.LimitsFound,
        LimitsLabelled = a.LimitsLabelled + b.LimitsLabelled,
        LimitMatches = a.LimitMatches + b.LimitMatches,
        ServicesFound = a.ServicesFound + b.ServicesFound,
        ServicesLabelled = a.ServicesLabelled + b.ServicesLabelled,
        ServiceMatches = a.ServiceMatches + b.ServiceMatches,
        KindsRight = a.KindsRight + b.KindsRight,
    };
}
