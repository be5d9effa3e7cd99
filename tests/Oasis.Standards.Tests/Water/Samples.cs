using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

/// <summary>Builds samples from <c>CODE=value</c> pairs, values as the CSV writes them (<c>0.004L</c>).</summary>
internal static class Samples
{
    public static WaterSample River(params string[] pairs) => Of(WaterBodyKind.River, pairs);

    public static WaterSample Lake(params string[] pairs) => Of(WaterBodyKind.Lake, pairs);

    public static WaterSample Of(WaterBodyKind body, params string[] pairs)
    {
        var values = new WaterValue?[WaterIndicators.Count];
        foreach (var pair in pairs)
        {
            var (code, text) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            Assert.True(WaterValue.TryParse(text, out var value), text);
            values[(int)WaterIndicators.FromCode(code)!.Value] = value;
        }

        return new WaterSample(body, values);
    }
}
