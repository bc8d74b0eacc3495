namespace StaticCatalog.Rendering.ViewModels;

/// <summary>A service on the services index: its counts, and a link when it has posts.</summary>
public sealed record ServiceSummaryView(string Name, string? Url, int Posts, int Features, int Limits);
