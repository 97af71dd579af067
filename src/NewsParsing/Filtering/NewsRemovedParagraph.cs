namespace NewsParsing.Filtering;

/// <summary>A paragraph a filter removed: where it was, what it said, which filter removed it and why.</summary>
/// <remarks>
/// The built-in appeal filters put their reason into words when <see cref="Reason"/> is first read, not when the
/// paragraph is removed: a corpus run that keeps only the cleaned documents does not pay for reasons it never reads.
/// The words are the same either way, and equality, hashing and <see cref="object.ToString"/> compare and show them.
/// </remarks>
public sealed record NewsRemovedParagraph
{
    private readonly string? _reason;
    private readonly DeferredReason? _deferred;
    private string? _built;

    /// <summary>Creates the record of a removed paragraph.</summary>
    /// <param name="Index">The paragraph's 0-based position in the parsed document.</param>
    /// <param name="Text">The paragraph's text.</param>
    /// <param name="Filter">The <see cref="INewsFilter.Name"/> of the filter that removed it.</param>
    /// <param name="Reason">The filter's reason.</param>
#pragma warning disable SA1313 // Parameter names are PascalCase, as in a positional record, so that named arguments read as the properties.
    public NewsRemovedParagraph(int Index, string Text, string Filter, string Reason)
#pragma warning restore SA1313
    {
        this.Index = Index;
        this.Text = Text;
        this.Filter = Filter;
        _reason = Reason;
    }

    /// <summary>Creates the record of a paragraph whose reason is put into words on first read.</summary>
    internal NewsRemovedParagraph(int index, string text, string filter, DeferredReason reason)
    {
        Index = index;
        Text = text;
        Filter = filter;
        _deferred = reason;
    }

    /// <summary>The paragraph's 0-based position in the parsed document.</summary>
    public int Index { get; init; }

    /// <summary>The paragraph's text.</summary>
    public string Text { get; init; }

    /// <summary>The <see cref="INewsFilter.Name"/> of the filter that removed it.</summary>
    public string Filter { get; init; }

    /// <summary>The filter's reason.</summary>
    public string Reason
    {
        // Building twice on two threads at once is harmless: both build the same words from the same inputs. A reason
        // given as null (by a deserializer, say) reads back as null, as a positional record's would.
        get => _deferred is null ? _reason! : _reason ?? (_built ??= _deferred.Build());
        init
        {
            _reason = value;
            _deferred = null;
            _built = null;
        }
    }

    /// <summary>Whether <see cref="Reason"/> is already in words (always, unless it was deferred and not read yet).</summary>
    internal bool IsReasonBuilt => _reason is not null || _built is not null;

    /// <summary>Deconstructs the record into its four values.</summary>
    /// <param name="Index">The paragraph's 0-based position in the parsed document.</param>
    /// <param name="Text">The paragraph's text.</param>
    /// <param name="Filter">The <see cref="INewsFilter.Name"/> of the filter that removed it.</param>
    /// <param name="Reason">The filter's reason.</param>
#pragma warning disable SA1313 // As in the constructor.
    public void Deconstruct(out int Index, out string Text, out string Filter, out string Reason)
#pragma warning restore SA1313
    {
        Index = this.Index;
        Text = this.Text;
        Filter = this.Filter;
        Reason = this.Reason;
    }

    /// <summary>Whether <paramref name="other"/> records the same paragraph, filter and reason.</summary>
    /// <param name="other">The record to compare with.</param>
    public bool Equals(NewsRemovedParagraph? other) =>
        other is not null && Index == other.Index && Text == other.Text && Filter == other.Filter && Reason == other.Reason;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Index, Text, Filter, Reason);
}

/// <summary>What a built-in filter needs to put its reason for removing a paragraph into words later, the text included (so a copy made <c>with</c> another text keeps its reason).</summary>
internal abstract class DeferredReason
{
    /// <summary>The reason, in the same words as when it is built at once.</summary>
    public abstract string Build();
}
