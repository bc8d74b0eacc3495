namespace StaticCatalog.Catalog;

/// <summary>Words in a text that give a release status, and where they start.</summary>
public sealed record StatusCue(ReleaseStatus Status, int Index, string Text);
