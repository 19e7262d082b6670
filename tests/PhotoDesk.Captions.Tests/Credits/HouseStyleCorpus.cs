using Xunit;

namespace PhotoDesk.Captions.Tests.Credits;

/// <summary>
/// Realistic captions per house style, written for these tests, with what an archivist reads from them.
/// Columns: caption, photographers, agencies (both "|"-joined, originator first), flags, date (reference 2025-06-16, a Monday).
/// Shared by the house-style theory and the golden output file.
/// </summary>
public static class HouseStyleCorpus
{
    public static readonly DateOnly Reference = new(2025, 6, 16);

    public static TheoryData<string, string, string, string, string> Rows => new()
    {
        // --- Gallery style (the seed's): Name/Agency chains after the last sentence ---
        // two-link chain, weekday date
        { "Protesters gather outside City Hall in Los Angeles on Sunday. Ringo Chiu/AFP/Getty Images", "Ringo Chiu", "AFP|Getty Images", "", "2025-06-15" },
        // newspaper originator before the distributor
        { "Pictures hang on a sculpture in Little Tokyo on Thursday, June 12. Gina Ferazzi/Los Angeles Times/Getty Images", "Gina Ferazzi", "Los Angeles Times|Getty Images", "", "2025-06-12" },
        // three-link chain
        { "Smoke fills the air during protests on Sunday. David Pashaee/Middle East Images/AFP/Getty Images", "David Pashaee", "Middle East Images|AFP|Getty Images", "", "2025-06-15" },
        // middle initial with a period must not split the credit
        { "Law enforcement blocks a road in Paramount, California, on Wednesday. Jae C. Hong/AP", "Jae C. Hong", "AP", "", "2025-06-11" },
        // credit after a closing curly quote
        { "A sign reads “No Kings.” Mario Tama/Getty Images", "Mario Tama", "Getty Images", "", "" },
        // credit on its own line
        { "Demonstrators march through downtown on Saturday.\nDaniel Cole/Reuters", "Daniel Cole", "Reuters", "", "2025-06-14" },
        // credit line ending with a period
        { "Demonstrators march through downtown on Saturday. Daniel Cole/Reuters.", "Daniel Cole", "Reuters", "", "2025-06-14" },
        // no period before the credit
        { "A demonstrator waves a flag on Saturday Daniel Cole/Reuters", "Daniel Cole", "Reuters", "", "2025-06-14" },
        // no sentence break after a name in the body: the photographer stops at three words
        { "The crowd listens to Mayor Karen Bass Jose Luis Magana/AP", "Jose Luis Magana", "AP", "", "" },
        // no sentence break, newspaper chain
        { "Pictures hang on a sculpture on Thursday Gina Ferazzi/Los Angeles Times/Getty Images", "Gina Ferazzi", "Los Angeles Times|Getty Images", "", "2025-06-12" },
        // The Washington Post keeps its article
        { "Protesters are rounded up outside the detention center on Monday. Joshua Lott/The Washington Post/Getty Images", "Joshua Lott", "The Washington Post|Getty Images", "", "2025-06-16" },
        // three-word name with a particle
        { "Fans celebrate in Madrid on Sunday. Oscar del Pozo/AFP/Getty Images", "Oscar del Pozo", "AFP|Getty Images", "", "2025-06-15" },

        // --- AP ---
        // AP Photo prefix, full date with weekday
        { "Protesters march in Los Angeles, Sunday, June 8, 2025. (AP Photo/Eric Thayer)", "Eric Thayer", "AP", "", "2025-06-08" },
        // file picture, AP month abbreviation
        { "FILE - A home burns in Altadena, Calif., Jan. 8, 2025. (AP Photo/Ethan Swope, File)", "Ethan Swope", "AP", "file", "2025-01-08" },
        // pool picture, Sept. abbreviation
        { "President Donald Trump speaks in the Oval Office, Sept. 5, 2024. (AP Photo/Mark Schiefelbein, Pool)", "Mark Schiefelbein", "AP", "pool", "2024-09-05" },
        // member newspaper via AP
        { "Firefighters battle the Eaton Fire in Altadena, Calif., Wednesday, Jan. 8, 2025. (Jeff Gritchen/The Orange County Register via AP)", "Jeff Gritchen", "The Orange County Register|AP", "", "2025-01-08" },
        // handout via AP, no photographer
        { "This image provided by the U.S. Army shows soldiers at Fort Bragg, N.C., on May 1, 2025. (U.S. Army via AP)", "", "U.S. Army|AP", "", "2025-05-01" },
        // AP with initials H.W.
        { "People gather on the beach in Santa Monica, Calif., Saturday, June 14, 2025. (AP Photo/Ringo H.W. Chiu)", "Ringo H.W. Chiu", "AP", "", "2025-06-14" },
        // AP with Jr.
        { "Voters line up in Atlanta, Ga., on Tuesday. (AP Photo/Mike Stewart Jr.)", "Mike Stewart Jr.", "AP", "", "2025-06-10" },
        // AP slash-file variant
        { "Traffic moves along Interstate 5 in Seattle, Wash., Feb. 3, 2023. (AP Photo/Lindsey Wasson/File)", "Lindsey Wasson", "AP", "file", "2023-02-03" },
        // AP with no photographer named
        { "Smoke rises over the city on Friday. (AP Photo)", "", "AP", "", "2025-06-13" },
        // handout organisation via AP with courtesy
        { "A bear rests in a tree in Asheville, N.C., on Monday. (Courtesy of Jane Doe via AP)", "Jane Doe", "AP", "courtesy", "2025-06-16" },
        // pool photo lead-in via AP
        { "The defendant appears in court in Minneapolis, Minn., on Thursday. (Pool photo by Renée Jones via AP)", "Renée Jones", "AP", "pool", "2025-06-12" },

        // --- Reuters ---
        // standard Reuters credit after the dateline date
        { "Police stand guard in Los Angeles, California, U.S., June 8, 2025. REUTERS/Mike Blake", "Mike Blake", "Reuters", "", "2025-06-08" },
        // file photo
        { "FILE PHOTO: A view of the New York Stock Exchange in New York City, U.S., March 3, 2024. REUTERS/Brendan McDermid/File Photo", "Brendan McDermid", "Reuters", "file", "2024-03-03" },
        // trailer after the credit
        { "President Donald Trump speaks in Washington, U.S., June 10, 2025. REUTERS/Kevin Lamarque TPX IMAGES OF THE DAY", "Kevin Lamarque", "Reuters", "", "2025-06-10" },
        // pool via Reuters
        { "Leaders pose for a family photo in Brussels, Belgium June 8, 2025. Olivier Hoslet/Pool via REUTERS", "Olivier Hoslet", "Reuters", "pool", "2025-06-08" },
        // handout via Reuters: the originating organisation first
        { "A warship sails in the Red Sea in this handout picture released June 8, 2025. U.S. Navy/Handout via REUTERS", "", "U.S. Navy|Reuters", "handout", "2025-06-08" },
        // stringer placeholder is not a name
        { "Smoke rises after a strike in Khan Younis, Gaza, June 9, 2025. REUTERS/Stringer", "", "Reuters", "", "2025-06-09" },
        // Reuters handout with an attention-editors trailer
        { "Firefighters work at the site in Kyiv, Ukraine, June 10, 2025. Ukrainian Emergency Service/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.", "", "Ukrainian Emergency Service|Reuters", "handout", "2025-06-10" },
        // Reuters credit in mixed case
        { "Supporters cheer during a rally in Sao Paulo, Brazil, May 4, 2025. Reuters/Amanda Perobelli", "Amanda Perobelli", "Reuters", "", "2025-05-04" },

        // --- AFP ---
        // AFP photo-by with capitalised surname
        { "Protesters gather in Los Angeles on June 8, 2025. (Photo by Frederic J. BROWN / AFP)", "Frederic J. Brown", "AFP", "", "2025-06-08" },
        // AFP PHOTO prefix, all capitals
        { "A man walks past a mural in Paris on June 12, 2025. AFP PHOTO / JOEL SAGET", "Joel Saget", "AFP", "", "2025-06-12" },
        // double credit AFP + Getty
        { "Police detain a man in Los Angeles on June 9, 2025. (Photo by Patrick T. FALLON / AFP) (Photo by PATRICK T. FALLON/AFP via Getty Images)", "Patrick T. Fallon", "AFP|Getty Images", "", "2025-06-09" },
        // AFP pool
        { "French President Emmanuel Macron arrives at the Elysee Palace in Paris on June 11, 2025. (Photo by Ludovic MARIN / POOL / AFP)", "Ludovic Marin", "AFP", "pool", "2025-06-11" },
        // AFP handout with the originating navy
        { "This handout picture shows a missile launch on June 1, 2025. (Photo by HANDOUT / US NAVY / AFP)", "", "US Navy|AFP", "handout", "2025-06-01" },
        // placeholder dash instead of a name
        { "Fans celebrate in Buenos Aires on Sunday. (Photo by - / AFP)", "", "AFP", "", "2025-06-15" },
        // particle in capitals becomes lowercase
        { "People gather on Copacabana beach in Rio de Janeiro on June 7, 2025. Photo: Carl DE SOUZA/AFP", "Carl de Souza", "AFP", "", "2025-06-07" },
        // hyphenated surname in capitals
        { "Senators arrive at the Capitol in Washington on June 4, 2025. ANDREW CABALLERO-REYNOLDS/AFP via Getty Images", "Andrew Caballero-Reynolds", "AFP|Getty Images", "", "2025-06-04" },
        // Mc surname in capitals
        { "A firefighter sprays water on a burning home in Pacific Palisades on Jan. 8, 2025. DAVID MCNEW/AFP via Getty Images", "David McNew", "AFP|Getty Images", "", "2025-01-08" },
        // STR placeholder
        { "Smoke billows over the city on June 13, 2025. STR/AFP via Getty Images", "", "AFP|Getty Images", "", "2025-06-13" },
        // accented name in capitals
        { "Riot police stand guard in Nantes on June 2, 2025. (Photo by LOÏC VENANCE / AFP)", "Loïc Venance", "AFP", "", "2025-06-02" },

        // --- Getty ---
        // Getty dateline and credit
        { "LOS ANGELES, CALIFORNIA - JUNE 10: Protesters march downtown as the curfew begins. (Photo by Mario Tama/Getty Images)", "Mario Tama", "Getty Images", "", "2025-06-10" },
        // Getty dateline, two-digit day with a leading zero
        { "NEW YORK, NEW YORK - JUNE 05: People walk in Times Square. (Photo by Michael M. Santiago/Getty Images)", "Michael M. Santiago", "Getty Images", "", "2025-06-05" },
        // Getty pool suffix on the name
        { "WASHINGTON, DC - JUNE 03: The president speaks in the Roosevelt Room. (Photo by Jim Watson-Pool/Getty Images)", "Jim Watson", "Getty Images", "pool", "2025-06-03" },
        // Getty for a client: the client is not an agency
        { "LOS ANGELES, CALIFORNIA - JUNE 02: Guests attend the premiere. (Photo by Amy Sussman/Getty Images for Netflix)", "Amy Sussman", "Getty Images", "", "2025-06-02" },
        // NurPhoto via Getty
        { "Demonstrators march in Paris, France, on June 7, 2025. (Photo by Telmo Pinto/NurPhoto via Getty Images)", "Telmo Pinto", "NurPhoto|Getty Images", "", "2025-06-07" },
        // SOPA/LightRocket via Getty
        { "Protesters hold placards in Hong Kong on June 4, 2025. Vernon Yuen/SOPA Images/LightRocket via Getty Images", "Vernon Yuen", "SOPA Images|LightRocket|Getty Images", "", "2025-06-04" },
        // Anadolu via Getty
        { "Palestinians inspect the rubble in Gaza City, Gaza on June 9, 2025. (Photo by Omar Ashtawy/Anadolu via Getty Images)", "Omar Ashtawy", "Anadolu|Getty Images", "", "2025-06-09" },
        // Bloomberg via Getty
        { "Traders work on the floor of the New York Stock Exchange on June 6, 2025. Photographer: Michael Nagle/Bloomberg via Getty Images", "Michael Nagle", "Bloomberg|Getty Images", "", "2025-06-06" },
        // CQ-Roll Call, Inc keeps its comma
        { "Sen. Chuck Schumer speaks to reporters in the Capitol on Tuesday. Tom Williams/CQ-Roll Call, Inc via Getty Images", "Tom Williams", "CQ-Roll Call, Inc|Getty Images", "", "2025-06-10" },
        // WireImage
        { "Singer performs on stage at the festival on June 1, 2025 in Manchester, Tennessee. (Photo by Erika Goldring/WireImage)", "Erika Goldring", "WireImage", "", "2025-06-01" },
        // Getty lowercase via
        { "People shop at a market in Lagos on Friday. Pius Utomi Ekpei/AFP via Getty Images", "Pius Utomi Ekpei", "AFP|Getty Images", "", "2025-06-13" },

        // --- EPA ---
        // EPA-EFE with the EPA dateline date form
        { "epa12145678 Protesters clash with police in Los Angeles, California, USA, 08 June 2025. EPA-EFE/ALLISON DINNER", "Allison Dinner", "EPA-EFE", "", "2025-06-08" },
        // EPA alone
        { "Demonstrators gather in Los Angeles, California, USA, 09 June 2025. EPA/CAROLINE BREHMAN", "Caroline Brehman", "EPA", "", "2025-06-09" },
        // EPA pool
        { "US President Donald Trump speaks at the White House in Washington, DC, USA, 11 June 2025. EPA/WILL OLIVER / POOL", "Will Oliver", "EPA", "pool", "2025-06-11" },
        // EPA with editorial-use trailer
        { "A handout photo made available by the Ukrainian Presidential Press Service shows Volodymyr Zelensky in Kyiv, Ukraine, 05 June 2025. EPA-EFE/UKRAINIAN PRESIDENTIAL PRESS SERVICE HANDOUT EDITORIAL USE ONLY", "", "Ukrainian Presidential Press Service|EPA-EFE", "handout", "2025-06-05" },

        // --- Bloomberg, NYT, Guardian and other newspapers ---
        // Bloomberg photographer lead-in
        { "Shipping containers at the Port of Long Beach, California, on Tuesday, June 3, 2025. Photographer: Kyle Grillot/Bloomberg", "Kyle Grillot", "Bloomberg", "", "2025-06-03" },
        // NYT "for" credit
        { "Commuters wait for a train in Manhattan on Tuesday. Bryan Anselm for The New York Times", "Bryan Anselm", "The New York Times", "", "2025-06-10" },
        // NYT staff credit
        { "Senators leave the chamber on Wednesday. Haiyun Jiang/The New York Times", "Haiyun Jiang", "The New York Times", "", "2025-06-11" },
        // NYT credit lead-in with ellipsis
        { "A vendor in Mexico City on Sunday. Credit...Alejandro Cegarra for The New York Times", "Alejandro Cegarra", "The New York Times", "", "2025-06-15" },
        // Guardian photograph lead-in
        { "Crowds in Parliament Square, London, on Saturday. Photograph: Guy Smallman/The Guardian", "Guy Smallman", "The Guardian", "", "2025-06-14" },
        // Guardian crediting a wire
        { "Firefighters at the scene in Marseille. Photograph: Christophe Simon/AFP/Getty Images", "Christophe Simon", "AFP|Getty Images", "", "" },
        // staff photo of a local paper
        { "The city council meets on Tuesday. Staff photo by John Smith/The Daily Herald", "John Smith", "The Daily Herald", "", "2025-06-10" },

        // --- Other wires and picture agencies ---
        // ZUMA credit image
        { "Fans cheer in Berlin on Sunday. (Credit Image: © Sachelle Babbar/ZUMA Press Wire)", "Sachelle Babbar", "ZUMA Press Wire", "", "2025-06-15" },
        // Keystone prefix
        { "Snow falls on the Federal Palace in Bern on Friday. KEYSTONE/Peter Klaunzer", "Peter Klaunzer", "Keystone", "", "2025-06-13" },
        // dpa prefix
        { "Fans celebrate in Munich on Saturday. dpa/Sven Hoppe", "Sven Hoppe", "dpa", "", "2025-06-14" },
        // Xinhua in parentheses
        { "Tourists visit the Forbidden City in Beijing, capital of China, June 8, 2025. (Xinhua/Wu Xiaoling)", "Wu Xiaoling", "Xinhua", "", "2025-06-08" },
        // Sipa USA
        { "Demonstrators rally in Chicago on Saturday. (Photo by Jane Doe/Sipa USA)", "Jane Doe", "Sipa USA", "", "2025-06-14" },
        // Shutterstock with image number
        { "Guests arrive at the gala in London on Thursday. Mandatory Credit: Photo by David Fisher/Shutterstock (14512345c)", "David Fisher", "Shutterstock", "", "2025-06-12" },
        // Kyodo via Reuters
        { "Residents clear debris in Wajima, Japan, January 2, 2024, in this photo taken by Kyodo. Kyodo/via REUTERS", "", "Kyodo|Reuters", "", "2024-01-02" },
        // ANP prefix
        { "Cyclists ride past the Rijksmuseum in Amsterdam on Monday. ANP/Robin Utrecht", "Robin Utrecht", "ANP", "", "2025-06-16" },
        // Alamy live news chain
        { "Crowds at Glastonbury on Friday. Jane Doe/ZUMA Wire/Alamy Live News", "Jane Doe", "ZUMA Wire|Alamy Live News", "", "2025-06-13" },

        // --- Copyright, courtesy, handouts ---
        // copyright sign
        { "Sunset over Lake Geneva. © Jane Doe", "Jane Doe", "", "", "" },
        // copyright with a year
        { "Sunset over Lake Geneva. © 2024 Jane Doe", "Jane Doe", "", "", "" },
        // courtesy of an organisation
        { "The rover on the surface of Mars in an undated image. Courtesy of NASA", "", "NASA", "courtesy", "" },
        // courtesy of a family
        { "John Doe poses with his dog in 2019. Courtesy of the Doe family", "", "Doe family", "courtesy", "2019" },
        // photo courtesy of an agency
        { "The site after the storm on Monday. Photo courtesy of FEMA", "", "FEMA", "courtesy", "2025-06-16" },

        // --- Military ---
        // Army photo by a sergeant
        { "Soldiers train at Fort Bragg, N.C., on May 1, 2025. U.S. Army photo by Sgt. John Doe", "John Doe", "U.S. Army", "", "2025-05-01" },
        // Marine Corps with a compound rank, in parentheses
        { "Marines fire a mortar during an exercise on Jan. 5. (U.S. Marine Corps photo by Lance Cpl. Jane Doe)", "Jane Doe", "U.S. Marine Corps", "", "2025-01-05" },
        // Navy with the long rating
        { "Sailors handle lines aboard the USS Nimitz on Friday. U.S. Navy photo by Mass Communication Specialist 2nd Class John Q. Public", "John Q. Public", "U.S. Navy", "", "2025-06-13" },
        // Air Force staff sergeant
        { "An F-35 takes off from Luke Air Force Base, Ariz., on June 2, 2025. (U.S. Air Force photo by Staff Sgt. Maria Lopez)", "Maria Lopez", "U.S. Air Force", "", "2025-06-02" },
        // Army National Guard with a first-class rank
        { "Guardsmen fill sandbags in Louisiana on Sunday. U.S. Army National Guard photo by Sgt. 1st Class Paul Smith", "Paul Smith", "U.S. Army National Guard", "", "2025-06-15" },

        // --- Seen in the wild: embargoes, asides, mononyms, bare agencies ---
        // AFP embargo after the credit
        { "A woman walks in Tokyo on June 2, 2025. (Photo by Yuichi YAMAZAKI / AFP) / JAPAN OUT", "Yuichi Yamazaki", "AFP", "", "2025-06-02" },
        // Reuters third-party trailer and embargo
        { "Crowds gather in Seoul, South Korea, June 4, 2025. Yonhap via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES. SOUTH KOREA OUT.", "", "Yonhap|Reuters", "", "2025-06-04" },
        // an aside in parentheses inside the credit
        { "Smoke rises over Tehran on June 13, 2025. WANA (West Asia News Agency)/Handout via REUTERS", "", "WANA (West Asia News Agency)|Reuters", "handout", "2025-06-13" },
        // an acronym and a possessive make an organisation, not a person
        { "Smoke rises at the site on Wednesday. (IDF Spokesperson's Unit via AP)", "", "IDF Spokesperson's Unit|AP", "", "2025-06-11" },
        // a one-word photographer name after "Photo by"
        { "Ukrainian servicemen fire a howitzer near Bakhmut, Ukraine, on Feb. 5, 2023. (Photo by Libkos/Getty Images)", "Libkos", "Getty Images", "", "2023-02-05" },
        // an agency alone
        { "People gather outside the stadium. Getty Images", "", "Getty Images", "", "" },
        // handout via AP
        { "The suspect is seen in this undated image. (Handout via AP)", "", "AP", "handout", "" },
        // AP credit with stray spaces inside the parentheses
        { "Traders work on the floor on Friday. ( AP Photo/ Mark Lennihan )", "Mark Lennihan", "AP", "", "2025-06-13" },
        // Getty chain through a newspaper with spaced slashes
        { "Police at the scene on Monday. (Photo by Robert Gauthier / Los Angeles Times via Getty Images)", "Robert Gauthier", "Los Angeles Times|Getty Images", "", "2025-06-16" },
        // AFP all-caps hyphenated Arabic name
        { "Palestinians gather to receive food in Gaza City on June 10, 2025. (Photo by Omar AL-QATTAA / AFP)", "Omar Al-Qattaa", "AFP", "", "2025-06-10" },
        // EFE with a space after the slash
        { "People take part in a protest in Madrid, Spain, 08 June 2025. EFE/ Fernando Villar", "Fernando Villar", "EFE", "", "2025-06-08" },
        // ANSA in capitals
        { "Supporters celebrate in Milan, Italy, 31 May 2025. ANSA/MATTEO BAZZI", "Matteo Bazzi", "ANSA", "", "2025-05-31" },
        // AP weekday and abbreviated month before the place
        { "Firefighters battle the blaze Tuesday, Jan. 7, 2025, in Pacific Palisades, Calif. (AP Photo/Etienne Laurent)", "Etienne Laurent", "AP", "", "2025-01-07" },
        // Getty credit with a client after "for"
        { "Taylor Swift performs on June 13. Kevin Mazur/TAS24/Getty Images for TAS Rights Management", "Kevin Mazur", "TAS24|Getty Images", "", "2025-06-13" },
        // Washington Post "for" credit with a lead-in
        { "Members of the National Guard stand outside the federal building. Photo by Jane Doe for The Washington Post", "Jane Doe", "The Washington Post", "", "" },
        // Bloomberg photo-by in parentheses
        { "A worker walks past crates at the port on Monday. (Bloomberg photo by Jane Doe)", "Jane Doe", "Bloomberg", "", "2025-06-16" },

        // --- Sports, web and regional styles ---
        // Imagn's name-hyphen-agency credit
        { "Dodgers fans celebrate at Dodger Stadium on Sunday. Mandatory Credit: Kirby Lee-Imagn Images", "Kirby Lee", "Imagn Images", "", "2025-06-15" },
        // a hyphenated surname before the agency hyphen
        { "Jun 8, 2025; Los Angeles, California, USA; Fans cheer. Mandatory Credit: Jayne Kamin-Oncea-Imagn Images", "Jayne Kamin-Oncea", "Imagn Images", "", "2025-06-08" },
        // USA TODAY Sports
        { "Fans cheer in Green Bay on Sunday. Jane Doe-USA TODAY Sports", "Jane Doe", "USA TODAY Sports", "", "2025-06-15" },
        // Al Jazeera square brackets with a file lead-in
        { "Palestinians gather in Gaza City. [File: Mohammed Salem/Reuters]", "Mohammed Salem", "Reuters", "file", "" },
        // Arabic particle joined with a hyphen
        { "Fans gather in Cairo on Friday. (Photo by Ibrahim al-Omari/Anadolu via Getty Images)", "Ibrahim al-Omari", "Anadolu|Getty Images", "", "2025-06-13" },
        // hyphenated newspaper name via AP
        { "Fire crews work near the Strip on Monday. (Jane Doe/Las Vegas Review-Journal via AP)", "Jane Doe", "Las Vegas Review-Journal|AP", "", "2025-06-16" },
        // a publication without an organisation word, after the photographer
        { "Fire crews work in Lahaina on Monday. (Jane Doe/Honolulu Civil Beat via AP)", "Jane Doe", "Honolulu Civil Beat|AP", "", "2025-06-16" },
        // pipes as separators
        { "Traders work on the floor on Monday. Michael Nagle | Bloomberg | Getty Images", "Michael Nagle", "Bloomberg|Getty Images", "", "2025-06-16" },
        // Unsplash credit
        { "A mountain view at dawn. Photo by Jane Doe on Unsplash", "Jane Doe", "Unsplash", "", "" },
        // Wikimedia licence is not an agency
        { "The cathedral at dusk. Photo: Jane Doe / Wikimedia Commons / CC BY-SA 4.0", "Jane Doe", "Wikimedia Commons", "", "" },
        // a comma before a known organisation
        { "The senator speaks on Monday. Photo by Jane Doe, The Washington Post", "Jane Doe", "The Washington Post", "", "2025-06-16" },
        // Getty pool without a name
        { "The senator speaks in the Capitol. (Photo by Pool/Getty Images)", "", "Getty Images", "pool", "" },
        // photo illustration lead-in
        { "A photo illustration shows the app on June 3, 2025. Photo illustration by Jane Doe/Reuters", "Jane Doe", "Reuters", "", "2025-06-03" },

        // --- Government and institutional sources ---
        // courtesy of an organisation with an article
        { "The destroyer sails in the Atlantic on Friday. (Photo courtesy of the U.S. Navy)", "", "U.S. Navy", "courtesy", "2025-06-13" },
        // military photo with a released note
        { "Sailors stand on deck of the carrier on Monday. (U.S. Navy photo/Released)", "", "U.S. Navy", "", "2025-06-16" },
        // military photo with the airman after the slash
        { "An F-16 refuels over Iraq on June 9, 2025. U.S. Air Force photo/Senior Airman Jane Doe", "Jane Doe", "U.S. Air Force", "", "2025-06-09" },
        // rank in the name, service after a comma
        { "Soldiers load a truck on Tuesday. Photo by Sgt. John Doe, U.S. Army", "John Doe", "U.S. Army", "", "2025-06-10" },
        // official White House photo
        { "The president meets his cabinet on Wednesday. Official White House Photo by Jane Doe", "Jane Doe", "Official White House", "", "2025-06-11" },
        // NASA with a laboratory
        { "The galaxy in an image released on Tuesday. NASA/JPL-Caltech", "", "NASA|JPL-Caltech", "", "2025-06-10" },
        // NASA with a photographer
        { "The rocket lifts off from Cape Canaveral on June 2, 2025. NASA/Bill Ingalls", "Bill Ingalls", "NASA", "", "2025-06-02" },
        // text a web page appends after a Reuters credit
        { "A view of the harbour in Sydney, Australia, June 11, 2025. REUTERS/Jaimi Joy Purchase Licensing Rights, opens new tab", "Jaimi Joy", "Reuters", "", "2025-06-11" },

        // --- Notices and bracketed agencies ---
        // AP's rights notice after the credit
        { "Fans cheer at the stadium on Sunday. (AP Photo/Jae C. Hong) Copyright 2025 The Associated Press. All rights reserved.", "Jae C. Hong", "AP", "", "2025-06-15" },
        // a copyright line is the credit when nothing precedes it
        { "Sunset over the lake. © 2025 Jane Doe. All rights reserved.", "Jane Doe", "", "", "" },
        // photographer before a bracketed agency
        { "Protesters clash with police on Sunday. Jane Doe (AFP)", "Jane Doe", "AFP", "", "2025-06-15" },
        // with a lead-in
        { "Protesters clash with police on Sunday. Photo: Jane Doe (Reuters)", "Jane Doe", "Reuters", "", "2025-06-15" },
        // a bracketed agency after a body word is not a photographer's credit
        { "Protesters (AFP)", "", "AFP", "", "" },
        // Italian capitalised particle stays
        { "Workers clean up the square in Rome on Friday. EPA/JIM LO SCALZO", "Jim Lo Scalzo", "EPA", "", "2025-06-13" },
        // Spanish de la in capitals
        { "Rescuers search the rubble in Acapulco on Monday. Ricardo DE LA CRUZ/AFP", "Ricardo de la Cruz", "AFP", "", "2025-06-16" },

        // --- Gallery chains seen in CNN-style galleries ---
        // satellite imagery with a copyright year
        { "A satellite image shows damage at the air base on June 2, 2025. Satellite image ©2025 Maxar Technologies/AP", "", "Maxar Technologies|AP", "", "2025-06-02" },
        // a company name is not a photographer
        { "A satellite image shows the port on Friday. Planet Labs PBC/AP", "", "Planet Labs PBC|AP", "", "2025-06-13" },
        // obtained-by credit
        { "A video still shows the scene outside the school. Obtained by CNN", "", "CNN", "", "" },
        // EPA distributed by Shutterstock
        { "Fans gather at the Capitol on Monday. Allison Dinner/EPA/Shutterstock", "Allison Dinner", "EPA|Shutterstock", "", "2025-06-16" },
        // NYT picture through Redux
        { "Senators arrive for the vote on Tuesday. Doug Mills/The New York Times/Redux", "Doug Mills", "The New York Times|Redux", "", "2025-06-10" },
        // four-link chain
        { "The president speaks in the Rose Garden on Monday. Ken Cedeno/UPI/Bloomberg/Getty Images", "Ken Cedeno", "UPI|Bloomberg|Getty Images", "", "2025-06-16" },
        // pool inside a chain
        { "The president speaks in the Oval Office on Monday. Jim Watson/Pool/AFP/Getty Images", "Jim Watson", "AFP|Getty Images", "pool", "2025-06-16" },
        // file at the end of a chain
        { "The president speaks at the Capitol in 2021. Jacquelyn Martin/AP/File", "Jacquelyn Martin", "AP", "file", "2021" },

        // --- Archives and freelancers ---
        // archive collection via Getty
        { "Soldiers land in Normandy in June 1944. Universal History Archive/Universal Images Group via Getty Images", "", "Universal History Archive|Universal Images Group|Getty Images", "", "1944-06" },
        // archive name alone before Getty
        { "Jazz musicians perform in 1955. Bettmann/Getty Images", "", "Bettmann|Getty Images", "", "1955" },
        // staff placeholder
        { "Crowds gather outside the palace. STAFF/AFP/Getty Images", "", "AFP|Getty Images", "", "" },
        // freelancer for a newspaper after a slash
        { "Protesters march on Sunday. Jane Doe/For The Washington Post", "Jane Doe", "The Washington Post", "", "2025-06-15" },
        // special to a newspaper
        { "People gather on Saturday. Jane Doe/Special to The Denver Post", "Jane Doe", "The Denver Post", "", "2025-06-14" },

        // --- Not credits: body text that looks like one ---
        // a slash between numbers is not a credit
        { "Volunteers staff the shelter 24/7 in Houston.", "", "", "", "" },
        // an agency named in the body is not a credit
        { "People walk past a billboard for Getty Images in Seattle.", "", "", "", "" },
        // an and/or in the body
        { "Residents must evacuate and/or shelter in place.", "", "", "", "" },
        // body slash plus a real credit: only the credit counts
        { "The 24/7 vigil continues near the Capitol on Tuesday. Kevin Dietsch/Getty Images", "Kevin Dietsch", "Getty Images", "", "2025-06-10" },
        // a photo by someone in the body is not a credit
        { "The exhibition features a photo by Jane Doe", "", "", "", "" },
        // place names around a slash at the end of the body are not a credit
        { "Commuters crowd the trains from New York/New Jersey", "", "", "", "" },
        // a poll named in the body is not a credit
        { "Voters wait in line, according to a Reuters/Ipsos poll", "", "", "", "" },
        // people named in the body are not photographers
        { "Mayor Karen Bass speaks with Gov. Gavin Newsom in Los Angeles on Monday. Mario Tama/Getty Images", "Mario Tama", "Getty Images", "", "2025-06-16" },
        // no credit at all
        { "A protester blocks mounted police officers during the protest.", "", "", "", "" },
        // an agency named in the body and a credit: the credit's chain only
        { "Reuters journalists cover the protest in Los Angeles on Sunday. Jane Doe/AP", "Jane Doe", "AP", "", "2025-06-15" },
        // two photographers
        { "Firefighters battle flames in Malibu on Wednesday. Jane Doe and John Roe/Reuters", "Jane Doe|John Roe", "Reuters", "", "2025-06-11" },
    };
}
