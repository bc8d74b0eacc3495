namespace StaticCatalog.Evaluation;

/// <summary>
/// The figures <c>staticcatalog evaluate</c> reports, in the labelling guide's terms, in the order they are
/// printed. A new figure is one line here (and its goal and floor, if any, one line in <see cref="EvaluationTargets"/>).
/// </summary>
public static class EvaluationFigures
{
    public static readonly EvaluationFigure FeaturePrecision = new("features_precision", "feat P",
        "matched features over every feature the extractor lists for the labelled posts",
        c => (c.FeatureMatches, c.FeaturesFound));

    public static readonly EvaluationFigure FeatureRecall = new("features_recall", "feat R",
        "matched features over labelled features",
        c => (c.FeatureMatches, c.FeaturesLabelled));

    public static readonly EvaluationFigure StatusAccuracy = new("status_accuracy", "st acc",
        "labelled features with a known status matched with that status (a missed feature counts as wrong)",
        c => (c.StatusesRight, c.StatusesLabelled));

    public static readonly EvaluationFigure StatusPrecision = new("status_precision", "st P",
        "matched features whose stated (not unknown) status is the labelled one, over matched features that state a status",
        c => (c.StatusesStatedRight, c.StatusesStated));

    public static readonly EvaluationFigure Attribution = new("attribution", "attr",
        "matched features whose services include the labelled service and number at most three",
        c => (c.AttributionsRight, c.Attributions));

    public static readonly EvaluationFigure LimitPrecision = new("limits_precision", "lim P",
        "matched limits over extracted limits (those matching an optional label left out)",
        c => (c.LimitMatches, c.LimitsFound));

    public static readonly EvaluationFigure LimitRecall = new("limits_recall", "lim R",
        "matched limits over labelled limits that are not optional",
        c => (c.LimitMatches, c.LimitsLabelled));

    public static readonly EvaluationFigure ServicePrecision = new("services_precision", "svc P",
        "labelled services among the post's primary services, over those services",
        c => (c.ServiceMatches, c.ServicesFound));

    public static readonly EvaluationFigure ServiceRecall = new("services_recall", "svc R",
        "labelled services the extractor lists as primary, over labelled services",
        c => (c.ServiceMatches, c.ServicesLabelled));

    public static readonly EvaluationFigure KindAccuracy = new("kind_accuracy", "kind",
        "posts whose kind is the labelled one",
        c => (c.KindsRight, c.PostsScored));

    public static IReadOnlyList<EvaluationFigure> All { get; } =
    [
        FeaturePrecision, FeatureRecall, StatusAccuracy, StatusPrecision, Attribution,
        LimitPrecision, LimitRecall, ServicePrecision, ServiceRecall, KindAccuracy,
    ];
}
