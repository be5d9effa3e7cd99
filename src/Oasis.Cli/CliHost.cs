using System.CommandLine;

namespace Oasis.Cli;

/// <summary>Runs the command tree so that no exception ever reaches the user as a stack trace.</summary>
internal static class CliHost
{
    public const int Success = 0;
    public const int UsageOrIoError = 1;
    public const int MalformedInput = 2;

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
