namespace StaticCatalog.Starter;

/// <summary>One file of the starter site: its path below the site folder (forward slashes) and its bytes.</summary>
public sealed record StarterFile(string RelativePath, byte[] Content);
