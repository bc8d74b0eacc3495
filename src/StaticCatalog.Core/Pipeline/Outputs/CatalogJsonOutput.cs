using StaticCatalog.Output;
using StaticCatalog.Rendering;
using StaticCatalog.Urls;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary><c>catalog.json</c> and the schema that documents it, <c>catalog.schema.json</c>.</summary>
public sealed class CatalogJsonOutput : ISiteOutput
{
    public string Name => "catalog.json";

    public void Write(SiteOutputContext context, Action<OutputFile> write)
    {
        write(new OutputFile(SitePaths.CatalogJson, CatalogJson.Serialize(context.Site)));
        write(new OutputFile(SitePaths.CatalogSchema, CatalogJson.Schema()));
    }
}
