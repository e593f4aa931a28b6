/* Word lists for statement extraction. Case-folded; each list ends with NULL. */
#include "lexicon.h"

#include <string.h>

int saywho__in_list(const char *w, size_t n, const char *const *list) {
    if (!n) return 0;
    for (; *list; list++)
        if ((*list)[0] == w[0] && strncmp(*list, w, n) == 0 && (*list)[n] == '\0') return 1;
    return 0;
}

/* clang-format off */
const char *const SAYWHO_CUES[] = {
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds",
    "adding", "urged", "urges", "urging", "warned", "warns", "warning", "insisted", "insists",
    "insisting", "welcomed", "welcomes", "welcoming", "agreed", "agrees", "stressed", "stresses",
    "stressing", "noted", "notes", "noting", "argued", "argues", "arguing", "acknowledged",
    "acknowledges", "complained", "complains", "complaining", "pledged", "pledges", "demanded",
    "demands", "cautioned", "praised", "praises", "rejected", "rejects", "conceded", "concedes",
    "conceding", "predicted", "predicts", "announced", "announces", "wrote", "writes", "asked",
    "asks", "claimed", "claims", "stated", "explained", "explains", "declared", "replied",
    "responded", "confirmed", "confirms", "denied", "denies", "suggested", "suggests", "accused",
    "promised", "promises", "vowed", "vows", "threatened", "threatens", "described", "recalled",
    "testified", "admitted", "alleged", "asserted", "maintained", "observed", "emphasised",
    "emphasized", "underlined", "remarked", "commented", "repeated", "reiterated", "proposed",
    "recommended", "appealed", "pleaded", "criticised", "criticized", "condemned", "blamed",
    "hailed", "applauded", "estimated", "forecast", "ruled", "ordered", "countered", "objected",
    "protested", "lamented", "assured", "informed", "advised", "signalled", "signaled",
    "indicated", "revealed", "disclosed", "wondered", "shouted", "retorted", "boasted",
    "affirmed", "expressed", "voiced", "answered", "continued", "calling", "called", "calls",
    "pointed", "points", "reported", "found", "concluded", "projected", "thanked", "posted",
    "tweeted", "chanted", "read", "reads", "showed", "shows", "pressed", "implored", "reminded",
    NULL};

const char *const SAYWHO_CLAUSE_CUES[] = {
    "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "insisted", "insists",
    "stressed", "stresses", "noted", "notes", "argued", "argues", "arguing", "acknowledged",
    "acknowledges", "complained", "complains", "pledged", "cautioned", "conceded", "predicted",
    "predicts", "announced", "announces", "wrote", "writes", "claimed", "claims", "stated",
    "explained", "explains", "declared", "confirmed", "confirms", "denied", "suggested",
    "suggests", "promised", "vowed", "recalled", "testified", "admitted", "alleged", "asserted",
    "maintained", "observed", "emphasised", "emphasized", "reiterated", "estimated", "forecast",
    "ruled", "countered", "assured", "indicated", "signalled", "signaled", "revealed",
    "disclosed", "reported", "found", "concluded", "projected", "agreed", "warning", "saying",
    "noting", "adding", "insisting", "stressing", "complaining", "conceding", "replied",
    "responded", "showed", "shows", "reminded", "informed", NULL};

const char *const SAYWHO_OBJECT_CUES[] = {
    "told", "tells", "tell", "urged", "urges", "urging", "warned", "warns", "asked", "asks",
    "assured", "informed", "advised", "reminded", "called", "calling", "calls", "pressed",
    "implored", "begged", "ordered", "instructed", "thanked", "promised", "cautioned", "briefed",
    NULL};

const char *const SAYWHO_PRONOUNS[] = {"he", "she", "they", "it", "we", "i", NULL};

