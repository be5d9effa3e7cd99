using System.CommandLine;

namespace Oasis.Cli;

/// <summary>Runs the command tree so that no exception ever reaches the user as a stack trace.</summary>
internal static class CliHost
{
    public const int Success = 0;
    public const int UsageOrIoError = 1;
    public const int MalformedInput = 2;

    /// <summary>
    /// Runs a command that writes a result file to stdout: UTF-8 without BOM (Console.Out may carry a platform
    /// encoding), I/O errors as exit 1 with a message, and anything unexpected reported without a stack trace.
    /// </summary>
    public static async Task<int> RunFileCommandAsync(ParseResult result, string name, Func<TextWriter, TextWriter, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(body);
        var error = result.InvocationConfiguration.Error;
        var configured = result.InvocationConfiguration.Output;
        var output = ReferenceEquals(configured, Console.Out)
            ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16)
            : configured;
        try
        {
            var code = await body(output, error).ConfigureAwait(false);
            await output.FlushAsync().ConfigureAwait(false);
            return code;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await error.WriteAsync($"{name}: {ex.Message}\n").ConfigureAwait(false);
            return UsageOrIoError;
        }
#pragma warning disable CA1031 // The contract forbids stack traces: an unexpected failure is reported, not hidden.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteAsync($"{name}: internal error ({ex.GetType().Name}): {ex.Message}\n").ConfigureAwait(false);
            return UsageOrIoError;
        }
        finally
        {
            if (!ReferenceEquals(output, configured))
            {
                await output.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        try
        {
            var result = root.Parse(args);
            return await result.InvokeAsync().ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync($"oasis: {ex.Message}").ConfigureAwait(false);
            return UsageOrIoError;
        }
        catch (UnauthorizedAccessException ex)
        {
            await Console.Error.WriteLineAsync($"oasis: {ex.Message}").ConfigureAwait(false);
            return UsageOrIoError;
        }
    }
}
