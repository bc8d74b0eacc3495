namespace StaticCatalog.Tests.Support;

/// <summary>
/// The test classes that read the one build of the whole corpus: <c>[Collection(CorpusSiteCollection.Name)]</c> and a
/// <see cref="CorpusSiteFixture"/> constructor parameter. xunit builds it before the first of them and deletes it
/// after the last.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CorpusSiteCollection : ICollectionFixture<CorpusSiteFixture>
{
    public const string Name = "corpus site";
}