const char *const SAYWHO_TITLES[] = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.",
    "sen.", "rep.", "gov.", "rev.", "mr", "mrs", "ms", "dr", "president", "minister",
    "secretary", "governor", "mayor", "chairman", "chairwoman", "chair", "director", "general",
    "judge", "justice", "senator", "ambassador", "commissioner", "chief", "executive",
    "professor", "coach", "captain", "manager", "spokesman", "spokeswoman", "spokesperson",
    "deputy", "vice", "prime", "commander", "officer", "inspector", "superintendent",
    "councillor", "councilor", "alderman", "lawyer", "attorney", "prosecutor", "ceo", "cfo",
    "chancellor", "premier", "king", "queen", "prince", "princess", "sheikh", "bishop",
    "archbishop", "father", "sister", "brother", "envoy", "negotiator", "economist", "analyst",
    "striker", "midfielder", "defender", "goalkeeper", "forward", "head", "leader", "founder",
    "co-founder", "author", "co-author", "witness",
    "owner", "mp", "mep", "colonel", "major", "lieutenant", "sergeant", "admiral", "brigadier",
    "marshal", "corporal", "private", "general", "governor-general", "magistrate", "registrar",
    "dean", "rector", "principal", "headteacher", "headmaster", "headmistress", "nurse",
    "doctor", "surgeon", "chairperson", "president-elect", "treasurer", "auditor-general",
    "attorney-general", "solicitor-general", "ombudsman", "rapporteur", "envoy", "consul",
    "counsel", "partner", "editor", "researcher", "professor", "lecturer", "teacher", "farmer",
    "activist", "campaigner", "organiser", "organizer", "coordinator", "administrator",
    "engineer", "pilot", "official", "adviser", "advisor", "councilwoman", "councilman",
    "congressman", "congresswoman", "lawmaker", "legislator", "member", "representative",
    "delegate", "steward", "referee", "manager", "coach", "captain", "player", "owner",
    "neighbour", "neighbor", "resident", "student", "worker", "driver", "shopkeeper", "trader",
    "vendor", "fisherman", "pensioner", "commuter", "parent", "mother", "retiree", "veteran",
    "survivor", "volunteer", "architect", "designer", "accountant", "miner", "docker",
    "mechanic", "baker", "chef", "grower", "producer", "exporter", "entrepreneur", "investor",
    "banker", "broker", "fan", "supporter", "voter", "tenant", "landlord", "shopper",
    "villager", "historian", "scientist", "physician", "midwife", "pharmacist", "athlete",
    "runner", "cyclist", "swimmer", "boxer", "sprinter", "jockey", "umpire", "chairwoman",
    "undersecretary", "under-secretary", "coroner", "sheriff", "pathologist", "paramedic",
    "detective", "constable", "reporter", "journalist", "correspondent", "columnist",
    "commentator", "instructor", "consultant", "lobbyist", "strategist", "paediatrician",
    "pediatrician", "cardiologist", "neurologist", "psychiatrist", "psychologist",
    "epidemiologist", "virologist", "biologist", "ecologist", "geologist", "chemist",
    "statistician", "technician", "electrician", "plumber", "carpenter", "bricklayer",
    "labourer", "laborer", "clerk", "cashier", "waiter", "waitress", "diver", "surfer",
    "herder", "rancher", "shepherd", "beekeeper", "winemaker", "brewer", "butcher", "tailor",
    "dentist", "veterinarian", "optician", "therapist", "caregiver", "carer", "janitor",
    "caretaker", "receptionist", "dispatcher", "skipper", "sailor", "seafarer", "dockworker",
    "firefighter", "rescuer", "lifeguard", "soldier", "homeowner", "householder", "widow",
    "widower", "mechanic", "courier", "cleaner", "porter", "nun", "priest", "imam", "rabbi",
    "pastor", "monk", "libero", "setter", "winger", "fullback", "full-back", "centre-back",
    "playmaker", "quarterback", "pitcher", "batsman", "bowler", "wicketkeeper", "trainer",
    "hydrologist", "glaciologist", "seismologist", "volcanologist", "geophysicist",
    "toxicologist", "oncologist", "radiologist", "anaesthetist", "anesthetist",
    "physiotherapist", "nutritionist", "dietitian", "ornithologist", "zoologist", "botanist",
    "entomologist", "oceanographer", "demographer", "criminologist", "archaeologist",
    "anthropologist", "linguist", "agronomist", "forester", "climatologist", "meteorologist",
    "geographer", "physicist", "mathematician", "sociologist", "pharmacologist", "immunologist",
    "microbiologist", "geneticist", "dermatologist", "midwife", "nurse-midwife", "virologist",
    "ecologist", "economist", "auditor", "inspector", "surveyor", "assessor", "valuer", "actuary",
    "forecaster", "buyer", "seller", "dealer", "agent", "guide", "translator", "interpreter",
    "alderwoman", "gardener", "groundsman", "caretaker", "janitor", "warden", "ranger",
    "audiologist", "optometrist", "hygienist", "technologist", "fishmonger", "butcher",
    "pensioner",
    "permanent", "cabinet", "vice-president", "vice-chancellor", "chief-executive",
    "secretary-general", "director-general", "managing", "commissioner-general", NULL};

