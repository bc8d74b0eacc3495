namespace StaticCatalog.Rendering.ViewModels;

/// <summary>Another statement of the same limit, on a limit's row: its value, when and where it was said.</summary>
public sealed record LimitStepView
{
    /// <summary>Value and unit for reading ("1,000", "100 Gbps").</summary>
    public required string ValueDisplay { get; init; }
    public required string DateIso { get; init; }
    public required string DateDisplay { get; init; }
    public required string PostTitle { get; init; }
    public required string SourceUrl { get; init; }

    /// <summary>True for the value a post says the limit was raised or cut from ("from 1,000 to 5,000").</summary>
    public required bool Former { get; init; }
}
