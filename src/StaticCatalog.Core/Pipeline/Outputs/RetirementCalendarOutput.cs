using StaticCatalog.Output;
using StaticCatalog.Publishing;
using StaticCatalog.Site.Insights;
using StaticCatalog.Urls;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary><c>retirements.ics</c>: the dated retirements of <c>/retirements/</c> as a calendar.</summary>
public sealed class RetirementCalendarOutput : ISiteOutput
{
    public string Name => "retirements.ics";

    public void Write(SiteOutputContext context, Action<OutputFile> write) =>
        write(new OutputFile(SitePaths.RetirementsCalendar, RetirementCalendar.Write(context.Site, RetirementList.Of(context.Site))));
}
