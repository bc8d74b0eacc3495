namespace StaticCatalog.Site.ChangeHistory;

/// <summary>
/// One change in the catalog's history as its posts tell it (a feature first seen, a status transition, a limit
/// stated), derived from the assembled catalog alone (<see cref="CatalogChangeFinder"/>): the same seeds give the
/// same changes, with no previous build. Not the build-to-build report of <c>Changes/</c>.
/// </summary>
/// <param name="Kind">What changed.</param>
/// <param name="Id">Stable and unique in the site: the kind's id, '/', the <c>catalog.json</c> id of the feature mention or limit with '/' for '#' (<c>status-change/2025-09-nat-gateway-v2-ga/nat-gateway-v2</c>).</param>
/// <param name="Post">The post that made the change; its date is the change's.</param>
/// <param name="Anchor">The id of the evidence paragraph in the post's page, or null for the post as a whole.</param>
/// <param name="Title">Plain text: "New: Private Link Direct Connect (Preview)", "NAT Gateway V2: Preview → GA".</param>
/// <param name="Summary">Plain text naming the post, with the evidence sentence.</param>
/// <param name="Services">Slugs of the services the feature mention or limit belongs to; the change is in each one's feed.</param>
public sealed record CatalogChange(
    CatalogChangeKind Kind,
    string Id,
    SitePost Post,
    string? Anchor,
    string Title,
    string Summary,
    IReadOnlyList<string> Services)
{
    public DateTimeOffset Date => Post.Post.Date;

    /// <summary>The evidence paragraph: the post's page and '#' its anchor (<c>posts/2025/09/nat-gateway-v2-ga/#p-2</c>), as <c>catalog.json</c>'s urls.</summary>
    public string EvidenceSitePath => Anchor is null ? Post.SitePath : $"{Post.SitePath}#{Anchor}";
}
