namespace StaticCatalog.Pipeline;

/// <summary>How long one stage took (printed with <c>--verbose</c>).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
