namespace StaticCatalog.Catalog.Limits;

/// <summary>One context in which a number is not a limit, as a line of <see cref="NotALimitContexts.All"/>.</summary>
/// <param name="Cue">The words that mark it, as a regular expression matched case-insensitively (<c>(?-i:...)</c> for case); whole words.</param>
/// <param name="Scope">Where the cue is looked for, around the figure.</param>
/// <param name="Reason">Why a figure there is not a limit, in the labelling guide's words.</param>
/// <param name="BaseUnits">The base units it applies to (<see cref="Units"/>' constants); empty for every unit.</param>
public sealed record NotALimitContext(string Cue, NotALimitScope Scope, string Reason, params string[] BaseUnits);
