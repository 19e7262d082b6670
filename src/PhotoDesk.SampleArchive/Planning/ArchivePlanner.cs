using System.Globalization;
using System.Text;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;
using PhotoDesk.SampleArchive.Gallery;

namespace PhotoDesk.SampleArchive.Planning;

/// <summary>Turns the seed gallery into one <see cref="PhotoPlan"/> per photo: file name, storage, EXIF and fields.</summary>
public static class ArchivePlanner
{
    // IIM 2:110 Credit is limited to 32 bytes; longer credits are cut there and kept whole in XMP.
    private const int IimCreditLimit = 32;

    // Los Angeles and Denver in the months of the gallery are both seven hours behind UTC (PDT, MST).
    private static readonly TimeSpan LocalOffset = TimeSpan.FromHours(-7);

    public static IReadOnlyList<PhotoPlan> Plan(IReadOnlyList<SeedPhoto> gallery)
    {
        ArgumentNullException.ThrowIfNull(gallery);
        return gallery.Select(PlanOne).ToArray();
    }

    private static PhotoPlan PlanOne(SeedPhoto seed)
    {
        var captionDate = PartialDate.TryParseIso(seed.Date, out var d) ? d : (PartialDate?)null;
        var filedOn = captionDate ?? PartialDate.FromDate(seed.ReferenceDate);
        var place = KnownPlaces.Find(seed.City, seed.Region);
        var exif = PlanExif(seed.Number, captionDate, filedOn);
        var notes = new List<string>();

        if (captionDate is null) notes.Add("caption states no date; filed under the gallery day");
        else if (captionDate.Value.Precision == DatePrecision.Month) notes.Add($"caption states only a month: date created {captionDate.Value.ToIsoString()}");
        if (VariantTable.PublishedCreditErrors.TryGetValue(seed.Number, out var creditError)) notes.Add(creditError);
        var credit = string.Join('/', seed.Agencies);
        var creditBytes = Encoding.UTF8.GetByteCount(credit);
        if (creditBytes > IimCreditLimit && VariantTable.VariantOf(seed.Number) == StorageVariant.EmbeddedIptcAndXmp)
            notes.Add($"credit is {creditBytes} bytes: IIM Credit (32-byte limit) is cut, XMP keeps it whole");
        if (exif is null) notes.Add("no EXIF block (stripped, as wire services often do)");
        else if (seed.Number == VariantTable.ClockOnUtc) notes.Add("EXIF date disagrees: camera clock on UTC, Sunday evening shows as Monday");
        else if (seed.Number == VariantTable.ClockNeverSet) notes.Add("EXIF date disagrees: camera clock never set (2000-01-01)");

        return new PhotoPlan(
            seed,
            RelativePathOf(seed, filedOn),
            VariantTable.VariantOf(seed.Number),
            exif,
            PatchOf(seed, captionDate, place, credit),
            new DateTime(filedOn.Start, new TimeOnly(12, 0), DateTimeKind.Utc),
            notes);
    }

    /// <summary><c>2025/06/14/gallery-01-ringo-chiu.jpg</c>; a month-only date files under <c>2025/02/</c>.</summary>
    private static string RelativePathOf(SeedPhoto seed, PartialDate filedOn)
    {
        var folder = filedOn.Precision == DatePrecision.Day
            ? string.Create(CultureInfo.InvariantCulture, $"{filedOn.Year:D4}/{filedOn.Month:D2}/{filedOn.Day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{filedOn.Year:D4}/{filedOn.Month:D2}");
        var who = seed.Photographers.Count > 0 ? Slug(seed.Photographers[0]) : "unknown";
        return string.Create(CultureInfo.InvariantCulture, $"{folder}/gallery-{seed.Number:D2}-{who}.jpg");
    }

    private static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (c is ' ' or '-' or '.' && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    private static ExifPlan? PlanExif(int number, PartialDate? captionDate, PartialDate filedOn)
    {
        if (VariantTable.WithoutExif.Contains(number)) return null;

        // A spread of times through the day, fixed per photo.
        var timeOfDay = new TimeOnly(9 + number * 7 % 11, number * 13 % 60, number * 29 % 60);
        if (number == VariantTable.ClockNeverSet)
            return new ExifPlan(new DateTime(2000, 1, 1, 0, timeOfDay.Minute, timeOfDay.Second), null, ExifDateAgreement.DisagreesWithCaption);
        if (number == VariantTable.ClockOnUtc)
        {
            // Shot at 21:12 local on the caption's Sunday; the camera's UTC clock already says Monday 04:12.
            var local = new DateTime(filedOn.Start, new TimeOnly(21, 12, 9));
            return new ExifPlan(local - LocalOffset, null, ExifDateAgreement.DisagreesWithCaption);
        }

        var day = captionDate is { Precision: DatePrecision.Month } month
            ? new DateOnly(month.Year, month.Month, 1 + number % 28)
            : filedOn.Start;
        var offset = number % 2 == 0 ? LocalOffset : (TimeSpan?)null;
        var agreement = captionDate is null ? ExifDateAgreement.CaptionStatesNoDate : ExifDateAgreement.MatchesCaption;
        return new ExifPlan(new DateTime(day, timeOfDay), offset, agreement);
    }

    private static MetadataPatch PatchOf(SeedPhoto seed, PartialDate? captionDate, KnownPlace? place, string credit)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [PhotoFields.Description] = [seed.Caption],
        };
        if (seed.Photographers.Count > 0) values[PhotoFields.Creators] = seed.Photographers.ToArray();
        if (credit.Length > 0) values[PhotoFields.CreditLine] = [credit];
        // Source is the party that supplied the picture: the first agency of the credit (AFP in AFP/Getty Images).
        if (seed.Agencies.Count > 0) values[PhotoFields.Source] = [seed.Agencies[0]];
        if (captionDate is { } date) values[PhotoFields.DateCreated] = [date.ToIsoString()];
        if (place is not null)
        {
            values[PhotoFields.City] = [place.City];
            if (place.Region.Length > 0) values[PhotoFields.Region] = [place.Region];
            if (place.Country.Length > 0) values[PhotoFields.Country] = [place.Country];
            if (place.CountryCode.Length > 0) values[PhotoFields.CountryCode] = [place.CountryCode];
        }
        return new MetadataPatch(values);
    }
}
