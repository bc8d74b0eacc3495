namespace StaticCatalog.Rendering.ViewModels;

/// <summary>A link as templates see it: text, URL (base path included) and an optional count.</summary>
public sealed record LinkView(string Name, string Url, int Count = 0);