const char *const SAYWHO_DEPTS[] = {
    "foreign", "finance", "trade", "health", "defence", "defense", "interior", "economy", "state",
    "labour", "labor", "energy", "education", "environment", "agriculture", "transport",
    "sports", "culture", "regional", "national", "federal", "police", "opposition", "union",
    "party", "affairs", "development", "industry", "tourism", "housing", "security",
    "communications", "infrastructure", "fisheries", "mines", "water", "climate", "digital",
    "public", "works", "planning", "budget", "policy", "senior", "junior", "assistant",
    "acting", "interim", "former", "new", "top", "state", "city", "county", "district", NULL};

const char *const SAYWHO_ORG_WORDS[] = {
    "ministry", "bank", "union", "association", "council", "commission", "court",
    "confederation", "federation", "office", "chamber", "syndicate", "guild",
    "federation", "party", "group", "company", "corp.", "inc.", "ltd", "ltd.", "agency",
    "authority", "department", "office", "board", "committee", "institute", "university",
    "organization", "organisation", "fund", "forum", "network", "alliance", "league", "club",
    "police", "army", "navy", "government", "parliament", "senate", "assembly", "treasury",
    "service", "secretariat", "airlines", "airline", "holdings", "bureau", "cabinet", "embassy",
    "coalition", "society", "chamber", "centre", "center", "church", "front", "movement",
    "trust", "foundation", "programme", "program", "tribunal", "exchange", "administration",
    "directorate", "inspectorate", "regulator", "congress", "corporation", "consortium",
    "cooperative", "co-operative", "collective", "partnership", "industries", "motors",
    "systems", "fc", "team", "academy", "hospital", "school", "college", "observatory",
    "municipality", "council’s", "ministry’s", "commission’s", "court’s", "union’s",
    "federation’s", "group’s", "company’s", "bank’s", "agency’s", "office’s", "board’s",
    "force", "forces", "guard", "command", "secretariat", "clinic", "laboratory", "lab",
    "firm", "co.", "plc", "ag", "sa", "gmbh", "nv", "bv", "llc", "limited", "energy",
    "mining", "telecom", "airways", "railways", "ports", "port", "police’s", "semiconductor",
    "semiconductors", "technologies", "technology", "pharmaceuticals", "pharma", "solutions",
    "labs", "capital", "partners", "ventures", "logistics", "shipping", "foods", "textiles",
    "footwear", "seafood", "mobile", "móvil", "solar", "wind", "renewables", "minerals", "dairy",
    "hotels", "resorts", "construction", "engineering", "chemicals", "aerospace", "apparel",
    "garments", "automotive", "fisheries", "beverages", "freight", "cargo", "telecoms",
    "communications", "networks", "digital", "software", "games", "studios", "publishing",
    "steel", "cement", "media", "news", "insurance", "securities", "investments", "resources",
    "petroleum", "oil", "gas", "power", "electric", "water", "utilities", "farms", "mills",
    "brewery", "stores", "markets", "bank’s", "fund’s", "park", "stadium", "airport",
    "station", "river", "lake", "valley", "island", "islands", "bay", "coast", "sea", "ocean",
    "mountains", "square", "street", "road", "avenue", "bridge", "africa", "asia", "europe",
    "america", "delta", "strait", "gulf", "peninsula", "region", "province", "district",
    "county", "state", "city", "town", "village", "division", "unit", "section", "branch",
    "wing", "desk", "taskforce", "task", "caucus", "newspaper", "daily", "weekly", "magazine",
    "broadcaster", "radio", "outlet", "channel", "website", "banco", "banca", "banque", "grupo",
    "groupe", "gruppo", "compañía", "compagnie", "empresa", "sociedad", "société", "television", "tv", "prefecture", "governorate", "canton", "commune", "mairie", NULL};

const char *const SAYWHO_DOC_WORDS[] = {
    "readout", "statement", "report", "filing", "memo", "memorandum", "letter", "summary",
    "note", "ruling", "study", "survey", "figures", "data", "document", "draft", "minutes",
    "judgment", "judgement", "decision", "communiqué", "communique", "declaration", "notice",
    "order", "assessment", "audit", "review", "analysis", "forecast", "release", "transcript",
    "post", "message", "email", "e-mail", "text", "record", "records", "estimates", "poll",
    "proposal", "plan", "complaint", "lawsuit", "petition", "verdict", "sign", "banner",
    "placard", "website", "paper", "bulletin", "briefing", "guidance", "guidelines", "findings",
    "indictment", "affidavit", "submission", "directive", "decree", "circular", "newsletter",
    "resolution", "tally", "count", "census", "estimate", "database", "register", "dataset",
    "inventory", "index", "logbook", "log", "manifest", "schedule", "timetable", "budget",
    "application", "appeal", "motion", "brief", "dossier", "leaflet", "flyer", "poster",
    "advert", "advertisement", "tweet", "video", "recording", "footage", "letters",
    "certificate", "permit", "licence", "license", "contract", "invoice", "warrant", "summons",
    "list", "spreadsheet", "roster", "chart", "map", "table", "ledger", "dossier",
    "label", "sheet", NULL};

