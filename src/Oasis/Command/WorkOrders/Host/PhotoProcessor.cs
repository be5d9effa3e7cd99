using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using SkiaSharp;

namespace Oasis.CommandCentre.WorkOrders.Host;

/// <summary>What a photo says about itself: its size, and from EXIF when and where it was taken.</summary>
internal sealed record PhotoFacts(string ContentType, int Width, int Height, DateTime? TakenAtUtc, double? Latitude, double? Longitude, byte[] Thumbnail);

/// <summary>Reads a photo's EXIF (MetadataExtractor) and makes its thumbnail (SkiaSharp). Null when the bytes are not an image.</summary>
internal static class PhotoProcessor
{
    public const int ThumbnailSize = 320;

    public static PhotoFacts? Process(byte[] bytes)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        using var bitmap = codec is null ? null : SKBitmap.Decode(codec);
        if (codec is null || bitmap is null)
        {
            return null;
        }

        var contentType = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Webp => "image/webp",
            SKEncodedImageFormat.Heif => "image/heif",
            _ => "image/jpeg",
        };

        var (taken, lat, lon) = ReadExif(bytes);
        var scale = Math.Min(1.0, ThumbnailSize / (double)Math.Max(bitmap.Width, bitmap.Height));
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(bitmap.Width * scale)), Math.Max(1, (int)Math.Round(bitmap.Height * scale)));
        using var small = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var image = SKImage.FromBitmap(small);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return new PhotoFacts(contentType, bitmap.Width, bitmap.Height, taken, lat, lon, data.ToArray());
    }

    private static (DateTime? TakenUtc, double? Latitude, double? Longitude) ReadExif(byte[] bytes)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            directories = ImageMetadataReader.ReadMetadata(stream);
        }
        catch (ImageProcessingException)
        {
            return (null, null, null); // an image Skia decodes but whose metadata is unreadable: no EXIF facts
        }

        DateTime? taken = null;
        var exif = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        if (exif is not null && exif.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var original))
        {
            // EXIF times carry no zone; phones here keep Beijing time.
            taken = DateTime.SpecifyKind(original.AddHours(-8), DateTimeKind.Utc);
        }

        var gps = directories.OfType<GpsDirectory>().FirstOrDefault()?.GetGeoLocation();
        return gps is { } g && !g.IsZero ? (taken, g.Latitude, g.Longitude) : (taken, null, null);
    }
}
