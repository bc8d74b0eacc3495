namespace StaticCatalog.Output;

/// <summary>One file of the site: its path below the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string RelativePath, byte[] Content);
