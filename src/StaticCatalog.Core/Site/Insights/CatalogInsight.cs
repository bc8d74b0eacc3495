namespace StaticCatalog.Site.Insights;

/// <summary>One item of the consistency report.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Subject">The feature or limit it is about.</param>
/// <param name="Message">What is wrong, in a sentence, with its dates.</param>
/// <param name="Date">The day it is about: the conflict's, the preview's start, the passed target, the backward step's, the retirement's.</param>
/// <param name="Services">The services of the feature or limit.</param>
/// <param name="Evidence">The statements it rests on, oldest first.</param>
/// <param name="Entity">The feature entity it is about, or null for a limit.</param>
public sealed record CatalogInsight(
    InsightKind Kind,
    string Subject,
    string Message,
    DateOnly Date,
    IReadOnlyList<string> Services,
    IReadOnlyList<InsightEvidence> Evidence,
    FeatureHistory? Entity);
