namespace PhotoDesk.Captions.Places;

/// <summary>
/// ISO 3166-1 alpha-2 codes with the English short name news copy uses ("United States", "South Korea",
/// "Ivory Coast") and the aliases captions write ("U.S.", "UAE", "DRC", "Holland", "Czechia", "Burma").
/// Base names from the npm package countries-list (MIT), adjusted by hand to news usage.
/// </summary>
public static class CountryNames
{
    // code|name reported|aliases… One line per code; the first name is the one we output.
    private static readonly string[] Table =
    [
        "AC|Ascension Island",
        "AD|Andorra",
        "AE|United Arab Emirates|UAE|U.A.E.|Emirates",
        "AF|Afghanistan",
        "AG|Antigua and Barbuda|Antigua",
        "AI|Anguilla",
        "AL|Albania",
        "AM|Armenia",
        "AO|Angola",
        "AQ|Antarctica",
        "AR|Argentina",
        "AS|American Samoa",
        "AT|Austria",
        "AU|Australia",
        "AW|Aruba",
        "AX|Aland Islands|Åland",
        "AZ|Azerbaijan",
        "BA|Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina",
        "BB|Barbados",
        "BD|Bangladesh",
        "BE|Belgium",
        "BF|Burkina Faso",
        "BG|Bulgaria",
        "BH|Bahrain",
        "BI|Burundi",
        "BJ|Benin",
        "BL|Saint Barthelemy|St. Barts|Saint Barthélemy",
        "BM|Bermuda",
        "BN|Brunei|Brunei Darussalam",
        "BO|Bolivia",
        "BQ|Bonaire",
        "BR|Brazil",
        "BS|Bahamas|The Bahamas",
        "BT|Bhutan",
        "BV|Bouvet Island",
        "BW|Botswana",
        "BY|Belarus",
        "BZ|Belize",
        "CA|Canada",
        "CC|Cocos (Keeling) Islands",
        "CD|Democratic Republic of the Congo|DRC|D.R.C.|DR Congo|D.R. Congo|Democratic Republic of Congo|Congo-Kinshasa|Congo",
        "CF|Central African Republic",
        "CG|Republic of the Congo|Republic of Congo|Congo-Brazzaville|Congo Republic",
        "CH|Switzerland",
        "CI|Ivory Coast|Côte d'Ivoire|Cote d'Ivoire",
        "CK|Cook Islands",
        "CL|Chile",
        "CM|Cameroon",
        "CN|China|People's Republic of China|PRC|mainland China",
        "CO|Colombia",
        "CR|Costa Rica",
        "CU|Cuba",
        "CV|Cape Verde|Cabo Verde",
        "CW|Curaçao|Curacao",
        "CX|Christmas Island",
        "CY|Cyprus",
        "CZ|Czech Republic|Czechia",
        "DE|Germany|Federal Republic of Germany",
        "DJ|Djibouti",
        "DK|Denmark",
        "DM|Dominica",
        "DO|Dominican Republic",
        "DZ|Algeria",
        "EC|Ecuador",
        "EE|Estonia",
        "EG|Egypt",
        "EH|Western Sahara",
        "ER|Eritrea",
        "ES|Spain",
        "ET|Ethiopia",
        "FI|Finland",
        "FJ|Fiji",
        "FK|Falkland Islands",
        "FM|Micronesia|Federated States of Micronesia",
        "FO|Faroe Islands",
        "FR|France",
        "GA|Gabon",
        "GB|United Kingdom|U.K.|UK|Britain|Great Britain",
        "GD|Grenada",
        "GE|Georgia",
        "GF|French Guiana",
        "GG|Guernsey",
        "GH|Ghana",
        "GI|Gibraltar",
        "GL|Greenland",
        "GM|Gambia|The Gambia",
        "GN|Guinea",
        "GP|Guadeloupe",
        "GQ|Equatorial Guinea",
        "GR|Greece",
        "GS|South Georgia and the South Sandwich Islands",
        "GT|Guatemala",
        "GU|Guam",
        "GW|Guinea-Bissau",
        "GY|Guyana",
        "HK|Hong Kong|Hong Kong SAR",
        "HM|Heard Island and McDonald Islands",
        "HN|Honduras",
        "HR|Croatia",
        "HT|Haiti",
        "HU|Hungary",
        "ID|Indonesia",
        "IE|Ireland|Republic of Ireland|Eire",
        "IL|Israel",
        "IM|Isle of Man",
        "IN|India",
        "IO|British Indian Ocean Territory",
        "IQ|Iraq",
        "IR|Iran|Islamic Republic of Iran",
        "IS|Iceland",
        "IT|Italy",
        "JE|Jersey",
        "JM|Jamaica",
        "JO|Jordan",
        "JP|Japan",
        "KE|Kenya",
        "KG|Kyrgyzstan|Kyrgyz Republic",
        "KH|Cambodia",
        "KI|Kiribati",
        "KM|Comoros",
        "KN|Saint Kitts and Nevis|St. Kitts and Nevis",
        "KP|North Korea|DPRK|N. Korea|Democratic People's Republic of Korea",
        "KR|South Korea|Republic of Korea|Korea|S. Korea",
        "KW|Kuwait",
        "KY|Cayman Islands",
        "KZ|Kazakhstan",
        "LA|Laos|Lao PDR",
        "LB|Lebanon",
        "LC|Saint Lucia|St. Lucia",
        "LI|Liechtenstein",
        "LK|Sri Lanka",
        "LR|Liberia",
        "LS|Lesotho",
        "LT|Lithuania",
        "LU|Luxembourg",
        "LV|Latvia",
        "LY|Libya",
        "MA|Morocco",
        "MC|Monaco",
        "MD|Moldova|Republic of Moldova",
        "ME|Montenegro",
        "MF|Saint Martin|St. Martin",
        "MG|Madagascar",
        "MH|Marshall Islands",
        "MK|North Macedonia|Macedonia",
        "ML|Mali",
        "MM|Myanmar|Burma",
        "MN|Mongolia",
        "MO|Macau|Macao",
        "MP|Northern Mariana Islands",
        "MQ|Martinique",
        "MR|Mauritania",
        "MS|Montserrat",
        "MT|Malta",
        "MU|Mauritius",
        "MV|Maldives",
        "MW|Malawi",
        "MX|Mexico|México",
        "MY|Malaysia",
        "MZ|Mozambique",
        "NA|Namibia",
        "NC|New Caledonia",
        "NE|Niger",
        "NF|Norfolk Island",
        "NG|Nigeria",
        "NI|Nicaragua",
        "NL|Netherlands|Holland|The Netherlands",
        "NO|Norway",
        "NP|Nepal",
        "NR|Nauru",
        "NU|Niue",
        "NZ|New Zealand|Aotearoa",
        "OM|Oman",
        "PA|Panama",
        "PE|Peru",
        "PF|French Polynesia",
        "PG|Papua New Guinea|PNG",
        "PH|Philippines|The Philippines",
        "PK|Pakistan",
        "PL|Poland",
        "PM|Saint Pierre and Miquelon",
        "PN|Pitcairn Islands",
        "PR|Puerto Rico",
        "PS|Palestinian Territories|Palestine|Palestinian Territory|Occupied Palestinian Territories",
        "PT|Portugal",
        "PW|Palau",
        "PY|Paraguay",
        "QA|Qatar",
        "RE|Réunion|Reunion",
        "RO|Romania",
        "RS|Serbia",
        "RU|Russia|Russian Federation",
        "RW|Rwanda",
        "SA|Saudi Arabia|Saudi|Kingdom of Saudi Arabia",
        "SB|Solomon Islands",
        "SC|Seychelles",
        "SD|Sudan",
        "SE|Sweden",
        "SG|Singapore",
        "SH|Saint Helena",
        "SI|Slovenia",
        "SJ|Svalbard and Jan Mayen",
        "SK|Slovakia",
        "SL|Sierra Leone",
        "SM|San Marino",
        "SN|Senegal",
        "SO|Somalia",
        "SR|Suriname",
        "SS|South Sudan",
        "ST|Sao Tome and Principe|São Tomé and Príncipe",
        "SV|El Salvador",
        "SX|Sint Maarten",
        "SY|Syria|Syrian Arab Republic",
        "SZ|Eswatini|Swaziland",
        "TA|Tristan da Cunha",
        "TC|Turks and Caicos Islands",
        "TD|Chad",
        "TF|French Southern Territories",
        "TG|Togo",
        "TH|Thailand",
        "TJ|Tajikistan",
        "TK|Tokelau",
        "TL|East Timor|Timor-Leste",
        "TM|Turkmenistan",
        "TN|Tunisia",
        "TO|Tonga",
        "TR|Turkey|Türkiye|Turkiye",
        "TT|Trinidad and Tobago|Trinidad",
        "TV|Tuvalu",
        "TW|Taiwan|Republic of China",
        "TZ|Tanzania|United Republic of Tanzania",
        "UA|Ukraine|the Ukraine",
        "UG|Uganda",
        "UM|U.S. Minor Outlying Islands",
        "US|United States|U.S.|US|USA|U.S.A.|United States of America|America",
        "UY|Uruguay",
        "UZ|Uzbekistan",
        "VA|Vatican City|Vatican|Holy See",
        "VC|Saint Vincent and the Grenadines|St. Vincent and the Grenadines",
        "VE|Venezuela",
        "VG|British Virgin Islands",
        "VI|U.S. Virgin Islands|US Virgin Islands",
        "VN|Vietnam|Viet Nam",
        "VU|Vanuatu",
        "WF|Wallis and Futuna",
        "WS|Samoa",
        "XK|Kosovo",
        "YE|Yemen",
        "YT|Mayotte",
        "ZA|South Africa|S. Africa",
        "ZM|Zambia",
        "ZW|Zimbabwe",
    ];

