using System.Globalization;

namespace PhotoDesk.Bench.Corpus;

/// <summary>
/// A deterministic pool of news captions in several house styles (gallery, AP, Reuters, AFP/Getty, EPA), with about
/// 1 % of credits carrying a spelling variant, as real archives do. Photo <c>n</c> always gets the same caption.
/// </summary>
public sealed class CaptionPool
{
    private static readonly string[] FirstNames =
    [
        "Ringo", "Jae C.", "Mario", "Apu", "Etienne", "Kena", "Mark", "Gina", "David", "Pilar", "Daniel", "Eric", "Barbara",
        "Patrick", "Frederic", "Wong", "Aurelien", "Lucy", "Tomas", "Anna", "Kim", "Yuki", "Carlos", "Fatima", "Olga",
        "Sergei", "Mohammed", "Ana", "Lars", "Ines", "Rafael", "Mei", "Hannah", "Omar", "Priya", "Jonas",
    ];

    private static readonly string[] LastNames =
    [
        "Chiu", "Hong", "Tama", "Gomes", "Laurent", "Betancur", "Abramson", "Ferazzi", "Swanson", "Olivares", "Cole",
        "Thayer", "Davidson", "Fallon", "Brown", "Maye-E", "Meunier", "Nicholson", "Novak", "Schmidt", "Min-ji", "Tanaka",
        "Barria", "Nasser", "Petrova", "Grits", "Salem", "Lima", "Nilsson", "Costa", "Moreno", "Zhang", "Becker",
        "Haddad", "Sharma", "Weber",
    ];

    private static readonly (string City, string Region, string Country)[] Places =
    [
        ("Los Angeles", "Calif.", "U.S."), ("Paramount", "Calif.", "U.S."), ("Chicago", "Ill.", "U.S."),
        ("Atlanta", "Ga.", "U.S."), ("Miami", "Fla.", "U.S."), ("Denver", "Colo.", "U.S."), ("Paris", "", "France"),
        ("Berlin", "", "Germany"), ("Kyiv", "", "Ukraine"), ("Tokyo", "", "Japan"), ("São Paulo", "", "Brazil"),
        ("Lagos", "", "Nigeria"), ("Mumbai", "", "India"), ("Sydney", "", "Australia"), ("Mexico City", "", "Mexico"),
        ("Zürich", "", "Switzerland"), ("Cairo", "", "Egypt"), ("Seoul", "", "South Korea"),
    ];

    private static readonly string[] Events =
    [
        "Demonstrators march during a protest", "Firefighters battle a brush fire", "Supporters cheer at a rally",
        "Police officers stand guard outside the courthouse", "Residents clear debris after a storm",
        "Fans celebrate after the final whistle", "Commuters wait for a delayed train", "Students gather for a vigil",
        "Workers repair a damaged bridge", "Voters line up at a polling station", "A vendor sells flowers at a market",
        "Rescue teams search the rubble",
    ];

    private static readonly string[] Months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] FullMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public sealed record Caption(string Text, string Photographer, IReadOnlyList<string> Agencies, DateOnly Date, string City, int Folder);

    public Caption Get(int n)
    {
        var r = new Random(unchecked(n * 7919 + 17));
        var photographer = $"{FirstNames[r.Next(FirstNames.Length)]} {LastNames[r.Next(LastNames.Length)]}";
        // About 1 % of credits misspell the name: a dropped letter or a dropped middle initial.
        if (r.Next(100) == 0) photographer = Misspell(photographer, r);
        var place = Places[r.Next(Places.Length)];
        var date = new DateOnly(2015, 1, 1).AddDays(r.Next(365 * 10));
        var what = Events[r.Next(Events.Length)];
        var style = r.Next(5);
        var (text, agencies) = style switch
        {
            0 => ($"{what} in {place.City}{RegionPart(place)} on {date.DayOfWeek}, {FullMonths[date.Month - 1]} {date.Day}. {photographer}/AFP/Getty Images", new[] { "AFP", "Getty Images" }),
            1 => ($"{what} in {place.City}{RegionPart(place)}, {Months[date.Month - 1]} {date.Day}, {date.Year}. (AP Photo/{photographer})", ["AP"]),
            2 => ($"{what} in {place.City}, {Country(place)} {FullMonths[date.Month - 1]} {date.Day}, {date.Year}. REUTERS/{photographer}", ["Reuters"]),
            3 => ($"{place.City.ToUpperInvariant()}, {Country(place).ToUpperInvariant()} - {FullMonths[date.Month - 1].ToUpperInvariant()} {date.Day}: {what}. (Photo by {photographer}/Getty Images)", ["Getty Images"]),
            _ => ($"{what} in {place.City}, {Country(place)}, {date.Day:00} {FullMonths[date.Month - 1]} {date.Year}. EPA-EFE/{photographer.ToUpperInvariant()}", ["EPA-EFE"]),
        };
        return new Caption(text, photographer, agencies, date, place.City, n);
    }

    private static string RegionPart((string City, string Region, string Country) p) => p.Region.Length > 0 ? $", {p.Region}" : $", {p.Country}";

    private static string Country((string City, string Region, string Country) p) => p.Country == "U.S." ? "United States" : p.Country;

    private static string Misspell(string name, Random r)
    {
        var parts = name.Split(' ');
        if (parts.Length == 3) return $"{parts[0]} {parts[2]}"; // "Jae C. Hong" → "Jae Hong"
        var last = parts[^1];
        if (last.Length < 4) return name;
        var i = 1 + r.Next(last.Length - 2);
        return $"{string.Join(' ', parts[..^1])} {last.Remove(i, 1)}";
    }
}
