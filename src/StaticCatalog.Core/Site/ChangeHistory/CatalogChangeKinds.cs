namespace StaticCatalog.Site.ChangeHistory;

/// <summary>What each <see cref="CatalogChangeKind"/> is called: its id (in entry ids and feed categories) and its label, one row a kind.</summary>
public static class CatalogChangeKinds
{
    public static string Id(CatalogChangeKind kind) => Names(kind).Id;

    public static string Label(CatalogChangeKind kind) => Names(kind).Label;

    private static (string Id, string Label) Names(CatalogChangeKind kind) => kind switch
    {
        CatalogChangeKind.NewFeature => ("new-feature", "New feature"),
        CatalogChangeKind.StatusChange => ("status-change", "Status change"),
        CatalogChangeKind.NewLimit => ("new-limit", "New limit"),
        CatalogChangeKind.ChangedLimit => ("changed-limit", "Changed limit"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a change kind without names"),
    };
}
