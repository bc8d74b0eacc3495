namespace StaticCatalog.Evaluation;

/// <summary>
/// How the extractor does on a labelled set. Services and limits are compared per post as sets
/// (limits by normalized value and base unit). A labelled feature is found when an extracted
/// feature's name matches it; status accuracy is the share of found features with the labelled status.
/// </summary>
public sealed record EvaluationReport(
    int Posts,
    Score Services,
    Score Limits,
    int FeaturesLabelled,
    int FeaturesFound,
    int StatusesRight,
    IReadOnlyList<string> Mistakes)
{
    /// <summary>Labelled features with a matching extracted feature, over all labelled features.</summary>
    public double FeatureRecall => FeaturesLabelled == 0 ? 1 : (double)FeaturesFound / FeaturesLabelled;

    /// <summary>Found features whose status is the labelled one, over found features.</summary>
    public double StatusAccuracy => FeaturesFound == 0 ? 1 : (double)StatusesRight / FeaturesFound;
}
