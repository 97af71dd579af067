namespace NewsParsing.Filtering.Appeals;

/// <summary>A built-in appeal filter, which the pipeline can ask for a decision without the paragraph's text.</summary>
internal interface IAppealFilter
{
    AppealDecider Decider { get; }
}
