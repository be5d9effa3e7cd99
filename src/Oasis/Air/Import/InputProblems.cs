namespace Oasis.Air.Import;

/// <summary>
/// Bad input rows (`FILE:LINE: reason`, CONTRACTS.md) and the count of invalid values (negative or implausible),
/// which are not malformed: they become missing hours and are summarised.
/// </summary>
internal sealed class InputProblems
{
    private readonly List<string> _messages = [];

    public int MalformedRows { get; private set; }

    /// <summary>The malformed rows as <c>FILE:LINE: reason</c>, in the order read.</summary>
    public IReadOnlyList<string> Messages => _messages;

    public int InvalidValues { get; set; }

    public int Rows { get; set; }

    public void Malformed(string file, long line, string reason)
    {
        MalformedRows++;
        _messages.Add($"{file}:{line}: {reason}");
    }

    public void Report(TextWriter error, bool skipBad)
    {
        foreach (var message in _messages)
        {
            error.Write(message);
            error.Write('\n');
        }

        if (MalformedRows > 0)
        {
            error.Write(skipBad
                ? $"oasis air: {MalformedRows} malformed row(s) skipped (--skip-bad); {Rows} row(s) read\n"
                : $"oasis air: {MalformedRows} malformed row(s); nothing written (use --skip-bad to skip them)\n");
        }

        if (InvalidValues > 0)
        {
            error.Write($"oasis air: {InvalidValues} negative or implausible value(s) treated as missing hours\n");
        }
    }
}
