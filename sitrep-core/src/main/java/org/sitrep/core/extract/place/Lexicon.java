package org.sitrep.core.extract.place;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** English word lists for toponym detection: stop words, abbreviations, context cues. Package-private. */
final class Lexicon {
    private Lexicon() {
    }

    /** AP-style and common abbreviations of US states (and D.C.), to USPS codes. */
    static final Map<String, String> US_STATE_ABBREVIATIONS = abbreviations(
            "Ala.=AL Ariz.=AZ Ark.=AR Calif.=CA Cal.=CA Colo.=CO Conn.=CT Del.=DE Fla.=FL Ga.=GA Ill.=IL Ind.=IN "
            + "Kan.=KS Kans.=KS Ky.=KY La.=LA Md.=MD Mass.=MA Mich.=MI Minn.=MN Miss.=MS Mo.=MO Mont.=MT Neb.=NE "
            + "Nebr.=NE Nev.=NV N.H.=NH N.J.=NJ N.M.=NM N.Y.=NY N.C.=NC N.D.=ND Okla.=OK Ore.=OR Oreg.=OR Pa.=PA "
            + "Penn.=PA R.I.=RI S.C.=SC S.D.=SD Tenn.=TN Tex.=TX Vt.=VT Va.=VA Wash.=WA W.Va.=WV W.Va=WV Wis.=WI "
            + "Wisc.=WI Wyo.=WY D.C.=DC Ariz=AZ Calif=CA Fla=FL Ill=IL Mass=MA Mich=MI Minn=MN Tenn=TN Okla=OK");

    /** Common names of countries that the data's official names miss. */
    static final Map<String, String> COUNTRY_ALIASES = abbreviations(
            "U.S.=US US=US USA=US U.S.A.=US America=US UK=GB U.K.=GB Britain=GB England=GB Scotland=GB Wales=GB "
            + "UAE=AE U.A.E.=AE");

    static final Map<String, String> MULTIWORD_COUNTRY_ALIASES = Map.of(
            "United States", "US", "United States of America", "US", "Great Britain", "GB", "United Kingdom", "GB",
            "South Korea", "KR", "North Korea", "KP", "Czech Republic", "CZ", "Ivory Coast", "CI");

    /** Adjectives of nationality that set the country context ("Ukrainian officials"). */
    static final Map<String, String> DEMONYMS = abbreviations(
            "American=US Ukrainian=UA Ukrainians=UA Russian=RU Russians=RU British=GB Canadian=CA Mexican=MX "
            + "French=FR German=DE Polish=PL Israeli=IL Palestinian=PS Syrian=SY Iraqi=IQ Afghan=AF Iranian=IR "
            + "Turkish=TR Chinese=CN Japanese=JP Indian=IN Pakistani=PK Nigerian=NG Australian=AU Belarusian=BY");

    /** Words of institutions and usage peculiar to one country's news ("sheriff's deputies", "felony"). */
    static final Map<String, String> COUNTRY_CUES = abbreviations(
            "sheriff=US Sheriff=US sheriff's=US Sheriff's=US deputies=US felony=US misdemeanor=US troopers=US "
            + "FBI=US ATF=US 911=US GOP=US Medicaid=US constabulary=GB Constabulary=GB MSP=GB Garda=IE RCMP=CA "
            + "Gardai=IE oblast=UA hromada=UA");

