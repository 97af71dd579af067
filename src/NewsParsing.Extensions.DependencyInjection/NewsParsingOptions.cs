using NewsParsing;
using NewsParsing.Filtering;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// How one registration builds its <see cref="NewsFilterPipeline"/>: the filter steps in order, and the options of the
/// built-in appeal filters. Configured through <see cref="INewsParsingBuilder"/> methods.
/// </summary>
public sealed class NewsParsingOptions
{
    /// <summary>The options of the built-in appeal filters added by <c>AddNewsParsing</c>.</summary>
    public AppealFilterOptions AppealFilters { get; } = new();

    /// <summary>The ordered steps that build the pipeline: each adds, removes or replaces filters on a <see cref="NewsFilterPipelineBuilder"/>.</summary>
    public IList<Action<IServiceProvider, NewsFilterPipelineBuilder>> FilterSteps { get; } = [];
}
