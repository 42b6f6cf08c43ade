"""Words that tell what a capitalised name is, for the entity typer (entity_types.py).

Kept apart from the quote lexicons (lexicon.py): these lists only serve typing.
"""

from __future__ import annotations

# The last word (English) or first word (French) of an event's name: events are not people,
# organisations or places under the CoNLL convention ("World Cup", "Olympic Games",
# "Coupe du monde", "Jeux olympiques", "Grand Prix").
EVENT_WORDS = frozenset(
    "cup cups championship championships games olympics olympiad open prix festival series "
    "summit awards award prize tournament trophy marathon derby expo biennale convention "
    "classic invitational masters "
    "coupe jeux championnat championnats sommet festival tournoi trophée biennale "
    "mondial mondiaux".split())
# Time zones after a clock time ("6:19am GMT", "à 14h00 GMT", "7:30 AM ET"): no names.
TIME_ZONES = frozenset(
    "gmt utc est edt cst cdt mst mdt pst pdt akst hst bst cet cest eet eest wet west ist "
    "jst kst aest aedt awst sast wat eat msk hkt sgt et ct mt pt".split())
# The halves of a twelve-hour clock's day, which English writes between a clock time and
# its time zone in capitals ("7:30 AM EST").
HALF_DAYS = frozenset({"am", "pm"})
# The last word of a company's, a medium's or a club's name, in any country: "Ford Motor
# Co", "Barclays Plc", "Leeds United", "Queens Park Rangers", "Ajax Amsterdam NV". (The
# lexicon's ORG_WORDS, which names.py reads, hold the institutions.)
ORG_SUFFIXES = frozenset(
    "co co. cos corp corporation cie holding holdings limited ltd. llp lp plc nv bv spa "
    "s.p.a. ab asa oyj kk sarl sas se ag gmbh kg inc incorporated "
    "airlines airways motors petroleum pharmaceuticals pharma bancorp industries enterprises "
    "technologies communications telecom telecommunications insurance securities partners "
    "associates brothers bros foods mining media entertainment studios records publishing "
    "chronicle herald gazette tribune telegraph observer courier bulletin newsroom "
    "markets capital investments investment management shipping logistics electric energy "
    "steel chemicals systems financial airport trust exchange programme program movement "
    "alliance front coalition guard navy reserve cabinet chamber academy forces brigade "
    "brigades militia directorate secretariat observatory community confederation air "
    "united rovers wanderers athletic albion hotspur rangers fc afc cf sc"
    .split())
# A company's line of trade in the plural, in English and in French: a firm's last word and
# no person's ("Hanwel Parts", "Bremmer Brands", "Quorel Assurances", "Tarvel Retailers",
# "Harlan Wines"). Plurals that are also common surnames ("Mills", "Banks", "Brooks",
# "Fields", "Woods", "Waters") are left out, as are those that end places' names ("Springs",
# "Falls", "Islands", "Gardens", "Estates") and events' ("Games"). Also the field that
# closes a body's complement ("Bureau of Fisheries and Aquatic Resources", "Department of
# Health and Human Services"), so the bodies' joins (entity_bodies.py) do not read them.
TRADE_PLURALS = frozenset(
    "electronics parts brands products resources services solutions networks properties "
    "beverages semiconductors materials devices instruments therapeutics laboratories labs "
    "robotics dynamics utilities textiles cosmetics assurances énergies transports "
    "retailers stores supermarkets wholesalers distributors suppliers manufacturers "
    "exporters importers traders builders homebuilders developers contractors engineers "
    "architects consultants advisers advisors brokers insurers underwriters lenders "
    "brewers breweries bottlers distillers distilleries wines vineyards spirits drinks "
    "farms dairies bakeries snacks orchards nurseries seeds fertilizers fertilisers "
    "pharmacies chemists opticians jewellers jewelers fashions garments fabrics fragrances "
    "furnishings interiors appliances machines engines vehicles trucks tyres tires cables "
    "metals minerals plastics paints foundries refineries pipelines tankers shipyards "
    "railways carriers couriers cruises hotels resorts casinos restaurants cinemas "
    "theatres theaters homes pictures films productions publications publishers books toys "
    "telecoms computers microsystems biosciences biologics diagnostics analytics genomics "
    "graphics optics "
    "hôtels vins".split())
