namespace PhotoDesk.Captions.Credits;

/// <summary>
/// Organisation names in credits: the display form of known agencies ("AP Photo" → "AP", "REUTERS" → "Reuters"),
/// and whether an unknown part of a credit reads as an organisation rather than a person.
/// </summary>
public static class AgencyNames
{
    // Keys are compared case-insensitively after collapsing spaces; the value is the display name.
    // Wire prefixes ("AP Photo", "AFP PHOTO") name the agency itself, not a photo.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AP"] = "AP", ["AP Photo"] = "AP", ["AP Photos"] = "AP", ["Associated Press"] = "AP", ["The Associated Press"] = "AP",
        ["AFP"] = "AFP", ["AFP Photo"] = "AFP", ["Agence France-Presse"] = "AFP", ["Agence France Presse"] = "AFP", ["AFP/Getty"] = "AFP",
        ["Reuters"] = "Reuters", ["Reuters Photo"] = "Reuters", ["Thomson Reuters"] = "Reuters",
        ["EPA"] = "EPA", ["EPA Photo"] = "EPA", ["European Pressphoto Agency"] = "EPA",
        ["EPA-EFE"] = "EPA-EFE", ["EPA EFE"] = "EPA-EFE", ["EFE"] = "EFE", ["EFE-EPA"] = "EPA-EFE",
        ["Getty Images"] = "Getty Images", ["Getty"] = "Getty Images", ["GettyImages"] = "Getty Images",
        ["Getty Images North America"] = "Getty Images", ["Getty Images Europe"] = "Getty Images",
        ["Getty Images AsiaPac"] = "Getty Images", ["Getty Images South America"] = "Getty Images",
        ["Bloomberg"] = "Bloomberg",
        ["The New York Times"] = "The New York Times", ["New York Times"] = "The New York Times", ["NYT"] = "The New York Times",
        ["The Washington Post"] = "The Washington Post", ["Washington Post"] = "The Washington Post",
        ["Los Angeles Times"] = "Los Angeles Times", ["LA Times"] = "Los Angeles Times",
        ["The Wall Street Journal"] = "The Wall Street Journal", ["Wall Street Journal"] = "The Wall Street Journal",
        ["The Guardian"] = "The Guardian", ["Guardian"] = "The Guardian",
        ["Xinhua"] = "Xinhua", ["Xinhua News Agency"] = "Xinhua",
        ["dpa"] = "dpa", ["picture alliance"] = "picture alliance", ["picture-alliance"] = "picture alliance",
        ["Keystone"] = "Keystone", ["ANP"] = "ANP", ["ANSA"] = "ANSA", ["Belga"] = "Belga", ["Kyodo"] = "Kyodo",
        ["Yonhap"] = "Yonhap", ["TASS"] = "TASS", ["Sputnik"] = "Sputnik", ["UPI"] = "UPI", ["Anadolu"] = "Anadolu",
        ["Anadolu Agency"] = "Anadolu Agency", ["NurPhoto"] = "NurPhoto", ["LightRocket"] = "LightRocket",
        ["SOPA Images"] = "SOPA Images", ["Sipa USA"] = "Sipa USA", ["Sipa"] = "Sipa", ["ZUMA Press Wire"] = "ZUMA Press Wire",
        ["ZUMA Wire"] = "ZUMA Wire", ["ZUMA Press"] = "ZUMA Press", ["Shutterstock"] = "Shutterstock", ["REX"] = "REX",
        ["Alamy"] = "Alamy", ["Alamy Live News"] = "Alamy Live News", ["WireImage"] = "WireImage", ["FilmMagic"] = "FilmMagic",
        ["Imagn Images"] = "Imagn Images", ["USA Today"] = "USA Today", ["USA TODAY Sports"] = "USA TODAY Sports",
        ["USA TODAY NETWORK"] = "USA TODAY NETWORK", ["Middle East Images"] = "Middle East Images", ["Hans Lucas"] = "Hans Lucas",
        ["Abaca"] = "Abaca", ["ABACAPRESS.COM"] = "ABACAPRESS.COM", ["Pacific Press"] = "Pacific Press",
        ["Icon Sportswire"] = "Icon Sportswire", ["PA"] = "PA", ["PA Images"] = "PA Images", ["PA Wire"] = "PA Wire",
        ["Jiji Press"] = "Jiji Press", ["AAP"] = "AAP", ["NTB"] = "NTB", ["TT"] = "TT", ["TT News Agency"] = "TT News Agency",
        ["Ritzau Scanpix"] = "Ritzau Scanpix", ["Lehtikuva"] = "Lehtikuva",
        ["Bloomberg Creative"] = "Bloomberg Creative", ["MediaNews Group"] = "MediaNews Group", ["CQ-Roll Call"] = "CQ-Roll Call",
        ["Star Tribune"] = "Star Tribune", ["The Denver Post"] = "The Denver Post",
        ["The Boston Globe"] = "The Boston Globe",
        ["Chicago Tribune"] = "Chicago Tribune", ["Miami Herald"] = "Miami Herald", ["Tampa Bay Times"] = "Tampa Bay Times",
        ["San Francisco Chronicle"] = "San Francisco Chronicle", ["Houston Chronicle"] = "Houston Chronicle",
        ["The Orange County Register"] = "The Orange County Register",
        ["NASA"] = "NASA", ["ESA"] = "ESA", ["NOAA"] = "NOAA", ["FEMA"] = "FEMA", ["U.S. Navy"] = "U.S. Navy",
        ["U.S. Army"] = "U.S. Army", ["U.S. Air Force"] = "U.S. Air Force", ["U.S. Marine Corps"] = "U.S. Marine Corps",
        ["U.S. Coast Guard"] = "U.S. Coast Guard", ["White House"] = "White House", ["DVIDS"] = "DVIDS",
        ["Maxar Technologies"] = "Maxar Technologies", ["Planet Labs PBC"] = "Planet Labs PBC", ["Planet Labs"] = "Planet Labs",
        ["CNN"] = "CNN", ["Kyodo News"] = "Kyodo News", ["Unsplash"] = "Unsplash", ["Pexels"] = "Pexels", ["Wikimedia Commons"] = "Wikimedia Commons",
        ["NBAE"] = "NBAE", ["Imagn"] = "Imagn Images", ["USA TODAY NETWORK"] = "USA TODAY NETWORK", ["Redux"] = "Redux", ["VII"] = "VII",
        ["Magnum Photos"] = "Magnum Photos", ["Panos Pictures"] = "Panos Pictures", ["Polaris"] = "Polaris", ["Contrasto"] = "Contrasto", ["Yonhap News Agency"] = "Yonhap",
    };

    // The big wires and picture agencies: they distribute others' pictures, so a caption's chain ends with them.
    private static readonly HashSet<string> Distributors = new(StringComparer.Ordinal)
    {
        "AP", "AFP", "Reuters", "EPA", "EPA-EFE", "Getty Images", "Bloomberg", "Xinhua", "dpa", "picture alliance",
        "Keystone", "ANP", "ANSA", "Belga", "Kyodo", "Yonhap", "TASS", "Sputnik", "UPI", "Anadolu", "Anadolu Agency",
        "NurPhoto", "LightRocket", "SOPA Images", "Sipa USA", "Sipa", "ZUMA Press Wire", "ZUMA Wire", "ZUMA Press",
        "Shutterstock", "REX", "Alamy", "Alamy Live News", "WireImage", "FilmMagic", "Imagn Images", "USA TODAY Sports",
        "Middle East Images", "Abaca", "ABACAPRESS.COM", "Pacific Press", "PA", "PA Images", "PA Wire", "EFE", "AAP",
        "Jiji Press", "NTB", "TT", "TT News Agency", "Ritzau Scanpix", "Lehtikuva",
    };

    // Words that make a multi-word credit part an organisation ("Los Angeles Times", "US NAVY", "Middle East Images").
    private static readonly HashSet<string> OrgWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Times", "Post", "Press", "News", "Images", "Image", "Photo", "Photos", "Pictures", "Picture", "Agency", "Agence",
        "Agencia", "Agenzia", "Wire", "Herald", "Tribune", "Journal", "Gazette", "Register", "Chronicle", "Globe", "Bee",
        "Daily", "Weekly", "Network", "Networks", "Group", "Media", "Service", "Services", "Sports", "Sportswire", "Corps",
        "Army", "Navy", "Force", "Guard", "Marines", "Department", "Dept", "Ministry", "Office", "Police", "Government",
        "County", "University", "College", "Museum", "Foundation", "Institute", "Council", "Commission", "Committee",
        "Center", "Centre", "House", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Co.", "Company", "Studios", "Studio",
        "Entertainment", "Records", "TV", "Television", "Radio", "Channel", "Broadcasting", "USA", "UK", "US", "U.S.",
        "NASA", "NOAA", "FEMA", "UN", "Nations", "Archive", "Archives", "Library", "Collection", "Club", "Team",
        "Association", "Federation", "League", "FC", "Magazine", "Review", "Today", "Telegraph", "Guardian", "Observer",
        "Independent", "Mirror", "Express", "Standard", "Examiner", "Courier", "Enquirer", "Inquirer", "Dispatch",
        "Bulletin", "Record", "Sentinel", "Republic", "Monitor", "Mercury", "Democrat", "Gannett", "Collective", "Project",
        "Festival", "Pictures", "Films", "Productions", "Corporation", "Corp", "Corp.", "Authority", "Administration",
        "Bureau", "Agency's", "Sheriff's", "Department's", "Patrol", "Service's", "Embassy", "Parliament", "Kremlin",
        "Presidency", "Palace", "Reserve", "Command", "Family", "Wires", "Pressphoto", "Sportsfile",
        "Zeitung", "Allgemeine", "Unit", "Spokesperson", "Spokesman", "Ministry", "Forces", "Defense", "Defence", "Emergency", "Presidential", "Technologies", "Technology", "Labs", "PBC", "Systems", "Solutions", "Industries", "Partners", "Holdings",
        "International", "Global", "Worldwide", "GmbH", "AG", "Satellite", "Imagery", "Telegram", "Advertiser", "Advocate", "Beacon", "Leader", "Statesman", "Citizen", "Commons", "Wikimedia", "Unsplash", "Flickr", "Parliamentary", "Municipality", "Municipal", "Presse", "Foto", "Fotos", "Bild", "Scanpix", "Ritzau", "Bulls", "Hollandse",
    };

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "NASA", "FEMA", "NOAA", "ZUMA", "SOPA", "DVIDS", "NATO", "UNICEF", "UNHCR", "UNRWA", "WHO", "USAF", "USMC", "USCG",
        "CBP", "ICE", "LAPD", "NYPD", "FBI", "CNN", "BBC", "NBC", "ABC", "CBS", "ESPN", "UEFA", "FIFA", "NFL", "NBA", "MLB",
        "NHL", "DHS", "IDF", "KCNA", "SANA", "IRNA", "WANA", "ISNA", "MEHR", "NTB", "ANP", "ANSA", "TASS", "USA", "NYT",
    };

    /// <summary>The display form of a known agency name, or null.</summary>
    public static string? Known(string part)
    {
        if (string.IsNullOrWhiteSpace(part)) return null;
        var key = part.Trim();
        if (Aliases.TryGetValue(key, out var name)) return name;
        if (key.Contains("  ", StringComparison.Ordinal) || key.Contains(" - ", StringComparison.Ordinal))
        {
            var collapsed = string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" - ", "-", StringComparison.Ordinal);
            if (Aliases.TryGetValue(collapsed, out name)) return name;
        }
        return null;
    }

    /// <summary>True for the big wires and picture agencies that distribute others' pictures.</summary>
    public static bool IsDistributor(string displayName) => Distributors.Contains(displayName);

    /// <summary>True when a word marks a name as an organisation's.</summary>
    public static bool IsOrgWord(string word)
    {
        var w = word.TrimEnd(',', ';', ':');
        if (OrgWords.Contains(w)) return true;
        // "Post-Gazette", "Review-Journal", "Star-Telegram"
        if (!w.Contains('-')) return false;
        foreach (var segment in w.Split('-'))
            if (OrgWords.Contains(segment)) return true;
        return false;
    }

    /// <summary>Display form of an organisation name: known aliases, else all-caps words cased as words (short acronyms kept).</summary>
    public static string Display(string part)
    {
        var trimmed = part.Trim();
        // "Courtesy of the U.S. Navy": the article belongs to the sentence, not the name.
        if (trimmed.StartsWith("the ", StringComparison.Ordinal) && trimmed.Length > 4) trimmed = trimmed[4..].TrimStart();
        if (Known(trimmed) is { } known) return known;
        // A single all-caps word is an acronym as often as not ("NASA", "FEMA"); longer names are cased as words.
        if (!HasLowercase(trimmed) && trimmed.Contains(' ')) return TitleCaseAllCaps(trimmed);
        return trimmed;
    }

    private static bool HasLowercase(string s)
    {
        foreach (var c in s) if (char.IsLower(c)) return true;
        return false;
    }

    private static string TitleCaseAllCaps(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var letters = 0;
            foreach (var c in w) if (char.IsLetter(c)) letters++;
            // "US", "NBC", "U.S.", "FC": acronyms stay; "NAVY", "TIMES" become words.
            if (letters <= 3 || w.Contains('.') || Known(w) is not null || Acronyms.Contains(w)) continue;
            words[i] = PersonNames.CapitaliseWord(w);
        }
        return string.Join(' ', words);
    }
}
