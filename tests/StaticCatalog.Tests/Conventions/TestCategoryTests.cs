using System.Reflection;

namespace StaticCatalog.Tests.Conventions;

/// <summary>
/// Every test class carries exactly one known <c>[Trait("Category", ...)]</c>, so <c>dotnet test --filter Category=Unit</c>
/// is the whole fast loop and no test falls out of every filter (see docs/testing.md). Compiled into both test
/// projects; each checks its own assembly.
/// </summary>
[Trait("Category", "Unit")]
public sealed class TestCategoryTests
{
    /// <summary>The categories docs/testing.md describes.</summary>
    public static readonly IReadOnlyList<string> Known = ["Unit", "Program", "Corpus", "Browser", "Package"];

    [Fact]
    public void Every_test_class_has_exactly_one_known_category()
    {
        var classes = typeof(TestCategoryTests).Assembly.GetTypes().Where(IsRunTestClass).ToList();

        var problems = classes.Select(Problem).OfType<string>().ToList();

        Assert.Contains(typeof(TestCategoryTests), classes);
        Assert.True(problems.Count == 0, $"give each test class one [Trait(\"Category\", X)], X one of {string.Join(", ", Known)}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void A_class_with_no_category_or_an_unknown_one_or_two_is_named()
    {
        Assert.Null(Problem(typeof(TestCategoryTests)));
        Assert.Equal($"{typeof(NoCategory).FullName}: no category", Problem(typeof(NoCategory)));
        Assert.Equal($"{typeof(UnknownCategory).FullName}: category Slow", Problem(typeof(UnknownCategory)));
        Assert.Equal($"{typeof(TwoCategories).FullName}: categories Unit, Program", Problem(typeof(TwoCategories)));
        Assert.Null(Problem(typeof(NoTests)));
    }

    /// <summary>A class xunit runs tests of: not abstract (static classes count), with a [Fact] or [Theory] method.</summary>
    private static bool IsRunTestClass(Type type) => type.IsClass && (!type.IsAbstract || type.IsSealed) && HasTests(type);

    private static bool HasTests(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Any(method => method.IsDefined(typeof(FactAttribute), inherit: true));

    /// <summary>What is wrong with a test class's categories, or null.</summary>
    private static string? Problem(Type type)
    {
        if (!HasTests(type))
        {
            return null;
        }

        var categories = type.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(TraitAttribute) && a.ConstructorArguments.Count == 2 && (string?)a.ConstructorArguments[0].Value == "Category")
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .ToList();
        return categories switch
        {
            [] => $"{type.FullName}: no category",
            [var one] when Known.Contains(one) => null,
            [var one] => $"{type.FullName}: category {one}",
            _ => $"{type.FullName}: categories {string.Join(", ", categories)}",
        };
    }

    // Abstract, so xunit runs none of these (public, as xunit wants test classes); they are what the check must catch.
    public abstract class NoCategory
    {
        [Fact]
        public void A_test() => Assert.Fail("not run");
    }

    [Trait("Category", "Slow")]
    public abstract class UnknownCategory
    {
        [Theory]
        [InlineData(1)]
        public void A_test(int value) => Assert.Fail("not run " + value);
    }

    [Trait("Category", "Unit")]
    [Trait("Category", "Program")]
    public abstract class TwoCategories
    {
        [Fact]
        public void A_test() => Assert.Fail("not run");
    }

    public abstract class NoTests
    {
        public abstract void NotATest();
    }
}