    /** Capitalised words that are never a place on their own, whatever the gazetteer says. */
    static final Set<String> STOP = set(
            "A", "An", "The", "This", "That", "These", "Those", "He", "She", "It", "We", "They", "I", "You", "His",
            "Her", "Its", "Our", "Their", "My", "Your", "Who", "What", "When", "Where", "Why", "How", "Which",
            "And", "But", "Or", "If", "As", "At", "In", "On", "Of", "For", "By", "To", "From", "With", "After",
            "Before", "During", "Since", "Until", "While", "About", "Over", "Under", "Near", "Police", "Sheriff",
            "Officer", "Officers", "Will", "Mobile", "Man", "Woman", "Boy", "Girl", "Best", "Sale", "Deal", "Price",
            "Young", "Story", "Page", "Home", "Center", "Centre", "Union", "Independence", "Liberty", "Friendship",
            "Hope", "Justice", "Unity", "Progress", "Commerce", "Enterprise", "Industry", "Welcome", "Why", "Say",
            "Said", "Says", "Day", "Night", "Morning", "Evening", "Today", "Tonight", "Yesterday", "Tomorrow",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Northwest", "Northeast", "Southwest", "Southeast", "Midwest", "Metro", "Side", "Gang", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
            "Wed", "Thu", "Fri", "Sat", "Sun", "News", "Post", "Times", "Herald", "Tribune", "Press", "Journal",
            "Star", "Sun", "Photo", "Video", "Image", "Images", "Watch", "Share", "Tweet", "Email", "Print",
            "Comments", "Comment", "Like", "Follow", "Read", "More", "Click", "Subscribe", "Advertisement", "Close",
            "Skip", "Embed", "Home", "Sports", "Weather", "Traffic", "Local", "National", "World", "Business",
            "Health", "Politics", "Opinion", "Entertainment", "Life", "Lifestyle", "Crime", "Courts", "Breaking",
            "Update", "Updated", "Posted", "Copyright", "Rights", "Reserved", "All", "Terms", "Privacy", "Contact",
            "Us", "About", "Search", "Menu", "Login", "Register", "Sign", "Live", "Stream", "Radio", "Shooting",
            "Gunman", "Suspect", "Victim", "Victims", "Man", "Men", "Women", "Teen", "Child", "Children", "Family",
            "Friends", "Mother", "Father", "Son", "Daughter", "Brother", "Sister", "Wife", "Husband", "Mom", "Dad",
            "Chief", "Captain", "Sgt", "Lt", "Det", "Detective", "Deputy", "Deputies", "Trooper", "Troopers",
            "Mayor", "Governor", "Gov", "Sen", "Rep", "President", "Judge", "Attorney", "Prosecutor", "Coroner",
            "Dr", "Mr", "Mrs", "Ms", "Miss", "Lord", "Lady", "King", "Queen", "Prince", "Saint", "St", "God",
            "Christmas", "Easter", "Halloween", "Thanksgiving", "Memorial", "Labor", "Veterans", "New", "Old",
            "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
            "Lower", "Big", "Little", "Long", "Green", "White", "Black", "Brown", "Gray", "Grey", "Red", "Blue",
            "Gold", "Silver", "Rose", "Lincoln", "Washington", "Jefferson", "Franklin", "Hamilton", "Jackson",
            "Madison", "Monroe", "Adams", "Clinton", "Trump", "Obama", "Bush", "Reagan", "Kennedy", "Johnson",
            "Wilson", "Grant", "Lee", "Smith", "Jones", "Taylor", "Martin", "Moore", "Allen", "Scott", "Young",
            "King", "Hill", "Wood", "Ward", "Parker", "Carter", "Mitchell", "Murphy", "Bell", "Cook", "Morgan",
            "Cooper", "Howard", "Price", "Bailey", "Russell", "Perry", "Graham", "Stone", "Marshall", "Kelly",
            "Sullivan", "Warren", "Ross", "Troy", "Paris", "Vienna", "Victoria",
            "Regina", "Florence", "Marion", "Chester", "Clayton", "Logan", "Tyler", "Jordan", "Mercedes", "Sharon",
            "Lincoln", "Eugene", "Beverly", "Shelby", "Laurel", "Aurora", "Carmel", "Milton", "Salem",
            "Columbia", "Carolina",
            // continents and world regions: never a town, though the gazetteer has towns of their names ("Asia", Peru)
            "Asia", "Africa", "Europe", "Antarctica", "Oceania", "Americas", "Eurasia", "Scandinavia", "Balkans");

    /**
     * Words above that are real places often enough to keep when the context says so: after "in", in a
     * dateline, before ", State", or before a place word ("Dallas police"). The rest of STOP never is.
     */
    static final Set<String> STOP_UNLESS_CONTEXT = set(
            "Mobile", "Independence", "Liberty", "Commerce", "Washington", "Jefferson", "Franklin", "Hamilton",
            "Jackson", "Madison", "Monroe", "Clinton", "Wilson", "Troy", "Paris", "Vienna", "Victoria", "Regina",
            "Florence", "Marion", "Chester", "Clayton", "Logan", "Tyler", "Mercedes", "Sharon", "Lincoln",
            "Eugene", "Beverly", "Shelby", "Laurel", "Aurora", "Carmel", "Milton", "Salem", "Columbia", "Warren",
            "Moore", "Allen", "Scott", "Kelly", "Perry", "Graham", "Marshall", "Howard", "Bell", "Russell", "Hope",
            "Union", "Friendship", "Enterprise", "Progress", "Unity", "Justice", "Young", "Cooper", "Morgan",
            "Sullivan", "Ross", "Parker", "Carter", "Mitchell", "Murphy", "Bailey", "Grant", "Taylor", "Martin",
            "Stone", "Wood", "Ward", "Hill", "Adams", "Kennedy", "Johnson", "Lee", "Smith", "Green", "Brown",
            "Carolina", "Salem");

