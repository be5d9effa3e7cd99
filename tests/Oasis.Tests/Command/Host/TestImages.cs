using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Oasis.Tests.CommandCentre.Host;

/// <summary>A real JPEG (encoded by Skia) carrying an EXIF APP1 segment with DateTimeOriginal and a GPS position, as phones write it.</summary>
internal static class TestImages
{
    public static byte[] Jpeg(DateTime? takenBeijing, double? latitude, double? longitude, int width = 640, int height = 480)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(90, 140, 200));
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawRect(width / 4f, height / 4f, width / 2f, height / 2f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray();
        var exif = Exif(takenBeijing, latitude, longitude);
        // APP1 goes straight after SOI (FFD8).
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>"Exif\0\0" + a little-endian TIFF: IFD0 → Exif IFD (DateTimeOriginal) and GPS IFD (lat/lon as degrees, minutes, seconds).</summary>
    private static byte[] Exif(DateTime? taken, double? latitude, double? longitude)
    {
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange(BitConverter.GetBytes((ushort)v));
        void U32(long v) => tiff.AddRange(BitConverter.GetBytes((uint)v));
        void Entry(int tag, int type, int count, long value) { U16(tag); U16(type); U32(count); U32(value); }

        const int ifd0 = 8;
        const int ifd0Size = 2 + (2 * 12) + 4;
        const int exifIfd = ifd0 + ifd0Size;
        const int exifIfdSize = 2 + 12 + 4;
        const int dateAt = exifIfd + exifIfdSize;
        const int gpsIfd = dateAt + 20;
        const int gpsIfdSize = 2 + (4 * 12) + 4;
        const int latAt = gpsIfd + gpsIfdSize;
        const int lonAt = latAt + 24;

        tiff.AddRange("II"u8.ToArray());
        U16(42);
        U32(ifd0);
        U16(2);
        Entry(0x8769, 4, 1, exifIfd);
        Entry(0x8825, 4, 1, gpsIfd);
        U32(0);
        U16(taken is null ? 0 : 1);
        if (taken is { } t)
        {
            Entry(0x9003, 2, 20, dateAt);
        }

        U32(0);
        while (tiff.Count < dateAt)
        {
            tiff.Add(0);
        }

        tiff.AddRange(Encoding.ASCII.GetBytes((taken ?? default).ToString("yyyy:MM:dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "\0"));
        var gps = latitude is not null && longitude is not null;
        U16(gps ? 4 : 0);
        if (gps)
        {
            Entry(1, 2, 2, 'N');
            Entry(2, 5, 3, latAt);
            Entry(3, 2, 2, 'E');
            Entry(4, 5, 3, lonAt);
        }

        U32(0);
        while (tiff.Count < latAt)
        {
            tiff.Add(0);
        }

        foreach (var value in new[] { latitude ?? 0, longitude ?? 0 })
        {
            var degrees = Math.Floor(value);
            var minutes = Math.Floor((value - degrees) * 60);
            var seconds = (((value - degrees) * 60) - minutes) * 60;
            U32((long)degrees);
            U32(1);
            U32((long)minutes);
            U32(1);
            U32((long)Math.Round(seconds * 10000));
            U32(10000);
        }

        return [.. "Exif\0\0"u8.ToArray(), .. tiff];
    }
}
