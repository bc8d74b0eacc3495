using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Identity;

namespace StaticCatalog.Evaluation;

/// <summary>
/// Scores <see cref="FeatureIdentity"/> on labelled pairs: each side's name and labelled service (mapped to its
/// slug as the taxonomy knows it) go through the same key the site groups features by, and the pair is called one
/// feature when the keys are equal. This measures the name match itself, not the extraction in front of it.
/// </summary>
public static class IdentityEvaluator
{
    public static IReadOnlyList<IdentityReport> Evaluate(IReadOnlyList<IdentityPair> pairs, ServiceTaxonomy taxonomy, IEnumerable<string> halves)
    {
        var identity = new FeatureIdentity(taxonomy);
        var services = new LabelServiceNames(taxonomy);
        return halves.Select(half =>
        {
            int matched = 0, merged = 0, split = 0, apart = 0;
            var mistakes = new List<string>();
            foreach (var pair in pairs.Where(p => p.Half == half))
            {
                var keyA = identity.Key([services.SlugOf(pair.A.Service)], pair.A.Name);
                var keyB = identity.Key([services.SlugOf(pair.B.Service)], pair.B.Name);
                var same = string.Equals(keyA, keyB, StringComparison.Ordinal);
                switch (pair.Same, same)
                {
                    case (true, true): matched++; break;
                    case (false, true): merged++; mistakes.Add($"pair {pair.Id}: merged, but two features: {keyA} ('{pair.A.Name}', '{pair.B.Name}')"); break;
                    case (true, false): split++; mistakes.Add($"pair {pair.Id}: kept apart, but one feature: {keyA} | {keyB}"); break;
                    default: apart++; break;
                }
            }

            return new IdentityReport(half, matched, merged, split, apart, mistakes);
        }).ToList();
    }
}
