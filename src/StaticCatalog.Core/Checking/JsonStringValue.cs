namespace StaticCatalog.Checking;

/// <summary>A string value of a JSON text with its JSON Pointer and 1-based position (see <see cref="JsonLocator.StringsNamed"/>).</summary>
public sealed record JsonStringValue(string Pointer, string Value, int Line, int Column);
