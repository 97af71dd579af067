using System.Diagnostics;
using System.Globalization;

namespace NewsParsing.Cli;

/// <summary>
/// One self-rewriting status line on standard error (documents, MB, MB/s, elapsed), drawn at most four times a second and
/// only when standard error is a terminal and <c>--quiet</c> is not given.
/// </summary>
internal sealed class Progress(TextWriter error, int total, bool enabled)
{
    private static readonly long Interval = Stopwatch.Frequency / 4;

    private readonly long _start = Stopwatch.GetTimestamp();
    private long _lastDraw = Stopwatch.GetTimestamp();
    private long _bytes;
    private bool _drawn;

    public void Report(int done, long bytes)
    {
        _bytes += bytes;
        if (!enabled)
        {
            return;
        }

        long now = Stopwatch.GetTimestamp();
        if (now - _lastDraw < Interval && done < total)
        {
            return;
        }

        _lastDraw = now;
        error.Write(Line(done, total, _bytes, Stopwatch.GetElapsedTime(_start, now)));
        error.Flush();
        _drawn = true;
    }

    /// <summary>Erases the status line so that the next message starts on a clean line.</summary>
    public void Clear()
    {
        if (_drawn)
        {
            error.Write("\r\u001b[K");
            error.Flush();
            _drawn = false;
        }
    }

    internal static string Line(int done, int total, long bytes, TimeSpan elapsed)
    {
        double mb = bytes / 1e6;
        double rate = elapsed.TotalSeconds > 0 ? mb / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"\r\u001b[K{done}/{total} documents, {mb:F1} MB, {rate:F1} MB/s, {elapsed:mm\\:ss}");
    }
}
