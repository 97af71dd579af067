using NewsParsing.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

await using Stream stdout = Console.OpenStandardOutput();
return await CliApp.RunAsync(args, stdout, Console.Error, cancellation.Token);
