using System.Globalization;
using System.Text;
using PhotoDesk.SampleArchive.Exif;
using PhotoDesk.SampleArchive.Planning;

namespace PhotoDesk.SampleArchive.Readme;

/// <summary>
/// Writes archive-sample/README.md from the plan, so the variant table can never drift from the files.
/// </summary>
public static class ReadmeRenderer
{
    public const string SeedArticleTitle =
        "Los Angeles officials say ICE keeps them in the dark on raids. That hurts protest response, police say";

    public const string SeedArticleFile = "shared/seed/000_719b51b3e20b573b.txt";

    public static string Render(IReadOnlyList<PhotoPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');

        Line("# Sample archive");
        Line();
        Line("<!-- Generated with the archive by src/PhotoDesk.SampleArchive (Readme/ReadmeRenderer.cs): edit there, then rebuild. -->");
        Line();
        Line($"The {plans.Count} photos of the gallery published with the article");
        Line($"*{SeedArticleTitle}*");
        Line("(news outlet named WILLHOST in the seed, June 2025; the article text, captions included, is the project's seed:");
        Line($"`{SeedArticleFile}` beside the repository), laid out the way a news photo desk keeps");
        Line("them: JPEG files in dated folders, each carrying its caption the way real archives do, in embedded IPTC-IIM and");
        Line("XMP, in XMP sidecars, or in a caption text file.");
        Line();
        Line("**The pictures are generated, not photographs.** Each is an abstract, text-free scene (a gradient sky, a skyline");
        Line($"of bars, soft discs) drawn by `src/PhotoDesk.SampleArchive` from a fixed seed per photo, {SamplePictureSize()}.");
        Line("Only the caption text comes from the seed.");
        Line();
        Line("**Caption text** is © its publishers (the photographers and agencies credited in each caption, as quoted in the");
        Line("seed article) and is reproduced unaltered as test data, including the article's own credit errors: photo 44 is");
        Line("credited \"Ringo Ciu\" (elsewhere \"Ringo Chiu\") and photo 48 \"Jae Hong\" (elsewhere \"Jae C. Hong\"). The embedded");
        Line("by-line of those photos carries the same form as the caption, as a real archive would; fixing them is the job of");
        Line("`photodesk credits`, not of this sample.");
        Line();
        Line("## Files");
        Line();
        Line("- `seed-gallery.jsonl`: the seed's gallery text, one JSON object per photo in gallery order: `caption` (exactly as");
        Line("  published), `reference_date` (the day the caption was written) and `expected` (photographers, agencies, date,");
        Line("  city as a careful reader takes them from the caption). The generator reads this copy.");
        Line("- `YYYY/MM/DD/gallery-NN-photographer.jpg`: photo NN of the gallery, filed under the date its caption states (the");
        Line("  gallery day when it states none; `2025/02/` for the one caption that names only a month). 480×320, quality 80.");
        Line("- Beside some photos: `photo.txt` (caption text file), `photo.xmp` or `photo.jpg.xmp` (XMP sidecars).");
        Line();
        Line("## What each photo carries");
        Line();
        Line("Fields written by PhotoDesk's own lossless writer (`PhotoDesk.Metadata.Writing.MetadataWriter`), from the seed:");
        Line();
        Line("| field | XMP | IPTC-IIM | from |");
        Line("|---|---|---|---|");
        Line("| description (caption) | dc:description | 2:120 Caption/Abstract | `caption`, unaltered |");
        Line("| creators | dc:creator | 2:80 By-line | `expected.photographers`, as the credit spells them |");
        Line("| credit_line | photoshop:Credit | 2:110 Credit | `expected.agencies` joined with `/`, e.g. `AFP/Getty Images` |");
        Line("| source | photoshop:Source | 2:115 Source | the first agency (`AFP` of `AFP/Getty Images`) |");
        Line("| date_created | photoshop:DateCreated | 2:55 Date Created | `expected.date` (day, or month for photo 49); absent when the caption states none |");
        Line("| city, region, country, country_code | photoshop:City, State, Country, Iptc4xmpCore:CountryCode | 2:90, 2:95, 2:101, 2:100 | `expected.city`; region and country only where obvious: Los Angeles and Paramount → California, Denver → Colorado; United States, code `USA` (IIM wants three letters) |");
        Line();
        Line($"EXIF (every photo except {Join(plans.Where(p => p.Exif is null))}): a fictional camera (Make `{ExifBlock.Make}`, Model");
        Line($"`{ExifBlock.Model}`), DateTimeOriginal and CreateDate, OffsetTimeOriginal `-07:00` on even-numbered photos only");
        Line("(older cameras write no offset), and a 160×107 JPEG thumbnail in IFD1 for ingest to use as the preview.");
        Line();
        Line("Photos whose EXIF date disagrees with the caption's date (as camera clocks do):");
        foreach (var p in plans.Where(p => p.Exif?.Agreement == ExifDateAgreement.DisagreesWithCaption))
            Line($"- photo {p.Number} (`{p.RelativePath}`): EXIF {Stamp(p.Exif!)}, caption date {p.Seed.Date}: {ExifNote(p)}.");
        Line();
        Line("## Storage variants");
        Line();
        Line("| storage | photos | reading path it exercises |");
        Line("|---|---|---|");
        foreach (var variant in Enum.GetValues<StorageVariant>())
            Line($"| {variant.ToName()} | {Join(plans.Where(p => p.Variant == variant))} | {PathExercised(variant)} |");
        Line();
        Line("| # | file | storage | EXIF DateTimeOriginal | notes |");
        Line("|---|---|---|---|---|");
        foreach (var p in plans)
        {
            var exif = p.Exif is null ? "none" : Stamp(p.Exif);
            Line($"| {p.Number} | `{p.RelativePath}` | {p.Variant.ToName()} | {exif} | {string.Join("; ", p.Notes)} |");
        }
        Line();
        Line("## Rebuilding");
        Line();
        Line("```sh");
        Line("dotnet run --project src/PhotoDesk.SampleArchive -- --out archive-sample --seed-gallery archive-sample/seed-gallery.jsonl");
        Line("```");
        Line();
        Line("The build is deterministic: the same seed gallery gives the same bytes (fixed seeds per photo, fixed times in");
        Line("the files), and file modification times are set to noon UTC of each photo's folder date. Git does not keep");
        Line("modification times, so a fresh clone has checkout times until it is rebuilt. The rebuild first removes the");
        Line("`gallery-*` files it made before; this README is rewritten from the same plan. The tests in");
        Line("`tests/PhotoDesk.Metadata.Tests/SampleArchive/` check that the committed files match the seed gallery, that every");
        Line("variant is present, that the total stays under 5 MB, and that a rebuild reproduces the committed bytes.");
        return sb.ToString();
    }

