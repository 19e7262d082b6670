namespace PhotoDesk.Captions.Places;

/// <summary>The small words that tell a place from any other capitalised phrase in a caption.</summary>
internal static class PlaceVocabulary
{
    /// <summary>A place named right after these is where the photo was made ("in", "outside", "near" …).</summary>
    public static bool IsStrongPreposition(ReadOnlySpan<char> word) => Strong.Contains(word);

    /// <summary>A place after these is often not the scene ("from Honduras", "the mayor of Paris").</summary>
    public static bool IsWeakPreposition(ReadOnlySpan<char> word) => Weak.Contains(word);

    /// <summary>Words between a preposition and the name: "in the", "in downtown", "in eastern".</summary>
    public static bool IsPlaceModifier(ReadOnlySpan<char> word) => Modifiers.Contains(word);

    /// <summary>Lower-case words inside names ("Rio de Janeiro", "Stratford-upon-Avon", "Bosnia and Herzegovina").</summary>
    public static bool IsConnector(ReadOnlySpan<char> word) => Connectors.Contains(word);

    /// <summary>"neighborhood", "district" … in "the Compton neighborhood of Los Angeles".</summary>
    public static bool IsSublocationNoun(ReadOnlySpan<char> word) => SublocationNouns.Contains(word);

    /// <summary>"city", "town", "region" … in "the West Bank city of Hebron": what precedes them is the wider area.</summary>
    public static bool IsContainerNoun(ReadOnlySpan<char> word) => ContainerNouns.Contains(word);

    /// <summary>"town", "city", "village" … in "near the town of Bakhmut".</summary>
    public static bool IsSettlementNoun(ReadOnlySpan<char> word) => SettlementNouns.Contains(word);

    /// <summary>Words that make a name a division: "Washington state", "Kharkiv region", "Orange County".</summary>
    public static bool IsAreaNoun(ReadOnlySpan<char> word) => AreaNouns.Contains(word);

    /// <summary>Small words that end a name when a caption is set in capitals ("ON", "DURING", "AS").</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        FunctionWords.Contains(word) || Strong.Contains(word) || Weak.Contains(word);

    /// <summary>"Airport", "Stadium", "University" …: what a landmark named after its city ends with.</summary>
    public static bool IsFacilityNoun(ReadOnlySpan<char> word) => FacilityNouns.Contains(word);

    /// <summary>Month and weekday names and their abbreviations: they end a name ("in Paris Saturday").</summary>
    public static bool IsCalendarWord(ReadOnlySpan<char> word) => Calendar.Contains(word);

    /// <summary>
    /// Capitalised words that are also small places somewhere but in a caption almost always mean something
    /// else ("Marines", "Federal", "Congress"); they are places only with a state or country beside them.
    /// </summary>
    public static bool IsCommonNoun(ReadOnlySpan<char> word) => CommonNouns.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Strong = Set(
        "in", "at", "near", "outside", "inside", "into", "across", "throughout", "around", "toward", "towards",
        "through", "within", "over", "above", "along", "downtown", "nearby", "off", "onto", "outskirts", "in-", "amid");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weak = Set(
        "from", "to", "of", "for", "visiting", "visits", "visit", "between", "beyond");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modifiers = Set(
        "the", "downtown", "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
        "southwest", "suburban", "rural", "coastal", "occupied", "greater", "midtown", "uptown", "nearby",
        "neighboring", "neighbouring", "metropolitan", "war-torn", "upstate", "downstate", "front", "of");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = Set(
        "de", "del", "della", "delle", "dei", "la", "le", "les", "los", "las", "di", "da", "do", "dos", "das", "du",
        "des", "am", "an", "im", "el", "al", "en", "sur", "upon", "y", "and", "of", "op", "aan", "ad", "bei",
        "van", "der", "den", "het", "ter", "'s");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SublocationNouns = Set(
        "neighborhood", "neighbourhood", "district", "section", "area", "suburb", "borough", "quarter", "community",
        "enclave", "township", "village", "town", "city", "camp", "refugee", "settlement", "municipality", "ward",
        "barrio", "favela", "commune", "region", "province", "state", "county", "oblast", "governorate", "island",
        "port", "coast", "valley", "outskirts", "part", "center", "centre", "heart");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContainerNouns = Set(
        "city", "town", "village", "capital", "port", "region", "province", "state", "county", "oblast",
        "governorate", "island", "coast", "valley", "municipality", "settlement", "camp", "refugee");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SettlementNouns = Set(
        "town", "city", "village", "hamlet", "capital", "port", "community", "suburb", "settlement", "municipality");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AreaNouns = Set(
        "state", "region", "province", "oblast", "governorate", "prefecture", "county", "parish", "district",
        "territory", "canton", "department");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = Set(
        "on", "as", "after", "before", "during", "while", "with", "by", "is", "are", "was", "were", "a", "an",
        "the", "this", "that", "their", "his", "her", "its", "who", "which", "where", "when", "amid", "under");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FacilityNouns = Set(
        "airport", "stadium", "arena", "university", "college", "hall", "center", "centre", "station", "zoo",
        "harbor", "harbour", "cathedral", "bridge", "museum", "hospital", "palace", "church", "mosque", "synagogue",
        "temple", "courthouse", "building", "tower", "plaza", "market", "convention", "library", "theater",
        "theatre", "cemetery", "memorial", "lavra", "monastery", "port", "terminal", "opera", "house", "wall");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tonight", "yesterday");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonNouns = Set(
        "marines", "marine", "federal", "police", "congress", "parliament", "court", "senate", "house", "church",
        "mass", "god", "heaven", "hell", "christmas", "easter", "ramadan", "olympic", "olympics", "army", "navy",
        "union", "liberty", "hope", "victory", "progress", "independence", "freedom", "justice", "unity", "harmony",
        "enterprise", "commerce", "industry", "trump", "biden", "obama", "pope", "mayor", "governor", "president",
        "government", "state", "city", "county", "national", "international", "central", "university", "college",
        "school", "hospital", "airport", "station", "park", "square", "street", "avenue", "building", "hall",
        "capitol", "white", "black", "red", "green", "blue", "gold", "silver", "english", "french", "spanish",
        "german", "american", "mexican", "chinese", "russian", "jewish", "muslim", "christian", "catholic",
        "protestant", "democrat", "republican", "democrats", "republicans", "guard", "national guard", "ice",
        "customs", "immigration", "border", "patrol", "sheriff", "fire", "rescue", "health", "media", "press",
        "new", "old", "little", "big", "great", "upper", "lower", "mount", "lake", "river", "beach", "bay", "port",
        "fort", "saint", "san", "santa", "la", "le", "los", "las", "el", "al", "du", "de", "van", "von", "ben",
        "summit", "forum", "festival", "cup", "games", "world", "day", "night", "morning", "evening", "week");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
