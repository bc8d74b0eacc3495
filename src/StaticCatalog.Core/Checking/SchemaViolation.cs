namespace StaticCatalog.Checking;

/// <summary>
/// One way a JSON document fails its schema: the JSON Pointer of the offending value, the schema keyword that
/// failed, the validator's message, and the value itself when it is a short scalar (else null).
/// </summary>
public sealed record SchemaViolation(string InstanceLocation, string Keyword, string Message, string? Value)
{
    public override string ToString() =>
        $"{(InstanceLocation.Length == 0 ? "/" : InstanceLocation)}{(Value is null ? string.Empty : $" ({Value})")}: {Keyword}: {Message}";
}
