using System.Buffers;

namespace Oasis.Hj212;

/// <summary>One pass over CP: finds DataTime (and a QN carried in CP) and records content warnings.</summary>
internal static class CpChecker
{
    private static readonly DateTime EarliestPlausible = new(2005, 1, 1);
    private static readonly SearchValues<byte> NameBytes =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"u8);

    /// <summary>False when CP is not <c>name=value</c> text at all (encrypted or binary payloads).</summary>
    public static bool Check(ref Hj212PacketView view, ref Hj212Warnings warnings)
    {
        var anyField = false;
        var anyMalformed = false;
        var lastCode = ReadOnlySpan<byte>.Empty;
        foreach (var item in view.Items)
        {
            if (!item.HasEquals || !IsFieldName(item.Name))
            {
                anyMalformed = true;
                warnings |= Hj212Warnings.MalformedItem;
                continue;
            }

            anyField = true;
            if (item.Kind == FieldKind.None)
            {
                CheckPlainField(item, ref view, ref warnings);
                continue;
            }

            if (item.Kind.IsNumeric())
            {
                // Syntax only: the consumer parses the numbers it wants, once.
                var number = item.Value.Trim((byte)' ');
                if (!CpValues.IsNumber(number))
                {
                    warnings |= Hj212Warnings.MalformedValue;
                }
                else if (number[0] == (byte)'-')
                {
                    warnings |= Hj212Warnings.NegativeValue;
                }
            }
            else if (item.Kind == FieldKind.Flag && (item.Value.Length != 1 || !DataFlags.IsStandard(item.Value[0])))
            {
                warnings |= Hj212Warnings.UnknownDataFlag;
            }

            // Items of one factor come together; look the code up once per run.
            if (!item.Kind.IsEquipment() && !item.Code.SequenceEqual(lastCode))
            {
                lastCode = item.Code;
                if (PollutantCatalogue.Find(item.Code) is null)
                {
                    warnings |= Hj212Warnings.UnknownFactor;
                }
            }
        }

        return anyField || !anyMalformed;
    }

    // Field names are letters, digits, '-' and '_': base64 or binary text fails this even when it
    // happens to contain '=' (encrypted payloads are refused as format).
    private static bool IsFieldName(ReadOnlySpan<byte> name) => !name.IsEmpty && !name.ContainsAnyExcept(NameBytes);

    private static void CheckPlainField(CpItem item, ref Hj212PacketView view, ref Hj212Warnings warnings)
    {
        if (item.NameIs("DataTime"u8))
        {
            if (!view.DataTimeText.IsEmpty)
            {
                return;
            }

            view.DataTimeText = item.Value;
            if (!DataTimes.TryParse(item.Value, out var time))
            {
                warnings |= Hj212Warnings.MalformedDataTime;
                return;
            }

            view.DataTime = time;
            if (item.Value.Length == 17)
            {
                warnings |= Hj212Warnings.DataTimeMilliseconds;
            }

            if (time < EarliestPlausible)
            {
                warnings |= Hj212Warnings.ImplausibleDataTime;
            }
        }
        else if (item.NameIs("QN"u8) && view.Qn.IsEmpty)
        {
            view.Qn = item.Value;
            warnings |= Hj212Warnings.QnInCp;
        }
    }
}