    private static string SamplePictureSize() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Pictures.SamplePicture.Width}×{Pictures.SamplePicture.Height} pixels at JPEG quality {Pictures.SamplePicture.Quality}");

    private static string Join(IEnumerable<PhotoPlan> plans) =>
        string.Join(", ", plans.Select(p => p.Number.ToString(CultureInfo.InvariantCulture)));

    private static string Stamp(ExifPlan exif)
    {
        var stamp = exif.DateTimeOriginal.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return exif.Offset is { } o ? $"{stamp} {ExifBlock.FormatOffset(o)}" : stamp;
    }

    private static string ExifNote(PhotoPlan plan) => plan.Number switch
    {
        VariantTable.ClockOnUtc => "the camera clock was on UTC, so Sunday evening in Los Angeles reads as Monday",
        VariantTable.ClockNeverSet => "the camera clock was never set and shows its factory default",
        _ => "the camera clock was wrong",
    };

    private static string PathExercised(StorageVariant variant) => variant switch
    {
        StorageVariant.EmbeddedIptcAndXmp => "XMP and IIM in the file, reconciled (XMP first), IPTCDigest, IIM byte limits",
        StorageVariant.EmbeddedXmpOnly => "embedded XMP with no APP13 block",
        StorageVariant.CaptionTextSidecar => "no embedded caption: caption from `photo.txt` (UTF-8, one closing line feed)",
        StorageVariant.XmpSidecar => "XMP sidecar named `photo.xmp` over a photo with only EXIF",
        StorageVariant.XmpSidecarWithExtension => "XMP sidecar named `photo.jpg.xmp` over a photo with only EXIF",
        _ => "",
    };
}
