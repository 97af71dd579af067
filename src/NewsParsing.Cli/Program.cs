using NewsParsing.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    await using Stream stdout = Console.OpenStandardOutput();
    var console = new CliConsole(stdout, Console.Error, OutIsTerminal: !Console.IsOutputRedirected, ErrorIsTerminal: !Console.IsErrorRedirected);
    return await CliApp.RunAsync(args, console, cancellation.Token);
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    // A bug, not bad input: bad input is reported per document. Say what happened without a stack trace.
    await Console.Error.WriteLineAsync($"newsparse: internal error: {ex.GetType().Name}: {ex.Message}");
    return 70;
}
