namespace StaticCatalog.Diagnostics;

/// <summary>
/// Every diagnostic code the build can report. <see cref="DiagnosticCatalog"/> explains each one
/// (a test keeps the two in step), and docs/error-codes.md is generated from it.
/// </summary>
public static class DiagnosticCodes
{
    // SC0xxx: the program itself.
    public const string Internal = "SC0001";
    public const string Usage = "SC0002";

    // SC1xxx: seed posts.
    public const string SeedFolderMissing = "SC1001";
    public const string InvalidUtf8 = "SC1002";
    public const string EmptyFile = "SC1003";
    public const string NoFrontMatter = "SC1004";
    public const string InvalidYaml = "SC1005";
    public const string MissingTitle = "SC1006";
    public const string InvalidDate = "SC1007";
    public const string MissingDate = "SC1008";
    public const string WrongFieldType = "SC1009";
    public const string UnreadableFile = "SC1010";
    public const string UnknownService = "SC1011";
    public const string InvalidCatalogBlock = "SC1012";
    public const string MarkdownTooDeep = "SC1013";
    public const string UnknownPostKind = "SC1014";
    public const string InvalidReviewFile = "SC1015";
    public const string OrphanReviewFile = "SC1016";

    // SC2xxx: assembling the site.
    public const string DuplicateUrl = "SC2001";
    public const string UnknownLiquidTag = "SC2002";
    public const string BrokenPostFragment = "SC2003";
    public const string UnsafeContent = "SC2004";

    /// <summary>A post whose body alone makes a page larger than a page may be (Rendering/PageBounds).</summary>
    public const string OversizedPage = "SC2005";

    // SC3xxx: themes and templates.
    public const string TemplateSyntax = "SC3001";
    public const string TemplateRuntime = "SC3002";
    public const string TemplateNotFound = "SC3003";

    // SC4xxx: configuration.
    public const string InvalidConfig = "SC4001";
    public const string InvalidServices = "SC4002";
    public const string StarterFolderNotEmpty = "SC4003";

    // SC5xxx: writing the output.
    public const string OutputWrite = "SC5001";
    public const string OutputLocked = "SC5002";

    // SC6xxx: checking a built site (staticcatalog check).
    public const string BrokenLink = "SC6001";
    public const string BrokenFragment = "SC6002";
    public const string InvalidHtml = "SC6003";
    public const string MissingPageMetadata = "SC6004";
    public const string InvalidFeed = "SC6005";
    public const string InvalidSitemap = "SC6006";
    public const string CatalogSchemaViolation = "SC6007";
    public const string MissingSiteFile = "SC6008";
    public const string InvalidCalendar = "SC6009";

    // SC7xxx: comparing with a previous catalog (build --compare-to).
    public const string PreviousCatalogUnreadable = "SC7001";

    // SC9xxx: the catalog's consistency report (check --catalog), warnings unless --strict.
    public const string InsightConflictingValues = "SC9001";
    public const string InsightStalePreview = "SC9002";
    public const string InsightPassedTarget = "SC9003";
    public const string InsightWentBackwards = "SC9004";
    public const string InsightRetirementDue = "SC9005";

    // SC8xxx: serve
    public const string ServeListen = "SC8001";
}