    /** Words after a name that make it a street, not a place ("Jackson Street"). */
    static final Set<String> STREET = set("Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.",
            "Drive", "Dr", "Dr.", "Boulevard", "Blvd", "Blvd.", "Lane", "Ln", "Way", "Court", "Ct", "Place", "Pl",
            "Parkway", "Pkwy", "Highway", "Hwy", "Terrace", "Circle", "Trail", "Pike", "Expressway", "Freeway",
            "Square", "Plaza", "Alley", "Row", "Mall", "Park", "Bridge", "Tunnel", "River", "Creek", "Lake",
            "Mountain", "Mountains", "Island", "Islands", "Beach", "Bay", "High", "School", "Elementary", "Middle",
            "University", "College", "Academy", "Hospital", "Medical", "Church", "Cemetery", "Airport", "Station",
            "Apartments", "Hotel", "Motel", "Inn", "Bar", "Grill", "Restaurant", "Club", "Lounge", "Market",
            "Store", "Bank", "Company", "Corp", "Inc", "Co", "Group", "Street's", "Memorial", "Regional",
            "Community", "Baptist", "Methodist", "Catholic", "Heights", "Hills", "Village", "Gardens", "Estates", "Manor",
            "Side", "Point", "Springs", "Falls", "Valley", "Ridge", "Woods", "Grove", "Junction", "Crossing",
            "Landing", "Harbor", "Harbour", "Shores", "Acres", "Homes", "Courts", "Towers", "Commons", "Center",
            "Centre", "Plaza", "Field", "Fields", "Stadium", "Arena", "Theater", "Theatre", "Mall");

    /** Words after a name that show it is the place an institution serves ("Elgin police"). */
    static final Set<String> PLACE_INSTITUTION = set("Police", "police", "PD", "Fire", "fire", "Sheriff",
            "sheriff", "County", "Township", "township", "City", "city", "Mayor", "mayor", "Department",
            "residents", "resident", "area", "man", "woman", "teen", "boy", "girl", "native", "officials",
            "authorities", "Borough", "Town", "town", "Parish", "neighborhood", "community",
            "Council", "council", "Coroner", "coroner", "Prosecutor", "Metro", "Metropolitan");

    /** Words after a place name that make it where people live or come from ("a Detroit man"), not a scene's authority. */
    static final Set<String> RESIDENT = set("man", "woman", "men", "women", "teen", "teens", "teenager", "boy", "girl",
            "resident", "residents", "native", "area", "couple", "family", "youth", "student", "students");

    /** Words before a name that make it a person ("Officer Austin"). */
    static final Set<String> PERSON_TITLE = set("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Officer",
            "Sgt.", "Sgt", "Sergeant", "Lt.", "Lieutenant", "Det.", "Detective", "Deputy", "Trooper", "Capt.",
            "Captain", "Chief", "Gov.", "Governor", "Sen.", "Senator", "Rep.", "Judge", "Justice", "President",
            "Mayor", "Attorney", "Pastor", "Rev.", "Father", "Sister", "Coach", "Prof.", "Professor", "Agent",
            "Cpl.", "Corporal", "Pvt.", "Gen.", "General", "Col.", "Colonel", "Maj.", "Major", "Sheriff",
            "Commissioner", "Councilman", "Councilwoman", "Superintendent", "Principal", "Minister", "Spokesman",
            "Spokeswoman", "Jr.", "Sr.");

    /** Capitalised words before a name that still allow a place reading ("Downtown Elgin", "In Kyiv"). */
    static final Set<String> PLACE_PREFIX = set("Downtown", "Greater", "Metro", "Suburban", "Rural", "Central",
            "Northern", "Southern", "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest",
            "North", "South", "East", "West", "NE", "NW", "SE", "SW", "Upstate", "Occupied", "Eastern", "Uptown",
            "Midtown", "In", "At", "Near", "From", "To", "Outside", "Across", "Around", "Of", "The", "And", "Or",
            "For", "On", "By", "Inside", "Into", "Through", "Throughout", "Between", "Toward", "Towards", "Via",
            "Both", "Like", "Than", "As", "While", "But", "When", "Where", "After", "Before", "If", "Since");

    /** Verbs of speaking after a capital that make it stand for its government ("Kyiv said"). */
    static final Set<String> SPEECH = set("said", "says", "say", "denied", "denies", "claimed", "claims",
            "accused", "accuses", "insisted", "insists", "warned", "warns", "announced", "announces", "has",
            "have", "had", "is", "was", "will", "would", "did", "does", "responded", "condemned", "blamed",
            "rejected", "demanded", "called", "urged", "wants", "hopes", "believes", "argues", "argued");

    /** Prepositions that place an event ("a shooting in X"). */
    static final Set<String> LOCATIVE = set("in", "near", "at", "outside", "across", "around", "In", "Near",
            "At", "Outside", "inside", "on");

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static Map<String, String> abbreviations(String spec) {
        Map<String, String> m = new HashMap<>();
        for (String pair : spec.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return Map.copyOf(m);
    }
}
