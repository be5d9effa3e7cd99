namespace Oasis.Air.Import;

/// <summary>Splits one CSV line into field ranges without allocating; surrounding double quotes are excluded.</summary>
internal static class CsvLine
{
    /// <summary>Fills <paramref name="fields"/> and returns the field count (or fields.Length + 1 when there are more).</summary>
    public static int Split(ReadOnlySpan<char> line, Span<Range> fields)
    {
        var count = 0;
        var i = 0;
        while (true)
        {
            int start, end;
            if (i < line.Length && line[i] == '"')
            {
                start = i + 1;
                var j = start;
                while (j < line.Length && !(line[j] == '"' && (j + 1 == line.Length || line[j + 1] != '"')))
                {
                    j += line[j] == '"' ? 2 : 1;
                }

                end = Math.Min(j, line.Length);
                i = Math.Min(j + 1, line.Length);
                while (i < line.Length && line[i] != ',')
                {
                    i++;
                }
            }
            else
            {
                start = i;
                var comma = line[i..].IndexOf(',');
                end = comma < 0 ? line.Length : i + comma;
                i = end;
            }

            if (count == fields.Length)
            {
                return count + 1;
            }

            fields[count++] = new Range(start, end);
            if (i >= line.Length)
            {
                return count;
            }

            i++; // the comma
            if (i == line.Length)
            {
                if (count == fields.Length)
                {
                    return count + 1;
                }

                fields[count++] = new Range(i, i);
                return count;
            }
        }
    }

    /// <summary>A field for output: quoted when it holds a comma, a quote or a line break.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
