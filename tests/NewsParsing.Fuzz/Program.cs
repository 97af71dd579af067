using NewsParsing.Fuzz;
using SharpFuzz;

// newsparsing-fuzz libfuzzer        : run under libFuzzer (started by the libfuzzer-dotnet driver)
// newsparsing-fuzz afl              : run under AFL++ (afl-fuzz ... -- newsparsing-fuzz afl)
// newsparsing-fuzz replay PATH...   : run every file (or every file in each folder) once; exit 1 on a finding
string mode = args.Length > 0 ? args[0] : "replay";
switch (mode)
{
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(FuzzTarget.Run);
        return 0;
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
        return 0;
    case "replay":
        unsafe
        {
            // Outside a fuzzer the instrumented library still records coverage: give it memory to write to.
            SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(1 << 16);
        }

        int findings = 0, inputs = 0;
        foreach (string path in args.Skip(1).SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]))
        {
            inputs++;
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(path));
            }
            catch (Exception ex)
            {
                findings++;
                Console.Error.WriteLine($"{path}: {ex}");
            }
        }

        Console.WriteLine($"replayed {inputs} inputs, {findings} findings");
        return findings == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine($"unknown mode '{mode}': use libfuzzer, afl or replay");
        return 2;
}
