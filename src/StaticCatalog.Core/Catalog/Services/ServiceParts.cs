namespace StaticCatalog.Catalog.Services;

/// <summary>
/// A product and its parts (<see cref="Service.PartOf"/>: GitHub Copilot is part of GitHub, Data Factory in
/// Microsoft Fabric of Microsoft Fabric): where a text names both, the part is what it is about, so the whole is left out.
/// </summary>
public static class ServiceParts
{
    /// <summary>The services in their order, without each one another of them is a part of.</summary>
    public static List<Service> WithoutWholes(IEnumerable<Service> services)
    {
        var list = services.ToList();
        var wholes = list.SelectMany(s => s.Wholes).ToHashSet(StringComparer.Ordinal);
        return wholes.Count == 0 ? list : list.Where(s => !wholes.Contains(s.Slug)).ToList();
    }
}
