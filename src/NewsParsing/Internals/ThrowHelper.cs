using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace NewsParsing.Internals;

[StackTraceHidden]
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowParseException(NewsParseError error) => throw new NewsParseException(error);

    [DoesNotReturn]
    public static T ThrowParseException<T>(NewsParseError error) => throw new NewsParseException(error);

    [DoesNotReturn]
    public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static void ThrowArgument(string message, string paramName) => throw new ArgumentException(message, paramName);
}
