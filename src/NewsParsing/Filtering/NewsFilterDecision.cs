namespace NewsParsing.Filtering;

/// <summary>A filter's decision about one paragraph: keep it, or remove it for a stated reason.</summary>
/// <param name="Remove">Whether to remove the paragraph.</param>
/// <param name="Reason">Why, in words a person can check; required when <paramref name="Remove"/> is <see langword="true"/>.</param>
public readonly record struct NewsFilterDecision(bool Remove, string? Reason)
{
    /// <summary>Keep the paragraph.</summary>
    public static NewsFilterDecision Keep => default;

    /// <summary>Remove the paragraph because of <paramref name="reason"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is null or blank.</exception>
    public static NewsFilterDecision RemoveBecause(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new NewsFilterDecision(true, reason);
    }
}