    private static readonly Dictionary<string, string> NamesByCode = BuildNames();
    private static readonly Dictionary<string, string> CodesByKey = BuildKeys();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodesBySpan =
        CodesByKey.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<string> Codes => NamesByCode.Keys;

    /// <summary>The name we report for an alpha-2 code ("US" → "United States"), or null when unknown.</summary>
    public static string? NameOf(string? code) =>
        code is not null && NamesByCode.TryGetValue(code.ToUpperInvariant(), out var name) ? name : null;

    /// <summary>Finds the code for a country name or alias, in any case ("u.s." → "US", "Côte d'Ivoire" → "CI").</summary>
    public static bool TryFind(string? text, out string code)
    {
        code = string.Empty;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var found = FindByKey(PlaceKey.Of(text));
        if (found is null) return false;
        code = found;
        return true;
    }

    /// <summary>Looks a <see cref="PlaceKey"/> up; a leading "the " is ignored ("the Netherlands").</summary>
    internal static string? FindByKey(ReadOnlySpan<char> key)
    {
        if (CodesBySpan.TryGetValue(key, out var code)) return code;
        return key.StartsWith("the ") && CodesBySpan.TryGetValue(key[4..], out code) ? code : null;
    }

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(Table.Length, StringComparer.Ordinal);
        foreach (var row in Table)
        {
            var parts = row.Split('|');
            names[parts[0]] = parts[1];
        }
        return names;
    }

    private static Dictionary<string, string> BuildKeys()
    {
        var keys = new Dictionary<string, string>(Table.Length * 2, StringComparer.Ordinal);
        foreach (var row in Table)
        {
            var parts = row.Split('|');
            foreach (var name in parts.Skip(1))
                keys.TryAdd(PlaceKey.Of(name), parts[0]);
        }
        return keys;
    }
}