ORG_SUFFIXES = ORG_SUFFIXES | TRADE_PLURALS
# Countries as news names them, past and present, that CLDR, GeoNames and ISO 3166 do not
# list under these names ("Britain" is CLDR's "United Kingdom"; Zaire, Yugoslavia and the
# Soviet Union fill the archives): added to the gazetteer as countries.
COUNTRY_NAMES = frozenset({
    "Britain", "Great Britain", "Grande-Bretagne", "Holland", "America", "Burma",
    "Swaziland", "Zaire", "Yugoslavia", "Czechoslovakia", "Soviet Union", "USSR", "URSS",
    "East Timor", "Macedonia", "Ceylon", "Persia", "East Germany", "West Germany",
    "Ivory Coast", "Cape Verde", "Vatican",
})
# Parts of the world and of countries that news names as it names countries, in English and
# French, and that CLDR lists only in other forms (its "Amériques", "Asie de l'Ouest",
# "R.A.S. chinoise de Hong Kong") or not at all: the nations of the United Kingdom
# ("l'Angleterre"), world regions ("Middle East", "Moyen-Orient", "the Balkans"), disputed
# or autonomous territories. Weighed as countries: known wherever they stand.
REGION_NAMES = frozenset({
    "England", "Scotland", "Wales", "Northern Ireland", "Angleterre", "Ecosse", "Écosse",
    "Pays de Galles", "Irlande du Nord", "Amérique", "Amérique du Nord", "Amérique du Sud",
    "Middle East", "Moyen-Orient", "Near East", "Proche-Orient", "Far East",
    "Extrême-Orient", "Balkans", "Scandinavia", "Scandinavie", "Caucasus", "Caucase",
    "Maghreb", "Siberia", "Sibérie", "Crimea", "Crimée", "Donbas", "Donbass",
    "West Bank", "Cisjordanie", "Gaza Strip", "Hong Kong", "Macao", "Macau", "Kashmir",
    "Cachemire", "Kurdistan", "Tibet", "Palestine", "Catalonia", "Catalogne", "Flanders",
    "Flandre", "Wallonia", "Wallonie", "Patagonia", "Patagonie", "Transnistria",
    "Transnistrie", "Abkhazia", "Abkhazie", "Chechnya", "Tchétchénie", "Darfur",
    "Sahara", "Western Sahara", "Sahara occidental", "West Indies", "Antilles",
})
# Seas, rivers, mountains, deserts, islands and regions that news names in English and
# French and that the gazetteer's sources (CLDR's territories, GeoNames' cities, ISO
# 3166-2's subdivisions under their own languages' names) leave out: the English and
# French exonyms of regions ("Bavaria", "Bavière" is ISO's "Bayern"), historical lands
# ("Bohemia", "Indochine"), seas and straits ("Mediterranean", "Bosphore"), rivers and
# ranges ("Danube", "Pyrénées"), islands ("Majorca", "Crète"), and the streets and
# valleys that stand for a trade ("Wall Street"). Weighed as a town: a place unless
# the text says otherwise. Not names that are as often a company's, a person's or a
# common word's ("Amazon", "Rhodes", "Caroline", "Perse", "Gulf").
GEOGRAPHY_NAMES = frozenset({
    # Seas, oceans, straits and gulfs
    "Mediterranean", "Méditerranée", "Atlantic", "Atlantique", "Pacific", "Pacifique",
    "Arctic", "Arctique", "Antarctic", "Antarctique", "Baltic", "Baltique", "Adriatic",
    "Adriatique", "Aegean", "Caribbean", "Caraïbes", "Black Sea", "mer Noire",
    "Red Sea", "mer Rouge", "North Sea", "mer du Nord", "Caspian Sea", "mer Caspienne",
    "South China Sea", "mer de Chine méridionale", "Persian Gulf", "golfe Persique",
    "Gulf of Mexico", "golfe du Mexique", "Bosphorus", "Bosphore", "Dardanelles",
    "English Channel", "Strait of Hormuz", "détroit d'Ormuz", "Suez Canal",
    "canal de Suez", "Panama Canal", "canal de Panama",
    # Rivers
    "Rhine", "Rhin", "Danube", "Thames", "Tamise", "Seine", "Nile", "Nil", "Mekong",
    "Yangtze", "Ganges", "Gange", "Euphrates", "Euphrate", "Tigris", "Tigre", "Volga",
    "Dnieper", "Dniepr", "Mississippi", "Rio Grande", "Zambezi", "Zambèze",
    # Mountains, deserts, valleys
    "Alps", "Alpes", "Pyrenees", "Pyrénées", "Carpathians", "Carpates", "Himalayas",
    "Himalaya", "Urals", "Oural", "Andes", "Rockies", "Rocheuses", "Appalachians",
    "Apennines", "Apennins", "Atlas", "Hindu Kush", "Sinai", "Sinaï", "Negev", "Néguev",
    "Golan", "Golan Heights", "plateau du Golan", "Gobi", "Kalahari", "Sahel",
    "Silicon Valley", "Wall Street", "Downing Street", "Capitol Hill",
    # Islands
    "Majorca", "Mallorca", "Majorque", "Minorca", "Menorca", "Minorque", "Ibiza",
    "Balearic Islands", "Baléares", "Crete", "Crète", "Corfu", "Corfou", "Azores",
    "Açores", "Madeira", "Madère", "Canary Islands", "Canaries", "Sicily", "Sicile",
    "Sardinia", "Sardaigne", "Corsica", "Corse", "Tahiti", "Borneo", "Bornéo",
    "Sumatra", "Java", "Mindanao", "Luzon", "Okinawa", "Hokkaido", "Tasmania",
    "Tasmanie", "Greenland", "Groenland",
    # Regions, past and present
    "Bavaria", "Bavière", "Tuscany", "Toscane", "Lombardy", "Lombardie", "Piedmont",
    "Piémont", "Normandy", "Normandie", "Brittany", "Bretagne", "Provence", "Lorraine",
    "Alsace", "Burgundy", "Bourgogne", "Andalusia", "Andalousie", "Basque Country",
    "Pays basque", "Galicia", "Galice", "Saxony", "Saxe", "Prussia", "Prusse", "Bohemia",
    "Bohême", "Moravia", "Moravie", "Silesia", "Silésie", "Transylvania",
    "Transylvanie", "Yorkshire", "Lancashire", "Cornwall", "Cornouailles", "Ulster",
    "Bengal", "Bengale", "Manchuria", "Mandchourie", "Indochina", "Indochine",
    "Tonkin", "Cochinchine", "Formosa", "Formose", "Mesopotamia", "Mésopotamie",
    "Anatolia", "Anatolie", "Galilee", "Galilée", "Judea", "Judée", "Turkestan",
    "Levant", "Orient", "Occident", "Dahomey", "Abyssinia", "Abyssinie", "Rhodesia",
    "Rhodésie", "Birmanie", "Yougoslavie", "Tchécoslovaquie", "Guyane", "Riviera",
    "Côte d'Azur", "Patagonia",
})
# The first words that make a place of a place's part ("East Jerusalem", "Greater Cairo",
# "Nord-Kivu" aside), not a club or a company named after it ("Dynamo Moscow").
COMPASS_WORDS = frozenset(
    "north south east west central northern southern eastern western upper lower greater "
    "new old inner outer nord sud est ouest centre grand grande haut haute bas basse"
    .split())
