namespace StaticCatalog.Checking;

/// <summary>Where a link leads, as far as the checker can tell from the site folder alone.</summary>
public enum LinkTargetKind
{
    /// <summary>Another site, another scheme (<c>mailto:</c>, <c>data:</c>, ...) or another project on the same host: not checked.</summary>
    External,

    /// <summary>A file of the site.</summary>
    Found,

    /// <summary>Under the base path, but the site has no file there.</summary>
    Missing,

    /// <summary>A root-relative or relative link that leaves the base path (<c>/posts/</c> on a site under <c>/my-repo/</c>).</summary>
    OutsideBasePath,
}
