namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures one NewsParsing registration (the default one, or a named one); returned by <c>AddNewsParsing</c>.</summary>
public interface INewsParsingBuilder
{
    /// <summary>The service collection.</summary>
    IServiceCollection Services { get; }

    /// <summary>The registration's name: <see cref="Options.Options.DefaultName"/> (empty) for the default registration, else the service key of its keyed services.</summary>
    string Name { get; }
}