# The followers of a faith, in English and French: after a nationality they name a people
# ("Bosnian Muslim", "Lebanese Shiite"), not a name.
RELIGIONS = frozenset(
    "muslim muslims moslem christian christians catholic catholics protestant protestants "
    "jew jews jewish sunni sunnis shia shiite shiites shi'ite hindu hindus sikh sikhs "
    "buddhist buddhists orthodox musulman musulmans musulmane chrétien chrétiens "
    "catholique catholiques protestant protestants juif juifs juive chiite chiites "
    "sunnite sunnites hindou hindous bouddhiste bouddhistes".split())
# An institution's kind word alone, in English and French: a kind of which many bodies
# exist ("the Council said", "la Banque a relevé", "the Government", "l'Université"), no
# name however it is written; the CoNLL convention leaves it out. Not the kinds that one
# body of a country holds as its name ("Congress", "Senate", "Parlement", "Commission",
# "Union"), nor a medium's or an army's ("Times", "Army"), nor a party's ("the Party").
GENERIC_BODIES = frozenset(
    "government gouvernement council conseil bank banque university université college "
    "collège school école court cour tribunal committee comité board bureau office "
    "ministry ministère department département agency agence authority autorité "
    "company compagnie group groupe society société association federation fédération "
    "foundation fondation institute institut institution hospital hôpital church église "
    "organisation organization".split())
