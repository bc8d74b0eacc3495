namespace StaticCatalog.Catalog.Kinds;

/// <summary>What the kind classifier reads of one post: its words by field, and counts of its shape.</summary>
/// <param name="Title">The title.</param>
/// <param name="Feed">The feed name and source folder ("The GitHub Blog news").</param>
/// <param name="Tags">Tags and section names, one per line.</param>
/// <param name="Lead">The first paragraph.</param>
/// <param name="Headings">The headings, one per line.</param>
/// <param name="Body">Paragraphs, list items and table rows, one per line.</param>
/// <param name="StepHeadings">Headings that number a step ("Step 1", "2. Configure ...").</param>
/// <param name="CodeBlocks">Code blocks.</param>
/// <param name="Versions">Distinct version numbers ("1.2.0", "v2.3.1-beta.1").</param>
/// <param name="StatusHeadings">Headings or bold leads that state a release status ("Agent 365 (GA May 1)").</param>
/// <param name="FirstPerson">Words of the first person singular ("I", "I'm", "my", "me").</param>
/// <param name="TitleStatus">Whether the title states a release status.</param>
/// <param name="ProductLeads">List items led by a bold product name that the item goes on to describe ("- **Azure Boost**: Offloads ...").</param>
/// <param name="ProductLeadSections">Sections (headings) holding at least one such item.</param>
public sealed record PostKindSignals(
    string Title,
    string Feed,
    string Tags,
    string Lead,
    string Headings,
    string Body,
    int StepHeadings,
    int CodeBlocks,
    int Versions,
    int StatusHeadings,
    int FirstPerson,
    bool TitleStatus,
    int ProductLeads = 0,
    int ProductLeadSections = 0)
{
    /// <summary>Whether the post's first paragraphs or items (<see cref="PostKindClassifier.OpeningPassages"/>) state a release status.</summary>
    public bool OpeningStatus { get; init; }

    /// <summary>Whether the post comes from a video feed (its feed or folder names videos or YouTube).</summary>
    public bool IsVideo => Feed.Contains("video", StringComparison.OrdinalIgnoreCase) || Feed.Contains("youtube", StringComparison.OrdinalIgnoreCase);

    public string Text(PostKindCueField field) => field switch
    {
        PostKindCueField.Title => Title,
        PostKindCueField.Feed => Feed,
        PostKindCueField.Tags => Tags,
        PostKindCueField.Lead => Lead,
        PostKindCueField.Headings => Headings,
        _ => Body,
    };
}
