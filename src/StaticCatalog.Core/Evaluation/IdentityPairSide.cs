namespace StaticCatalog.Evaluation;

/// <summary>One feature of a labelled identity pair, as its post names it.</summary>
/// <param name="File">The post's path below the corpus root.</param>
/// <param name="Name">The feature's name as a labeller following the labelling guide writes it.</param>
/// <param name="Service">The product it belongs to, by its official name.</param>
/// <param name="Evidence">The post's exact words naming it.</param>
public sealed record IdentityPairSide(string File, string Name, string Service, string? Evidence);
