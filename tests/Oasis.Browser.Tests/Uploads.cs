using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>Choosing files in Blazor's <c>InputFile</c> (also inside MudFileUpload).</summary>
internal static class Uploads
{
    /// <summary>
    /// Sets the file once the input's script is ready. <c>InputFile</c> wires its change handler from JavaScript after
    /// the first render (<c>InputFile.init</c> sets <c>_blazorInputFileNextFileId</c>); a file set before that is never
    /// read, and the page waits for an upload that never starts. Under CI's load that gap was wide enough to lose a file.
    /// </summary>
    public static async Task SetFileWhenReadyAsync(this ILocator input, FilePayload file)
    {
        var element = await input.ElementHandleAsync();
        await input.Page.WaitForFunctionAsync("e => e._blazorInputFileNextFileId !== undefined", element);
        await element.SetInputFilesAsync(file);
    }
}
