namespace Oasis.Cli.Water;

/// <summary>
/// Bad input rows (<c>FILE:LINE: reason</c>, CONTRACTS.md) and the summary line after them. The air command's
/// InputProblems does the same under the <c>oasis air</c> prefix and also counts invalid hours; the two can
/// share one helper in a Common folder once no other work in progress depends on the air one's location.
/// </summary>
internal sealed class WaterInputProblems
{
    private readonly List<string> _messages = [];

    public int MalformedRows { get; private set; }

    public int Rows { get; set; }

    public void Malformed(string file, long line, string reason)
    {
        MalformedRows++;
        _messages.Add($"{file}:{line}: {reason}");
    }

    public void Report(TextWriter error, string command, bool skipBad)
    {
        foreach (var message in _messages)
        {
            error.Write(message);
            error.Write('\n');
        }

        if (MalformedRows > 0)
        {
            error.Write(skipBad
                ? $"{command}: {MalformedRows} malformed row(s) skipped (--skip-bad); {Rows} row(s) read\n"
                : $"{command}: {MalformedRows} malformed row(s); nothing written (use --skip-bad to skip them)\n");
        }
    }
}
