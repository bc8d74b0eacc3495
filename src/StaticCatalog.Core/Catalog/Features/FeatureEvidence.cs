namespace StaticCatalog.Catalog.Features;

/// <summary>What a feature was found from; decides its confidence (<see cref="FeatureConfidence"/>) and whether a post kind keeps it (<see cref="FeaturePolicy"/>).</summary>
public enum FeatureEvidence
{
    /// <summary>A sentence names it with its status cue: "X is now generally available", "the public preview of X".</summary>
    AnnouncedInSentence,

    /// <summary>The post's title names it and states a status: "X Now in Public Preview".</summary>
    TitleWithCue,

    /// <summary>An announcement's title names its product without a status ("Maia 200: The AI Accelerator Built for Inference"); the opening may give one.</summary>
    TitleProduct,

    /// <summary>The title names its product without a status and a sentence of the post's opening that names it states one ("the GitHub app for Slack now supports ...").</summary>
    TitleProductStatedInBody,

    /// <summary>A bold lead or heading names it and its own passage states a status.</summary>
    LeadWithOwnCue,

    /// <summary>A heading names it and the paragraph right under it states a status.</summary>
    HeadingWithNextCue,

    /// <summary>A bold lead or heading names it; the only status is in its links' URLs.</summary>
    LeadWithLinkCue,

    /// <summary>A package or SDK release: a name and a version ("Azure.AI.Projects 2.0.0", "1.0.0-beta.1").</summary>
    PackageRelease,

    /// <summary>A short item listed under a heading that states a status ("## Initial beta releases", "## Retired").</summary>
    ListedUnderStatusHeading,

    /// <summary>A bold lead under a heading that states a status; the status is the heading's.</summary>
    LeadUnderStatusHeading,

    /// <summary>"the new X" in a passage that states a status.</summary>
    NewInCuedPassage,

    /// <summary>A bold lead or heading that names a service, with no status anywhere near it.</summary>
    LeadNamingService,
}