const char *const SAYWHO_PARTICLES[] = {
    "de", "van", "der", "den", "von", "da", "del", "della", "di", "la", "le", "du", "do", "dos",
    "das", "bin", "bint", "ibn", "al", "el", "ter", "y", "e", "ole", NULL};

const char *const SAYWHO_FUNCTION[] = {
    "the", "a", "an", "but", "and", "in", "on", "at", "for", "as", "after", "before", "when",
    "while", "if", "this", "that", "these", "those", "there", "his", "her", "their", "its",
    "our", "some", "many", "both", "also", "yet", "still", "however", "meanwhile",
    "according", "asked", "speaking", "separately", "earlier", "later", "last", "under",
    "since", "although", "though", "because", "with", "without", "by", "from", "to", "of",
    "so", "then", "instead", "now", "today", "one", "two", "three", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "we", "he", "she", "they", "it",
    "i", "you", "what", "who", "why", "how", "where", "not", "no", "yes", "all", "every",
    "each", "such", "other", "another", "several", "most", "more", "less", "during", "until",
    "about", "over", "into", "across", "despite", "like", "unlike", "here", "once", "even",
    "only", "just", "neither", "either", "nor", "or", NULL};

const char *const SAYWHO_DETERMINERS[] = {
    "the", "a", "an", "two", "three", "four", "five", "six", "several", "some", "many",
    "both", "its", "their", "his", "her", "our", "most", "few", "all", "other", "one",
    "dozens", "hundreds", "thousands", "scores", NULL};

const char *const SAYWHO_GROUPS[] = {
    "officials", "official", "analysts", "analyst", "residents", "critics", "economists",
    "experts", "investors", "traders", "farmers", "workers", "diplomats", "diplomat",
    "lawyers", "lawyer", "activists", "protesters", "campaigners", "doctors", "teachers",
    "parents", "students", "unions", "police", "prosecutors", "prosecutor", "officers",
    "sources", "source", "lawmakers", "legislators", "ministers", "leaders", "members",
    "organisers", "organizers", "observers", "researchers", "scientists", "witnesses",
    "villagers", "fishermen", "drivers", "nurses", "spokesman", "spokeswoman",
    "spokesperson", "representatives", "representative", "delegates", "delegation",
    "delegations", "negotiators", "mediators", "executives", "bankers", "brokers", "dealers",
    "shoppers", "consumers", "customers", "passengers", "commuters", "fans", "players",
    "coaches", "athletes", "clubs", "owners", "landlords", "tenants", "employers",
    "employees", "staff", "strikers", "miners", "dockers", "pilots", "engineers", "judges",
    "judge", "minister", "ministers", "governments", "countries", "sides", "parties",
    "groups", "companies", "firms", "banks", "airlines", "regulators", "agencies",
    "authorities", "survivors", "families", "relatives", "victims", "patients", "medics",
    "volunteers", "monitors", "inspectors", "auditors", "people", "person", "someone", "others",
    "opponents", "supporters", "backers", "environmentalists", "scholars", "historians",
    "producers", "exporters", "importers", "growers", "manufacturers", "retailers",
    "insurers", "lenders", "developers", "operators", "carriers", "shipowners", "truckers",
    "merchants", "vendors", "unionists", "officer", "director", "chief", "head", "adviser",
    "advisers", "aide", "aides", "member", "leader", "president", "chairman", "chairwoman",
    "secretary", "governor", "mayor", "expert", "economist", "researcher", "reporters",
    "journalists", "councillors", "councilors", "guests", "spectators", "crowd", "audience",
    "lawmakers", "senators", "deputies", "mps", "shareholders", "trustees", "jurors", "jury",
    "court", "judge", "panel", "committee", "council", "assembly", "parliament", "meeting",
    "conference", "summit", "congress", "lenders", "creditors", "donors", "partners", "allies",
    "neighbours", "neighbors", "counterparts", "colleagues", "pharmacists", "agents", "midwives",
    "surgeons", "pensioners", "locals", "shopkeepers", "mothers", "fathers", "pupils", "graduates",
    "citizens", "voters", "demonstrators", "hauliers", "fishers", "herders", "pastoralists",
    "ranchers", "builders", "contractors", "cleaners", "porters", "guards", "soldiers", "troops",
    "veterans", "refugees", "migrants", "riders", "cyclists", "users", "subscribers", "viewers",
    "listeners", "readers", "clients", "householders", "homeowners", "academics", "professors",
    "lecturers", "educators", "clinicians", "paramedics", "physicians", "dentists", "vets",
    "veterinarians", "epidemiologists", "virologists", "meteorologists", "forecasters",
    "ecologists", "archaeologists", "technicians", "mechanics", "electricians", "labourers",
    "laborers", "farmworkers", "artisans", "accountants", "attorneys", "barristers", "solicitors",
    "magistrates", "defendants", "plaintiffs", "claimants", "applicants", "petitioners",
    "complainants", "mourners", "worshippers", "pilgrims", "tourists", "visitors", "travellers",
    "travelers", "referees", "mayors", "governors", "envoys", "ambassadors", "peacekeepers",
    "rescuers", "firefighters", "detectives", "investigators", "planners", "architects",
    "designers", "bosses", "managers", "supervisors", "trainees", "apprentices", "interns",
    "recruits", "reservists", "crew", "crews", "sailors", "seafarers", "dockworkers", "nurse",
    "doctor", "teacher", "farmer", "trader", "resident", "worker", "student", "parent", "driver",
    "agent", "pharmacist",
    NULL};