# Capitalised words alone that are no names: the state as a common noun ("le chef de
# l'Etat"), a party's members or its adjective ("a moderate Democrat", "Tory"), the
# courtesy after a man's name ("W. Stallings, Esq."), a French title's abbreviation with no
# name after it ("MM. les officiers"), a party to a lawsuit that court papers capitalise
# in English and French ("Plaintiff's consent", "le Demandeur").
NOT_NAMES = frozenset(
    "etat état democrat democrats republican republicans tory tories esq pct "
    "mm mme mmes mlle mlles "
    "plaintiff plaintiffs defendant defendants claimant claimants appellant appellants "
    "petitioner petitioners respondent respondents demandeur demanderesse demandeurs "
    "défendeur défenderesse défendeurs requérant requérante requérants".split())
# The plural that ends a party's name ("Christian Democrats", "Free Democrats", "Young
# Socialists"): with a word before it, a party (alone, a party's members: no name).
PARTY_PLURALS = frozenset(
    "democrats socialists conservatives liberals republicans greens communists nationalists "
    "democrates démocrates socialistes républicains verts".split())
# The last word of a place made by hand that sports and city news name ("Lansdowne Road",
# "Yankee Stadium", "Heathrow Airport" is a company's): a road, a ground, a hall.
VENUE_WORDS = frozenset(
    "road lane stadium stade arena park ground bridge circuit velodrome hall".split())
# English: the kind word that old and local news write in lower case after a place's name
# ("Wayne county", "Coosa river", "Market street"): the place is the whole, and a place.
PLACE_KINDS_AFTER = frozenset("county river creek street township parish".split())
# The first word of a sports club's name in many languages ("Atletico Paranaense", "Real
# Sociedad", "Sporting Lisbon", "Dynamo Kiev", "Olympique Lyonnais"): the name is a club's.
CLUB_FIRST_WORDS = frozenset(
    "atletico athletic real sporting dynamo dinamo olympique olympiakos racing "
    "deportivo inter internacional fc ac afc sc sv vfb vfl tsv borussia hapoel maccabi "
    "spartak lokomotiv torpedo zenit partizan sparta slavia"
    .split())
# A club's staff or player named after it: "Wolverhampton coach Marco Silvestri", "Leeds
# striker X": the name before the word is a team (a country's is its national team).
STAFF_WORDS = frozenset(
    "coach manager captain striker goalkeeper keeper midfielder defender winger forward "
    "skipper playmaker entraîneur gardien attaquant milieu défenseur capitaine".split())
# "a strategist at Commerzbank", "an analyst at Gartner": the people who work at a body.
STAFF_AT = frozenset(
    "analyst analysts economist economists strategist strategists trader traders dealer "
    "dealers researcher researchers professor lecturer engineer engineers employee "
    "employees worker workers executive executives banker bankers partner".split())
# A common noun right before a name that says it is a body: "the news agency MENA",
# "broadcaster ARD", "drugmaker Keller".
ORG_NOUNS = frozenset(
    "agency company firm group broadcaster newspaper daily bank lender insurer carrier "
    "airline carmaker automaker drugmaker retailer conglomerate operator club union "
    "agence société groupe quotidien hebdomadaire chaîne banque assureur constructeur".split())