const char *const SAYWHO_STOP[] = {
    "was", "were", "is", "are", "had", "has", "have", "be", "been", "would", "will", "could",
    "can", "should", "must", "may", "might", "that", "which", "who", "whom", "whose", "did",
    "do", "does", "not", "also", "it", "they", "he", "she", "we", "said", "says", "told", NULL};

/* Lower-case nouns that say the name after them is a company or a body: "manufacturer Vantor
 * Aeroespacial", "insurer Kestrel Life". */
const char *const SAYWHO_ORG_DESCRIPTORS[] = {
    "manufacturer", "maker", "carmaker", "automaker", "company", "firm", "group", "carrier",
    "airline", "lender", "bank", "insurer", "retailer", "supermarket", "chain", "operator",
    "producer", "exporter", "importer", "conglomerate", "startup", "start-up", "brokerage",
    "consultancy", "club", "newspaper", "broadcaster", "agency", "regulator", "utility",
    "shipbuilder", "shipyard", "supplier", "distributor", "platform", "charity", "watchdog",
    "fund", "hospital", "university", "brand", "cooperative", "contractor", "subcontractor",
    "developer", "builder", "miner", "refiner", "shipper", "haulier", "app", "website", "brewer",
    "wholesaler", "chocolatier", "grocer", "jeweller", "watchmaker", "shoemaker", "chipmaker",
    "drugmaker", "steelmaker", "toymaker", "planemaker", "tyremaker", "tiremaker", "mill", "side",
    "outfit",
    "laboratory", "lab", "bakery", "winery", "distillery", "printer", "printworks", "hatchery",
    "packer", "processor", "roaster", "mint", "foundry", "tannery", "sawmill", "cannery",
    "publisher", "weekly", "daily", "magazine", "tabloid", "station", "channel", "outlet",
    "portal", "provider", NULL};

/* Participles after a document's name: "a readout [issued] after the talks". */
const char *const SAYWHO_PARTICIPLES[] = {
    "issued", "released", "published", "compiled", "seen", "signed", "obtained", "posted", "sent",
    "filed", "circulated", "distributed", "presented", "submitted", "prepared", "drafted",
    "shared", "leaked", "dated", "adopted", "following", "reviewed", "produced", "commissioned",
    "written", "delivered", "read", "made", "taped", "pinned", "painted", "displayed", "hung", "handed", "addressed",
    "tabled", "lodged", "launched", "organised", "organized", "funded", "carried", "conducted",
    "broadcast", "aired", "printed", "updated", "attached", NULL};

/* What is written up rather than said: the words of signs, banners and graffiti are not
 * attributed to them. */
const char *const SAYWHO_SIGNS[] = {
    "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "sheet",
    "graffiti", "slogan", "slogans", "t-shirts", "someone", NULL};

const char *const SAYWHO_MODIFIERS[] = {
    "involved", "familiar", "close", "based", "responsible", "working", "speaking",
    "briefed", "knowledgeable", "opposed", "loyal", "linked", "allied", "attached",
    "assigned", "present", "active", NULL};
/* clang-format on */
