#!/usr/bin/env python3
"""Build tests/train2/expected.jsonl (gold) for the t2 training/diagnosis set.

Gold conventions (see /work/shared/corpus/GUIDE.md and dev/gold.jsonl):
  "?"            field not scored (text ambiguous)
  list actor     any of the listed ids is accepted (None = nobody named)
  optional:true  finding it is neither rewarded nor penalised
Conventions follow tests/train where they overlap (see README).
"""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "..", "corpus_tools"))
from gold import *  # noqa: E402,F403 (Gold, Q, event types, actor ids)

# place key -> (country, admin1, location, lat, lon); approximate coordinates are flagged in the README
P = {
    # Iraq
    "ain_asad": ("IQ", "Al-Anbar", "Ain al-Asad Air Base", 33.7856, 42.4414),
    "victory": ("IQ", "Baghdad", "Victory Base Complex, Baghdad Airport", 33.2625, 44.2346),
    "harir": ("IQ", "Erbil", "Harir Air Base", 36.533, 44.35),
    "khor_mor": ("IQ", "Sulaymaniyah", "Khor Mor gas field, Chamchamal district", 35.10, 44.93),
    "peshkhabour": ("IQ", "Duhok", "Peshkhabour oil field", 37.08, 42.38),
    "sarsang": ("IQ", "Duhok", "Sarsang oil field, Amadiya district", 37.05, 43.35),
    "tawke": ("IQ", "Duhok", "Tawke oil field near Zakho", 37.12, 42.65),
    "erbil_airport": ("IQ", "Erbil", "Erbil International Airport", 36.2376, 43.9632),
    "erbil_city": ("IQ", "Erbil", "Erbil city (Dizayee residence)", 36.21, 44.00),
    "palestine_st": ("IQ", "Baghdad", "Palestine Street, Baghdad", 33.34, 44.44),
    "mashtal": ("IQ", "Baghdad", "Al-Mashtal, eastern Baghdad", 33.31, 44.47),
    "mutaibija": ("IQ", "Salah al-Din", "Mutaibija", 34.28, 44.40),
    "qaim": ("IQ", "Al-Anbar", "Al-Qaim area", 34.37, 41.08),
    "akashat": ("IQ", "Al-Anbar", "Akashat area", 33.80, 40.60),
    "anbar_desert": ("IQ", "Al-Anbar", "western Anbar desert", 33.3, 42.0),
    "claw_lock": ("IQ", "Duhok", "Claw-Lock operation area, northern Iraq", 37.2, 43.5),
    "gara": ("IQ", "Duhok", "Gara region", 37.03, 43.40),
    "metina": ("IQ", "Duhok", "Metina region", 37.20, 43.50),
    "sinune": ("IQ", "Ninewa", "Sinune-Khanasor road, north of Sinjar", 36.50, 41.68),
    "kani_masi": ("IQ", "Duhok", "villages of Kani Masi subdistrict, Amadiya", 37.23, 43.45),
    "sulay_airport": ("IQ", "Sulaymaniyah", "Sulaymaniyah International Airport", 35.56, 45.32),
    "hit_desert": ("IQ", "Al-Anbar", "desert of Hit district", 33.70, 42.70),
    "hawija": ("IQ", "Kirkuk", "village in Hawija district", 35.32, 43.76),
    "adhaim": ("IQ", "Diyala", "farmland of al-Adhaim subdistrict", 34.46, 44.53),
    "taji": ("IQ", "Baghdad", "Camp Taji", 33.53, 44.26),
    "imam_ali": ("IQ", "Dhi Qar", "Imam Ali Air Base (Tallil), Nasiriyah", 30.935, 46.09),
    "balad": ("IQ", "Salah al-Din", "near Balad Air Base", 33.94, 44.36),
    "iraq": ("IQ", None, "Iraq", 33.2, 43.7),
    # Syria
    "tanf": ("SY", "Homs", "Al-Tanf garrison", 33.4981, 38.6553),
    "rukban": ("SY", "Homs", "Rukban", 33.31, 38.70),
    "shaddadi": ("SY", "Al-Hasakah", "Al-Shaddadi base", 36.0566, 40.7317),
    "omar": ("SY", "Deir ez-Zor", "Al-Omar oil field base", 35.06, 40.55),
    "conoco": ("SY", "Deir ez-Zor", "Conoco gas field base", 35.35, 40.27),
    "marrat": ("SY", "Deir ez-Zor", "around Marrat", 35.36, 40.18),
    "mayadin": ("SY", "Deir ez-Zor", "Al-Mayadin", 35.0207, 40.4515),
    "albukamal": ("SY", "Deir ez-Zor", "around Albu Kamal", 34.4536, 40.9183),
    "hajin": ("SY", "Deir ez-Zor", "Hajin, northern entrance", 34.70, 40.83),
    "kasra": ("SY", "Deir ez-Zor", "al-Kasra-Jazrat Albu Hamid road", 35.40, 39.90),
    "busayrah": ("SY", "Deir ez-Zor", "al-Busayrah", 35.15, 40.43),
    "dhiban": ("SY", "Deir ez-Zor", "Dhiban", 35.02, 40.50),
    "damascus_airport": ("SY", "Rif Dimashq", "Damascus International Airport", 33.411, 36.514),
    "aleppo_airport": ("SY", "Aleppo", "Aleppo International Airport", 36.181, 37.224),
    "damascus": ("SY", "Damascus", "around Damascus", 33.5138, 36.2765),
    "suwaydiyah": ("SY", "Al-Hasakah", "Suwaydiyah gas plant near Rmelan", 36.99, 41.98),
    "odah": ("SY", "Al-Hasakah", "Odah oil station, al-Qahtaniyah countryside", 36.97, 41.45),
    "kobani_east": ("SY", "Aleppo", "Bouban-Kobani road, eastern Kobani countryside", 36.87, 38.50),
    "sweida": ("SY", "As-Suwayda", "As-Suwayda city", 32.71, 36.57),
    "maqwas": ("SY", "As-Suwayda", "al-Maqwas neighbourhood, As-Suwayda city", 32.70, 36.58),
    "masmiyah": ("SY", "Dar'a", "Damascus-Suwayda highway near al-Masmiyah", 33.13, 36.40),
    "mazraa": ("SY", "As-Suwayda", "near al-Mazraa, western Suwayda countryside", 32.78, 36.48),
    "sami": ("SY", "As-Suwayda", "Sami' village area, western Suwayda countryside", 32.75, 36.46),
    "jaramana": ("SY", "Rif Dimashq", "Jaramana", 33.485, 36.35),
    "sahnaya": ("SY", "Rif Dimashq", "Ashrafiyat Sahnaya", 33.43, 36.23),
    "shaab": ("SY", "As-Suwayda", "al-Shaab village, Suwayda countryside", 32.60, 36.95),
    "idlib_west": ("SY", "Idlib", "western Idlib countryside", 35.90, 36.40),
    "sayyida_zainab": ("SY", "Rif Dimashq", "Sayyida Zainab", 33.444, 36.337),
    "hama_airport": ("SY", "Hama", "Hama military airport", 35.118, 36.711),
    "barzeh": ("SY", "Damascus", "Scientific Research Centre, Barzeh, Damascus", 33.55, 36.32),
    "t4": ("SY", "Homs", "T4 (Tiyas) airbase", 34.5225, 37.6297),
    "nawa": ("SY", "Dar'a", "al-Jabiliya dam woods between Nawa and Tasil", 32.88, 36.02),
    "daraa": ("SY", "Dar'a", "Daraa al-Balad", 32.61, 36.10),
    "sheikh_maqsoud": ("SY", "Aleppo", "Sheikh Maqsoud/Ashrafiyah, Aleppo", 36.225, 37.155),
    "deir_hafer": ("SY", "Aleppo", "around Deir Hafer", 36.157, 37.706),
    "hamdaniya": ("SY", "Aleppo", "al-Hamdaniya, Aleppo", 36.18, 37.12),
    "sarmada": ("SY", "Idlib", "Sarmada-Bab al-Hawa road", 36.19, 36.69),
    "peace_spring": ("SY", None, "Peace Spring area, northern Syria", 36.7, 39.5),
    "syria": ("SY", None, "Syria", 35.0, 38.5),
    # Jordan
    "tower22": ("JO", "Mafraq", "Tower 22", 33.32, 38.69),
    "jordan": ("JO", None, "Jordan (northern border)", 31.2, 36.5),
    # Lebanon
    "khiam": ("LB", "Nabatieh", "Khiam", 33.33, 35.61),
    "kfarkela": ("LB", "Nabatieh", "Kfarkela", 33.28, 35.57),
    "aitaroun": ("LB", "Nabatieh", "Aitaroun outskirts", 33.12, 35.47),
    "aita": ("LB", "Nabatieh", "Aita al-Shaab outskirts", 33.10, 35.33),
    "ain_delb": ("LB", "South", "Ain al-Delb, east of Sidon", 33.56, 35.40),
    "kola": ("LB", "Beirut", "al-Kola, Beirut", 33.876, 35.494),
    "sohmor": ("LB", "Beqaa", "Sohmor, West Beqaa", 33.53, 35.70),
    "dahiyeh": ("LB", "Mount Lebanon", "Haret Hreik, southern Beirut suburbs", 33.85, 35.50),
    "south_lebanon": ("LB", "South", "southern Lebanon border villages", 33.2, 35.45),
    # Israel / Golan
    "malkia": ("IL", "Northern District", "Malkia site", 33.10, 35.51),
    "zarit": ("IL", "Northern District", "Zar'it barracks", 33.09, 35.28),
    "upper_galilee": ("IL", "Northern District", "Upper Galilee", 33.2, 35.55),
    "haifa": ("IL", "Haifa", "Zevulun naval facility, Haifa", 32.81, 35.03),
    "eilat": ("IL", "Southern District", "Eilat", 29.56, 34.95),
    "tel_aviv": ("IL", "Tel Aviv", "Tel Aviv", 32.08, 34.78),
    "israel": ("IL", None, "Israel", 31.5, 34.9),
    "golan": (Q, "Golan Heights", "military base in the northern occupied Golan", 33.15, 35.75),
    # Yemen
    "dailami": ("YE", "Amanat al-Asimah", "al-Dailami air base, north of Sanaa", 15.47, 44.22),
    "hodeidah_airport": ("YE", "Al Hudaydah", "Hodeidah International Airport", 14.75, 42.98),
    "taiz_airport": ("YE", "Taiz", "around Taiz International Airport", 13.686, 44.139),
    "abs": ("YE", "Hajjah", "military camp in Abs district", 16.0, 43.2),
    "saada_prov": ("YE", "Saada", "Saada governorate", 16.94, 43.76),
    "sabeen": ("YE", "Amanat al-Asimah", "al-Sabeen square, Sanaa", 15.33, 44.20),
    "shuub": ("YE", "Amanat al-Asimah", "Shu'ub district, northern Sanaa", 15.37, 44.22),
    "saada_city": ("YE", "Saada", "Saada city", 16.94, 43.76),
    "radaa": ("YE", "Al Bayda", "Rada'a", 14.41, 44.84),
    "hajjah": ("YE", "Hajjah", "Hajjah governorate", 15.69, 43.60),
    "taiz_thabat": ("YE", "Taiz", "Tha'bat, eastern Taiz city", 13.59, 44.05),
    "taiz": ("YE", "Taiz", "Taiz city", 13.58, 44.02),
    "kassara": ("YE", "Marib", "al-Kassara front, west of Marib", 15.58, 45.15),
    "hays": ("YE", "Al Hudaydah", "Hays district", 13.93, 43.48),
    "hodeidah_port": ("YE", "Al Hudaydah", "Hodeidah port", 14.83, 42.93),
    # elsewhere
    "kerman": ("IR", "Kerman", "Kerman", 30.28, 57.08),
    "fordow": ("IR", "Qom", "Fordow nuclear facility", 34.885, 50.995),
    "natanz": ("IR", "Isfahan", "Natanz nuclear facility", 33.72, 51.73),
    "isfahan": ("IR", "Isfahan", "Isfahan nuclear facility", 32.65, 51.67),
    "tehran": ("IR", "Tehran", "Tehran", 35.69, 51.39),
    "al_udeid": ("QA", "Al Rayyan", "Al Udeid Air Base", 25.117, 51.315),
    "balochistan": ("PK", "Balochistan", "Balochistan province", 28.5, 65.0),
}

NUJ = "harakat-al-nujaba"
PRO = "Protests"
SUI = "Suicide bomb"
PEACE = "Peaceful protest"

# actors not in the GUIDE's list: several slugs accepted (same slugs as tests/train where they overlap)
JAF = ["jordanian-armed-forces", "jordan-armed-forces"]
PKK = ["kurdistan-workers-party", "pkk"]
HOUTHI = ["houthis", "ansar-allah", "houthi-movement"]
IRAN_ARMY = ["iranian-armed-forces", "iran-armed-forces", "iranian-army", IRGC]
CTS = [ISF, "iraqi-counter-terrorism-service"]
TRIBES = ["arab-tribal-forces", "arab-tribes", "tribal-fighters", "deir-ez-zor-tribal-forces", "arab-tribal-fighters"]
NEW_SY = [SGF, "syrian-interior-ministry", "syrian-ministry-of-interior", "syrian-general-security"]
HTS = ["hayat-tahrir-al-sham", "hts"]
US_UK = [US, "uk-armed-forces", "british-armed-forces", "united-kingdom-armed-forces", "royal-air-force"]
DRUZE = ["druze-armed-factions", "druze-militias", "druze-fighters", "druze-local-factions",
         "local-armed-groups", "sweida-local-factions", "local-gunmen"]
BEDOUIN = ["bedouin-tribes", "bedouin-clans", "bedouin-tribal-fighters", "bedouin-gunmen",
           "bedouin-armed-groups"] + TRIBES
YGF = ["yemeni-government-forces", "yemeni-armed-forces", "yemeni-national-army", "national-army", "government-forces"]
JOINT = ["joint-forces", "national-resistance-forces", "west-coast-joint-forces"] + YGF
SMUG = ["smugglers", "drug-smugglers", "armed-smugglers", "armed-drug-smugglers"]
YBS = ["sinjar-resistance-units", "ybs", "yekineyen-berxwedana-sengale"] + PKK
YPG = [SDF, "peoples-protection-units", "ypg"] + PKK
HAD = ["hurras-al-din", "huras-al-din", "tanzim-hurras-al-din", "hurras-al-deen"]
PFLP = ["popular-front-for-the-liberation-of-palestine", "pflp"]
LOCAL_DARAA = ["local-gunmen", "armed-residents", "nawa-gunmen", "local-armed-groups", "daraa-local-fighters"]
ASAYISH = [SDF, "asayish", "internal-security-forces", "kurdish-internal-security-forces", KSF]
FIELD_SEC = [KSF, "khor-mor-field-security", "khor-mor-security-forces", None]
JAISH_ADL = ["jaish-al-adl", "jaysh-al-adl"]


gold = Gold(P)
inc, bg, tal, art = gold.inc, gold.bg, gold.tal, gold.art


# ---------------------------------------------------------------- t2-001
art("t2-001", "2023-10-19", [
    inc("ain_asad", ERV, AIR, "2023-10-18", [IRI], [US, COAL], ["drone"], None, None, True,
        note="'مساء أمس الأربعاء'; two drones, one exploded inside the base and one intercepted -> one strike; claimed by the IRI ('تبنت ... الهجومين'); 'إصابات طفيفة في صفوف عدد من المتعاقدين' gives no number -> injuries null; deaths not mentioned -> null"),
    inc("victory", SD, DWU, "2023-10-19", [US, COAL], [IRI], ["drone"], 0, 0, True,
        note="'فجر اليوم الخميس'; C-RAM shot down two drones over Victory base; 'من دون تسجيل خسائر بشرية' -> 0/0; interceptor actor1, the claiming IRI actor2"),
    inc("tanf", ERV, AIR, "2023-10-18", [None, IAM], [US, COAL], ["drone"], None, None, False,
        note="'يوم الأربعاء' per a Pentagon official; one drone downed, one hit -> strike; attacker not named (the IRI claim covers only Ain al-Asad and Victory) -> null; 'إصابات طفيفة ... دون أن يحدد عددهم' -> null"),
    bg("harir", ERV, AIR, "2023-10-17", [IRI], [US, COAL], ["drone"], claimed=True,
       note="background: 'الثلاثاء 17 تشرين الأول' drone attack on Harir, 'لم يسفر عن أي أضرار'"),
], [
    tal("attacks", 4, {"IQ": 3, "SY": 1}, ["IQ", "SY"], "2023-10-17", "2023-10-19", "Shafaq News",
        note="'بحسب إحصائية أعدتها وكالة شفق نيوز ... أربعة هجمات، ثلاثة منها في العراق وواحد في سوريا' (number words); the outlet's own count, attributed -> required"),
], "the Diyala and Diwaniyah items are in the 'اقرأ أيضاً' teaser block; troop numbers are not tallies; Pentagon/Iraqi statements are not incidents")

# ---------------------------------------------------------------- t2-002
art("t2-002", "2024-01-29", [
    inc("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US, COAL], ["drone"], 3, 34, Q,
        note="'الأحد'; one-way drone on Tower 22 in Jordan; running toll of injured 25 -> 34 (latest kept); Biden blames Iran-backed groups; the IRI statement names 'قاعدة الركبان', not Tower 22 -> claimed '?'. Jordan's first denial that it happened in Jordan is superseded"),
    inc("shaddadi", ERV, AIR, "2024-01-28", [IRI], [US, COAL], ["drone"], None, None, True,
        note="IRI claim 'فجر الأحد بالطائرات المسيرة' naming al-Shaddadi; claim only, no casualty information -> null"),
    inc("tanf", ERV, AIR, "2024-01-28", [IRI], [US, COAL], ["drone"], None, None, True,
        note="IRI claim naming al-Tanf; a separate named base ~20 km from Tower 22 but in Syria"),
    bg("rukban", ERV, AIR, "2024-01-28", [IRI], [US, COAL], ["drone"], claimed=True,
       note="the claimed 'قاعدة الركبان' is probably Tower 22 itself (next to the Rukban camp): optional so that coding it separately is not penalised"),
    bg("haifa", ERV, AIR, "2024-01-28", [IRI], [IDF], ["drone"], claimed=True,
       note="IRI claim against 'منشأة زفولون البحرية' in Haifa: unconfirmed claim outside the story's countries"),
], [
    tal("attacks", 165, {"IQ": 66, "SY": 98, "JO": 1}, ["IQ", "SY", "JO"], "2023-10-17", Q, "Pentagon",
        note="'نحو 165 هجوما ... منها 66 في العراق و98 في سوريا وهجوم واحد في الأردن، قبل هجوم الأحد'"),
    tal("injured", 70, {}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon",
        note="'نحو 70 عسكريا أميركيا أصيبوا في تلك الهجمات'"),
], "Mezzeh strike and Houthi tanker claim are in the 'اقرأ أيضا' teaser block; troop numbers (2500/900/350) and '20 كيلومترا' are not tallies; threats and denials are statements")

# ---------------------------------------------------------------- t2-003
art("t2-003", "2024-04-27", [
    inc("khor_mor", ERV, AIR, "2024-04-26", [None, PMF, IAM], Q, ["drone"], 4, 3, False, gp=1,
        note="'مساء أمس الجمعة' / 'الجمعة 26 نيسان 2024'; ministry 4 killed vs hospital 5 -> 4; 'لم تتبنَّ أي جهة' but officials point at groups within the PMF -> null or PMF; gas field target -> actor2 '?' (as for oil fields in tests/train)"),
    inc("khor_mor", SD, DWU, "2024-04-27", FIELD_SEC, [None], ["drone"], Q, Q, False,
        note="'صباح اليوم السبت' field guards shot down a second drone, 'من دون وقوع أضرار' (no damage) -> '?'/'?'"),
    bg("khor_mor", ERV, AIR, "2024-01-25", [None], Q, ["drone"], fat=0,
       note="background: '25 كانون الثاني الماضي' drone near the condensate tanks, no casualties"),
], [
    tal("attacks", 4, {}, ["IQ"], "2024-01-01", "2024-04-26", "KRG Ministry of Natural Resources",
        note="'بحسب وزارة الثروات الطبيعية ... هو الرابع الذي يستهدف حقل كورمور منذ مطلع العام': attributed ordinal -> required"),
], "condemnations (Barzani, Romanowski) and the investigation committee are not incidents; '500 مليون قدم مكعب' is not a tally")

# ---------------------------------------------------------------- t2-004
art("t2-004", "2025-07-15", [
    inc("peshkhabour", ERV, AIR, "2025-07-15", [None, PMF], Q, ["drone"], 0, 0, False,
        note="'صباح اليوم الثلاثاء 15 تموز 2025'; two drones = one incident; 'لم يسفر عن خسائر بشرية' -> 0/0; KRG interior ministry blames groups within the PMF (accusation) -> null or PMF"),
    inc("sarsang", ERV, AIR, "2025-07-14", [None, PMF], Q, ["drone"], Q, 0, False,
        note="'مساء أمس الاثنين'; 'من دون تسجيل إصابات' -> injuries 0, fatalities '?'"),
    inc("tawke", Q, Q, "2025-07-15", [None, PMF], Q, ["drone"], Q, Q, False, optional=True,
        note="a drone fell inside the Tawke field 'من دون أن تنفجر': attack or disrupted weapon -> optional, type '?'"),
    bg("erbil_airport", SD, DWU, Q, [None, KSF, COAL], [None], ["drone"], tp=3,
       note="'في وقت سابق من الشهر الجاري' a drone downed near Erbil airport; month only"),
], [
    tal("attacks", 9, {}, ["IQ"], "2025-07-02", "2025-07-15", "KRG Ministry of Natural Resources",
        note="'تعرضت ... لتسعة هجمات بطائرات مسيرة منذ الثاني من تموز الجاري وحتى صباح اليوم'"),
    tal("attacks", 8, {}, ["IQ"], Q, "2025-07-15", None, optional=True,
        note="the sub-heading 'ثمانية هجمات في أسبوعين' is the outlet's own, unattributed, and contradicts the ministry's 9"),
], "'200 ألف برميل' is not a tally; Baghdad's denial, committee and US embassy statement are not incidents")

# ---------------------------------------------------------------- t2-005
art("t2-005", "2024-01-21", [
    inc("ain_asad", ERV, SHELL, "2024-01-20", [IRI, IAM], [US, COAL, ISF], ["missile", "rocket"], None, Q, True,
        note="'مساء أمس السبت (20 كانون الثاني 2024)'; ballistic missiles and rockets by a militia -> Shelling/artillery/missile attack; IRI 'أعلنت ... مسؤوليتها', CENTCOM says Iran-backed militias; 'عدد من الأفراد ... وعنصر واحد على الأقل' -> injuries '?'; deaths not mentioned -> null; interceptions are part of the attack"),
    inc("erbil_airport", SD, DWU, "2024-01-21", [COAL, US, KSF], [None], ["drone"], Q, Q, False,
        note="'فجر اليوم الأحد' coalition air defence downed a drone; 'لم يسفر عن أي أضرار' -> '?'/'?'"),
    bg("palestine_st", ERV, AIR, "2024-01-04", [US], [NUJ, PMF], ["drone"], fat=2,
       note="background: 4 January strike on al-Nujaba HQ killing Abu Taqwa and a companion"),
], [
    tal("attacks", 140, {"IQ": 57, "SY": 83}, ["IQ", "SY"], "2023-10-17", "2024-01-20", "Pentagon",
        note="'الهجوم رقم 140 ... بينها 57 هجوماً في العراق و83 في سوريا' (official to AP)"),
], "analyst and government statements are not incidents")

# ---------------------------------------------------------------- t2-006
art("t2-006", "2024-05-14", [
    inc("mutaibija", BAT, CLASH, "2024-05-13", [IS], [ISF], ["small_arms"], 5, 3, False, gp=2,
        note="'مساء أمس الاثنين' ISIS attacked an army post and fought for over an hour (sniper rifles, machine guns) -> Armed clash; 'ضابط وأربعة جنود' = 5, 'ثلاثة آخرين' injured"),
    inc("mutaibija", ERV, AIR, "2024-05-14", [ISF, "iraqi-air-force"], [IS], ["aircraft"], 3, None, False, gp=2,
        note="'ظهر اليوم الثلاثاء' two Iraqi F-16 strikes in Mutaibija (same area, different day/type/actor) -> separate incident; 'قتل ثلاثة إرهابيين'"),
    bg("mutaibija", BAT, CLASH, "2024-03-15", [IS], [ISF], fat=2, tp=3, gp=2, note="background: 'في آذار الماضي' similar attack, two soldiers"),
    bg("mutaibija", ERV, IED, "2023-12-15", [None, IS], [PMF], ["ied"], fat=3, tp=3, gp=2, note="background: December 2023 IED on a nearby road"),
], [
    tal("killed", 14, {}, ["IQ"], "2024-01-01", "2024-05-14", "Joint Operations Command",
        note="'بحسب إحصائية لقيادة العمليات المشتركة ... 14 عسكرياً ... منذ مطلع العام'"),
], "'400 و500 مسلح' is a UN estimate of fighters, not a tally")

# ---------------------------------------------------------------- t2-007
art("t2-007", "2025-07-14", [
    inc("maqwas", BAT, CLASH, "2025-07-13", DRUZE + BEDOUIN, DRUZE + BEDOUIN, ["small_arms", "mortar"], 30, 100, False,
        note="'الأحد 13 من تموز' Druze factions vs Bedouin gunmen in al-Maqwas; who started is unclear -> both sides accepted as actor1/actor2; ministry 'أكثر من 30' / 'قرابة 100' vs SOHR 37 -> 30/100"),
    inc("mazraa", BAT, CLASH, "2025-07-14", DRUZE + NEW_SY + [None], NEW_SY + DRUZE, Q, 6, None, False, gp=2,
        note="'صباح اليوم، الاثنين 14 من تموز'; MoD: six members killed in an ambush near al-Mazraa by 'مجموعات خارجة عن القانون'; local factions say the forces attacked first -> both accepted; no weapon named"),
    inc("sami", ERV, AIR, "2025-07-14", [IDF], NEW_SY, Q, None, None, False, gp=2,
        note="Israeli army: 'طائراته استهدفت عدة دبابات في منطقة قرية سميع' (a state naming its own strike); aircraft or drones -> '?'; 'لم تذكر المصادر حصيلة' -> null"),
    bg("masmiyah", VAC, ABD, "2025-07-11", BEDOUIN + [None], [CIV], [], gp=2,
       note="the trigger 'الجمعة 11 من تموز': a vegetable merchant robbed and abducted near al-Masmiyah; recap of the story's start"),
    bg("sweida", VAC, ABD, Q, DRUZE + [None], [CIV] + BEDOUIN, [], tp=2,
       note="retaliatory abductions of Bedouin in the city, undated"),
    bg("jaramana", BAT, CLASH, Q, Q, Q, tp=3, note="background: 'في نيسان وأيار الماضيين' clashes in Jaramana"),
    bg("sahnaya", BAT, CLASH, Q, Q, Q, tp=3, note="background: clashes in Ashrafiyat Sahnaya"),
], [
    tal("killed", 89, {}, ["SY"], "2025-07-13", "2025-07-14", "SOHR",
        note="'ووصل عدد القتلى منذ بدء الاشتباكات، الأحد، إلى 89 ... بحسب المرصد'"),
], "statements by the interior minister, al-Hijri and the Sheikhs of Aql are not incidents; the 'المزيد' teaser is not coded")

# ---------------------------------------------------------------- t2-008
art("t2-008", "2024-06-11", [
    inc("hajin", BAT, CLASH, "2024-06-10", [IS], [SDF], ["small_arms"], 2, 1, True,
        note="'مساء أمس الإثنين' gunmen attacked an SDF checkpoint, half-hour exchange -> Armed clash; claimed via Amaq ('تبنى'); local figures 2 killed 1 injured, not the IS claim of 'five killed and injured'"),
    inc("kasra", ERV, IED, "2024-06-11", [None], [SDF], ["ied"], None, 1, False, gp=2,
        note="'صباح اليوم الثلاثاء'; 'دون أن تتبنى أي جهة' -> null; one injured, deaths not mentioned -> null"),
    inc("busayrah", SD, ARR, "2024-06-11", [SDF, COAL, US], [IS, None], [], None, None, False,
        note="'فجر اليوم' SDF + coalition helicopter raid, three suspects arrested"),
    bg("dhiban", BAT, CLASH, "2024-05-25", [IS], [SDF], fat=3, claimed=True, note="background: '25 من أيار الماضي' attack on a post in Dhiban"),
], [
    tal("attacks", 128, {}, ["SY"], "2024-01-01", "2024-06-11", "SOHR", note="'ووثق المرصد ... منذ مطلع العام الحالي 128 هجوماً'"),
    tal("killed", 61, {}, ["SY"], "2024-01-01", "2024-06-11", "SOHR", note="'أسفرت عن مقتل 61 شخصاً'"),
], "the 2019 Baghouz reference is generic history")

# ---------------------------------------------------------------- t2-009
art("t2-009", "2023-10-12", [
    inc("damascus_airport", ERV, AIR, "2023-10-12", [IDF], Q, Q, None, None, False,
        note="published_at missing; dateline 'الخميس، 12 تشرين الأول 2023' and 'ظهر اليوم'; 'عدواناً جوياً ... مستهدفاً مطاري دمشق وحلب' -> two named airports = two incidents; 'صواريخ العدوان' from aircraft -> weapons '?'; material damage only, casualties not mentioned -> null; civilian airport target -> actor2 '?'"),
    inc("aleppo_airport", ERV, AIR, "2023-10-12", [IDF], Q, Q, None, None, False, note="see Damascus airport"),
    bg("aleppo_airport", ERV, AIR, "2023-08-28", [IDF], Q, note="background: 'في الـ 28 من آب الماضي'"),
    bg("damascus", ERV, AIR, Q, [IDF], Q, tp=3, gp=2, note="background: 'في تموز الماضي نقاطاً في محيط دمشق'"),
], [], "SANA wording ('العدو الإسرائيلي', 'عدوان'); condemnations are statements; the February earthquake is not an incident")

# ---------------------------------------------------------------- t2-010
art("t2-010", "2024-01-14", [
    inc("suwaydiyah", ERV, AIR, "2024-01-13", [TAF], [CIV, None], ["aircraft"], 2, 3, False, gp=2,
        note="'مساء السبت' Turkish warplanes, four raids on the Suwaydiyah gas plant = one incident; two maintenance workers killed, three injured"),
    inc("odah", ERV, AIR, "2024-01-13", [TAF], Q, ["aircraft"], None, None, False, gp=2,
        note="'في الليلة ذاتها' Odah oil station; 'دون ورود معلومات عن ضحايا' -> null"),
    inc("kobani_east", ERV, AIR, "2024-01-14", [TAF], [CIV], ["drone"], 2, None, False, gp=2,
        note="'صباح اليوم الأحد' Turkish drone on a civilian car on the Bouban-Kobani road"),
    bg("claw_lock", BAT, CLASH, "2024-01-12", PKK + [None], [TAF], fat=9, gp=3,
       note="background: nine Turkish soldiers killed 'الجمعة' in the Claw-Lock area of northern Iraq"),
], [
    tal("strikes", 50, {}, ["SY"], "2024-01-12", "2024-01-14", "Autonomous Administration",
        note="'أكثر من 50 غارة' since 'مساء الجمعة 12 كانون الثاني'"),
    tal("killed", 9, {}, ["SY"], "2024-01-12", "2024-01-14", "Autonomous Administration", note="'قتل خلالها تسعة مدنيين'"),
    tal("killed", 59, {}, ["IQ", "SY"], Q, "2024-01-13", "Turkish Ministry of Defense", optional=True, note="'تحييد 59 إرهابياً' = neutralised"),
    tal("strikes", 29, {}, ["IQ", "SY"], Q, "2024-01-13", "Turkish Ministry of Defense", optional=True, note="'29 هدفاً' = targets"),
], "'الثالثة من نوعها' counts waves, unattributed: not a tally; '80%' of power stations is not a tally; Erdogan/Abdi statements are not incidents")

# ---------------------------------------------------------------- t2-011
art("t2-011", "2024-08-10", [
    inc("conoco", ERV, SHELL, "2024-08-09", [IAM], [US, COAL], ["rocket"], None, None, False,
        note="'مساء أمس' three rocket shells 'من قبل الميليشيات الموالية لإيران' (passive, no claim); coded at the target, not at the launch point Marrat; 'دون معلومات عن خسائر بشرية' -> null"),
    inc("marrat", ERV, SHELL, "2024-08-09", [US, COAL], [IAM], ["artillery", "rocket"], 1, None, False, gp=2,
        note="US artillery and rocket fire 'في محيط بلدة مراط' minutes later; one militiaman killed"),
    inc("mayadin", ERV, AIR, "2024-08-10", [None, COAL, US], [IAM], ["drone"], None, None, False, gp=2,
        note="'فجر اليوم' unidentified drone 'يرجح أنها تابعة للتحالف' -> null or coalition/US; no casualty information"),
    bg("ain_asad", ERV, SHELL, "2024-08-05", [None], [US, COAL], ["rocket"], inj=7,
       note="background: '5 آب الجاري' two rockets, 5 soldiers and two contractors injured (dual 'متعاقدين اثنين')"),
    bg("tehran", ERV, Q, Q, Q, ["hamas"], tp=3, gp=3, note="context: Haniyeh assassination in Tehran, undated"),
    bg("dahiyeh", ERV, AIR, Q, [IDF], [HEZ], tp=3, note="context: Fuad Shukr killed in Dahiyeh, undated"),
], [
    tal("attacks", 37, {}, ["SY"], "2024-01-01", "2024-08-10", "SOHR",
        note="'يرتفع عدد الاستهدافات ... منذ مطلع العام 2024، إلى 37 استهدافاً، وفقاً لإحصائيات المرصد'"),
], "the 28 July reinforcements are not an incident; list of bases is background")

# ---------------------------------------------------------------- t2-012
art("t2-012", "2023-11-21", [
    inc("harir", ERV, AIR, "2023-11-21", [IRI], [US, COAL], ["drone"], None, None, True,
        note="'صباح اليوم' two drones, IRI statement"),
    inc("ain_asad", ERV, SHELL, "2023-11-21", [IRI], [US, COAL], ["rocket"], None, None, True,
        note="second IRI statement: 'برشقة صاروخية' 'بعد ظهر اليوم'"),
    inc("omar", ERV, AIR, "2023-11-20", [IRI], [US, COAL], ["drone"], None, None, True,
        note="third statement: 'مساء أمس الاثنين' al-Omar field base in Syria"),
    inc("shaddadi", Q, Q, "2023-11-21", Q, Q, Q, None, None, Q, optional=True,
        note="explosions heard at al-Shaddadi 'من دون أن تُعرف طبيعتها' -> optional"),
    bg("albukamal", ERV, AIR, "2023-11-12", [US], [IRGC, IAM], gp=2, note="background: 12 November strike near Albu Kamal"),
    bg("mayadin", ERV, AIR, "2023-11-12", [US], [IRGC, IAM], gp=2, note="background: 12 November strike near al-Mayadin"),
], [
    tal("attacks", 62, {}, ["IQ", "SY"], "2023-10-17", "2023-11-21", "Pentagon", note="Sabrina Singh: '62 هجوماً منذ 17 تشرين الأول'"),
    tal("injured", 59, {}, ["IQ", "SY"], "2023-10-17", "2023-11-21", "Pentagon", note="'أُصيب خلالها 59 عسكرياً'"),
], "'لليوم الـ 46' and troop numbers are not tallies; al-Hamidawi's threat is a statement")

# ---------------------------------------------------------------- t2-013
art("t2-013", "2024-03-13", [
    inc("malkia", ERV, SHELL, "2024-03-13", [HEZ], [IDF], ["rocket"], None, None, True,
        note="numeric date '13-03-2024'; 'المقاومة الإسلامية' in Al-Manar = Hezbollah (not the IRI); 'بالأسلحة الصاروخية'"),
    inc("zarit", ERV, SHELL, "2024-03-13", [HEZ], [IDF], ["rocket"], None, None, True,
        note="'صاروخ بركان' (heavy rocket) on Zar'it barracks, 'الرابعة عصراً'"),
    inc("khiam", ERV, AIR, "2024-03-13", [IDF], [CIV], ["aircraft"], 1, None, False,
        note="'الطيران الحربي المعادي' on a house; 'شهيد مدني وإصابة آخرين' -> 1 killed, injured unnumbered -> null"),
    inc("kfarkela", ERV, AIR, "2024-03-13", [IDF], [HEZ, CIV, None], ["drone"], 2, None, False,
        note="drone on a motorcycle, 'شهيدين' (dual); victims probably Hezbollah (a fighter from Kfarkela is mourned) -> Hezbollah, civilians or null"),
    inc("aitaroun", ERV, SHELL, "2024-03-13", [IDF], [None, CIV], ["artillery"], None, None, False, gp=2,
        note="'قصف مدفعي معادٍ' on the outskirts of two named villages -> two incidents"),
    inc("aita", ERV, SHELL, "2024-03-13", [IDF], [None, CIV], ["artillery"], None, None, False, gp=2,
        note="see Aitaroun; phosphorus shells in the woods"),
    inc("upper_galilee", SD, DWU, "2024-03-13", [IDF], [HEZ, None], Q, None, None, False, gp=2, optional=True,
        note="Iron Dome intercepted a 'هدفاً جوياً مشبوهاً' from Lebanon: optional (vague, Israeli side)"),
], [
    tal("killed", 229, {}, ["LB"], "2023-10-08", "2024-03-13", "Hezbollah",
        note="'ليرتفع عدد شهدائها منذ الثامن من تشرين الأول الماضي إلى 229 شهيداً وفق ما أعلنته المقاومة'"),
], "Gallant's threat and Qassem's reply are statements; 'عشرات آلاف المستوطنين' displaced is not a tally")

# ---------------------------------------------------------------- t2-014
art("t2-014", "2024-09-30", [
    inc("ain_delb", ERV, AIR, "2024-09-29", [IDF], [CIV], ["aircraft"], 32, 10, False,
        note="'بعد ظهر أمس الأحد'; running toll 14 -> 32 (latest kept); 'عشرات الجرحى' = 10 (GUIDE: tens = 10)"),
    inc("kola", ERV, AIR, "2024-09-30", [IDF], PFLP, ["drone"], 3, None, False,
        note="'فجر اليوم الاثنين' 'غارة بمسيّرة' on an apartment in al-Kola; the PFLP says the three were its leaders"),
    inc("sohmor", ERV, AIR, "2024-09-29", [IDF], [CIV], ["aircraft"], 4, None, False,
        note="'مساء أمس' 'أغار الطيران المعادي' on a house, 'أربعة مواطنين'"),
    bg("dahiyeh", ERV, AIR, "2024-09-27", [IDF], [HEZ], ["aircraft"], note="background: 'يوم الجمعة الماضي' Haret Hreik strike that killed Nasrallah"),
], [
    tal("killed", 105, {}, ["LB"], "2024-09-29", "2024-09-30", "Lebanese Ministry of Public Health", note="'خلال الساعات الأربع والعشرين الماضية ... 105'"),
    tal("injured", 359, {}, ["LB"], "2024-09-29", "2024-09-30", "Lebanese Ministry of Public Health"),
    tal("killed", 1640, {}, ["LB"], "2023-10-08", "2024-09-30", "Lebanese Ministry of Public Health", note="'الحصيلة التراكمية منذ الثامن من تشرين الأول 2023'"),
    tal("injured", 8408, {}, ["LB"], "2023-10-08", "2024-09-30", "Lebanese Ministry of Public Health"),
], "'أكثر من مليون' displaced is not a tally; Mikati/Abiad statements are not incidents; photo caption")

# ---------------------------------------------------------------- t2-015
YE_NOTE = "'فجر اليوم الجمعة'; US-UK strikes; the named targets are separate incidents; weapons '?' (aircraft, ships, submarines, Tomahawks); Saree's 5 killed / 6 injured are not split by place -> null"
art("t2-015", "2024-01-12", [
    inc("dailami", ERV, AIR, "2024-01-12", US_UK, HOUTHI, Q, None, None, False, note=YE_NOTE),
    inc("hodeidah_airport", ERV, AIR, "2024-01-12", US_UK, HOUTHI, Q, None, None, False, note="see al-Dailami"),
    inc("taiz_airport", ERV, AIR, "2024-01-12", US_UK, HOUTHI, Q, None, None, False, gp=2, note="'محيط مطار تعز'"),
    inc("abs", ERV, AIR, "2024-01-12", US_UK, HOUTHI, Q, None, None, False, gp=2, note="'معسكر في مديرية عبس بمحافظة حجة'"),
    inc("saada_prov", ERV, AIR, "2024-01-12", US_UK, HOUTHI, Q, None, None, False, gp=3, note="'مواقع في محافظة صعدة': province level"),
    inc("sabeen", PRO, PEACE, "2024-01-12", ["protesters", "houthi-supporters", None], None, [], None, None, False, optional=True,
        note="mass rally in al-Sabeen square after Friday prayers: a protest, optional (not this extractor's focus)"),
], [
    tal("strikes", 73, {}, ["YE"], "2024-01-12", "2024-01-12", "Houthi military spokesman", note="Yahya Saree: '73 غارة'"),
    tal("killed", 5, {}, ["YE"], "2024-01-12", "2024-01-12", "Houthi military spokesman", note="'استشهاد خمسة' (number word)"),
    tal("injured", 6, {}, ["YE"], "2024-01-12", "2024-01-12", "Houthi military spokesman", note="'إصابة ستة'"),
], "Saba (Houthi) wording 'العدوان الأمريكي البريطاني'; threats and Biden's statement are not incidents; ship attacks are mentioned only generally")

# ---------------------------------------------------------------- t2-016
art("t2-016", "2024-05-20", [
    inc("taiz_thabat", VAC, ATT, "2024-05-19", HOUTHI, [CIV], ["small_arms"], 1, 1, False,
        note="'مساء أمس الأحد' Houthi sniper shot a boy (killed) and his sister (injured) -> Violence against civilians / Attack"),
    inc("kassara", ERV, AIR, "2024-05-20", HOUTHI, YGF, ["drone"], 2, 3, False, gp=2,
        note="'صباح اليوم الاثنين' 'طائرة مسيرة مفخخة' on army positions; 'جنديين' (dual) killed, three injured"),
    inc("kassara", Q, Q, "2024-05-20", YGF, HOUTHI, Q, None, None, False, gp=2, optional=True,
        note="the army's return fire that 'destroyed a vehicle': part of the same exchange or a separate clash -> optional"),
    inc("hays", BAT, CLASH, "2024-05-19", HOUTHI, JOINT, ["small_arms"], None, None, False, gp=2,
        note="'ليل الأحد' Houthi infiltration repelled after two hours of fighting ('الأسلحة المتوسطة والخفيفة'); 'جثث عدد من قتلاها' -> null"),
    bg("taiz", ERV, SHELL, "2024-05-03", HOUTHI, [CIV], ["mortar"], inj=4, note="background: '3 أيار الجاري' mortar shelling, four injured"),
], [
    tal("killed", 14, {}, ["YE"], "2024-01-01", "2024-05-20", "Taiz Human Rights Office", note="'قتلوا 14 مدنياً ... منذ مطلع العام'"),
    tal("injured", 37, {}, ["YE"], "2024-01-01", "2024-05-20", "Taiz Human Rights Office", note="'فيما أصيب 37 آخرون'"),
], "Yemeni government media wording ('مليشيا الحوثي الإرهابية'); 'تسع سنوات' siege and al-Eryani's call are not incidents")

# ---------------------------------------------------------------- t2-017
art("t2-017", "2023-12-18", [
    inc("jordan", BAT, CLASH, "2023-12-18", JAF, SMUG, ["small_arms"], 3, 1, False, gp=3,
        note="'فجر اليوم الاثنين' armed smugglers clashed with border guards on the northern front (no place named -> country level); 'مقتل أحد أفراد حرس الحدود ... ومقتل مهربَين اثنين' = 1 + 2 (dual) = 3, one guard injured"),
    inc("jordan", SD, ARR, "2023-12-18", JAF, SMUG, [], None, None, False, gp=3, optional=True,
        note="nine smugglers arrested during the same clash: part of it or a separate Arrests event -> optional"),
    bg("jordan", Q, Q, "2023-12-12", JAF, SMUG, gp=3, note="background: '12 كانون الأول الجاري' similar foiled attempt, smugglers injured"),
    bg("shaab", ERV, AIR, "2023-05-08", JAF + [None], Q, note="background: strike 'نُسبت إلى الأردن' on al-Ramthan's house, 8 May"),
], [
    tal("killed", 27, {}, ["JO"], "2023-01-01", "2023-12-18", "Jordanian Armed Forces",
        note="'بحسب إحصائيات القوات المسلحة ... وقُتل خلالها 27 مهرباً'; the '90 محاولة تسلل وتهريب' are smuggling attempts, not attacks -> not a tally"),
], "'4.9 مليون حبة' and '21 قطعة سلاح' are seizures; the Rusaifa arrest is in the 'اقرأ أيضاً' teaser")

# ---------------------------------------------------------------- t2-018
art("t2-018", "2024-02-05", [
    bg("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], fat=3, note="background: '28 كانون الثاني الماضي' attack on a forward post"),
    bg("iraq", ERV, AIR, Q, [US], [IAM, IRGC, KH, PMF], ["aircraft"], tp=2, gp=3, note="context: the US strikes in Iraq that Jordan denies joining (undated)"),
    bg("syria", ERV, AIR, Q, [US], [IAM, IRGC], ["aircraft"], tp=2, gp=3, note="context: the US strikes in Syria (undated)"),
], [], "negative: denial of Jordanian participation and denial of a drone falling in al-Ruwaished ('لم يُسجل أي خرق'); '3 آلاف عسكري' is not a tally; Petra dateline 'عمان 5 شباط (بترا)'")

# ---------------------------------------------------------------- t2-019
TR_NOTE = "'أمس الأحد' the MoD 'حيّدت' PKK members in aerial and ground operations: type unclear (air strike or clash) -> '?'; 'تحييد' is killed, captured or surrendered -> fatalities '?'; two named regions = two incidents"
art("t2-019", "2024-06-17", [
    inc("gara", Q, Q, "2024-06-16", [TAF], PKK, Q, Q, None, False, gp=2, note=TR_NOTE),
    inc("metina", Q, Q, "2024-06-16", [TAF], PKK, Q, Q, None, False, gp=2, note="see Gara"),
    inc("claw_lock", BAT, CLASH, "2024-06-16", PKK, [TAF], Q, 1, 1, False, gp=3,
        note="'أمس' a Turkish soldier killed and one injured 'خلال اشتباك' in the Claw-Lock area (no precise place -> province/country level)"),
    inc("peace_spring", Q, Q, Q, [TAF], YPG, Q, Q, None, False, tp=2, gp=3, optional=True,
        note="five 'neutralised' trying to infiltrate the Peace Spring area 'دون تحديد موعد العملية' -> optional"),
], [
    tal("killed", 1078, {}, ["IQ", "SY"], "2024-01-01", "2024-06-17", "Turkish Ministry of Defense", optional=True,
        note="'عدد الإرهابيين الذين جرى تحييدهم منذ مطلع العام ... 1078': neutralised, not only killed"),
], "the surrender in Sirnak (Turkey) is not an incident; '40 ألف شخص' over 40 years is historical, not a tally; Anadolu wording")

# ---------------------------------------------------------------- t2-020
art("t2-020", "2024-02-20", [
    bg("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], fat=3, note="background: 'الـ28 من يناير'"),
    bg("iraq", ERV, AIR, "2024-02-02", [US], [IRGC, IAM, PMF, KH], ["aircraft"], gp=3, note="background: 2 February B-1 strikes, Iraq sites not named"),
    bg("syria", ERV, AIR, "2024-02-02", [US], [IRGC, IAM], ["aircraft"], gp=3, note="background: 2 February strikes, Syria sites not named"),
    bg("mashtal", ERV, AIR, "2024-02-07", [US], [KH], ["drone"], fat=Q, note="background: 7 February strike killing Abu Baqir al-Saadi"),
], [
    tal("attacks", 170, {}, ["IQ", "SY", "JO"], "2023-10-17", "2024-02-04", "Pentagon", note="'نحو 170 هجوماً ... منذ الـ17 من أكتوبر وحتى الرابع من فبراير'"),
    tal("attacks", 45, {}, ["IQ"], "2024-01-01", "2024-01-31", "Washington Institute", note="'45 هجوماً ... داخل العراق خلال شهر يناير'"),
    tal("killed", 3, {}, ["JO"], "2023-10-17", "2024-02-04", "Pentagon", optional=True, note="the three Tower 22 deaths restated inside the Pentagon figure"),
    tal("strikes", 85, {}, ["IQ", "SY"], "2024-02-02", "2024-02-02", None, optional=True, note="'85 هدفاً' = targets, unattributed"),
], "negative (analysis): 'لم تسجل أي هجمات' since 4 February; KH's suspension, Qaani's visit and talks are not incidents; 'إصابة العشرات' is vague, not a tally; '2500 جندي' is not a tally")

# ---------------------------------------------------------------- t2-021
art("t2-021", "2023-10-24", [
    inc("shaddadi", ERV, AIR, "2023-10-23", [IRI], [US, COAL], ["drone"], Q, 0, True,
        note="'مساء الاثنين' IRI claim; a US official: 'لم يسفر عن إصابات' -> injuries 0, fatalities '?'"),
    inc("ain_asad", SD, DWU, "2023-10-24", [US, COAL], [None], ["drone"], Q, Q, False,
        note="'فجر اليوم الثلاثاء' US forces intercepted a drone heading for Ain al-Asad; 'من دون أن تتبنى أي جهة' -> actor2 null"),
    bg("tanf", ERV, AIR, "2023-10-18", [None, IAM], [US, COAL], ["drone"], inj=20, note="background: 18 October, 20 injured at al-Tanf"),
    bg("ain_asad", ERV, AIR, "2023-10-18", [None, IAM], [US, COAL], Q, inj=4,
       note="background: 18 October, 4 injured at Ain al-Asad; the contractor's heart attack during a false alarm is not a fatality of an attack"),
], [
    tal("attacks", 13, {"IQ": 10, "SY": 3}, ["IQ", "SY"], "2023-10-17", "2023-10-23", "Pentagon",
        note="'13 هجوما على الأقل ... عشرة هجمات منفصلة في العراق وثلاثة في سوريا' (number words) 'في الفترة بين 17 و23 أكتوبر'"),
    tal("injured", 24, {"SY": 20, "IQ": 4}, ["IQ", "SY"], "2023-10-17", "2023-10-23", "Pentagon",
        note="'24 عسكريا ... 20 منهم في قاعدة التنف بسوريا و4 في قاعدة عين الأسد'"),
], "THAAD/Patriot deployments, carriers and Russian statements are not incidents; troop numbers are not tallies")

# ---------------------------------------------------------------- t2-022
art("t2-022", "2024-08-31", [
    inc("anbar_desert", BAT, CLASH, "2024-08-29", [US, ISF, COAL, "iraqi-counter-terrorism-service", "iraqi-intelligence-service"], [IS], Q, 14, 7, False, gp=3,
        note="'فجر الخميس' joint raid in 'صحراء الأنبار الغربية' (no place named -> province level); CENTCOM 15 vs Security Media Cell 14 killed -> 14; 'سبعة عسكريين أميركيين، خمسة منهم خلال الغارة واثنان جراء السقوط' -> 7; weapons of both sides unclear -> '?'"),
], [
    tal("killed", 44, {}, ["IQ", "SY"], "2024-01-01", "2024-06-30", "CENTCOM", note="first half of 2024: 'أسفرت عن مقتل 44 عنصرا'"),
    tal("attacks", 153, {}, ["IQ", "SY"], "2024-01-01", "2024-06-30", "CENTCOM", note="ISIS 'تبنى 153 هجوما في البلدين خلال الأشهر الستة الأولى'"),
    tal("attacks", 196, {"IQ": 137, "SY": 59}, ["IQ", "SY"], "2024-01-01", "2024-06-30", "CENTCOM", optional=True,
        note="'196 عملية ... منها 137 عملية في العراق و59 في سوريا': 'operations' (raids and strikes), unit unclear -> optional under attacks and strikes"),
    tal("strikes", 196, {"IQ": 137, "SY": 59}, ["IQ", "SY"], "2024-01-01", "2024-06-30", "CENTCOM", optional=True, note="see attacks 196"),
], "'اعتقال 166' (arrests are not a tally unit) and '1500 و3000 مقاتل' are not tallies; the coalition agreement is not an incident")

# ---------------------------------------------------------------- t2-023
art("t2-023", "2025-03-16", [
    inc("shuub", ERV, AIR, "2025-03-15", [US], [CIV] + HOUTHI, ["aircraft"], 9, None, False,
        note="'مساء السبت'; strike on a residential building in Shu'ub, 'ما لا يقل عن 9' -> 9; fighters from the carrier -> aircraft"),
    inc("saada_city", ERV, AIR, "2025-03-15", [US], HOUTHI, ["aircraft"], None, None, False,
        note="'مواقع في مدينة صعدة'; 'من دون أن تتوفر حصيلة منفصلة لكل موقع' -> null"),
    inc("radaa", ERV, AIR, "2025-03-15", [US], HOUTHI, ["aircraft"], None, None, False, note="'مدينة رداع في محافظة البيضاء'"),
    inc("hajjah", ERV, AIR, "2025-03-15", [US], HOUTHI, ["aircraft"], None, None, False, gp=3,
        note="Hajjah named only as a governorate in the Houthi list (Saada and al-Bayda have precise places) -> province level"),
], [
    tal("killed", 31, {}, ["YE"], "2025-03-15", "2025-03-16", "Houthi health ministry", note="'ارتفاع حصيلة ... إلى 31 قتيلا و101 جريح'"),
    tal("injured", 101, {}, ["YE"], "2025-03-15", "2025-03-16", "Houthi health ministry"),
    tal("strikes", 47, {}, ["YE"], "2025-03-15", "2025-03-15", "Houthi media", note="'قالت وسائل إعلام تابعة للحوثيين إن الطائرات الأميركية شنت 47 غارة'"),
    tal("strikes", 30, {}, ["YE"], "2025-03-15", "2025-03-15", "US official", optional=True, note="'أكثر من 30 هدفا' = targets"),
    tal("attacks", 100, {}, Q, "2023-11-01", "2025-03-16", "US Navy", optional=True, note="Houthi attacks on ships at sea since November 2023: no country"),
], "the Houthi claim against USS Harry Truman at sea is not coded; Trump's 'الجحيم' post is a threat; '18 صاروخا' describes one claim; the 'اقرأ أيضا' interception is a teaser")

# ---------------------------------------------------------------- t2-024
art("t2-024", "2024-01-17", [
    inc("erbil_city", ERV, Q, "2024-01-15", [IRGC], [CIV], ["missile"], 4, 6, Q,
        note="'قبيل منتصف ليل الاثنين' IRGC ballistic missiles on Peshraw Dizayee's house (IRGC announced its own strike: 'أعلن الحرس الثوري ... أنه استهدف'); ground-launched state missiles -> sub-type '?' as in tests/train; 4 civilians killed, six injured (KRG Security Council)"),
    inc("idlib_west", ERV, Q, "2024-01-15", [IRGC], [IS, HTS, None, "syrian-opposition-factions"], ["missile"], Q, 0, Q, tp=2, gp=2,
        note="at least four missiles 'في ريف إدلب الغربي'; the IRGC says ISIS, activists say near opposition sites; same IRGC operation, date implied -> precision 2; 'لم يسفر عن إصابات' -> injuries 0, fatalities '?'"),
    inc("erbil_airport", SD, DWU, "2024-01-15", [COAL, US], [None], ["drone"], Q, Q, False,
        note="'في الليلة ذاتها' coalition air defence downed three drones near Erbil airport; link to the Iranian strikes unclear -> actor2 null"),
    bg("kerman", ERV, SUI, "2024-01-03", [IS, None], [CIV], fat=90, note="background: 'هجمات كرمان ... نحو 90 شخصاً في الثالث من الشهر الجاري'"),
    bg("balochistan", ERV, Q, "2024-01-16", IRAN_ARMY, JAISH_ADL, gp=3, note="context: 'مساء الثلاثاء' Iranian strikes in Pakistan's Balochistan"),
    bg("sayyida_zainab", ERV, AIR, Q, [IDF], [IRGC], tp=3, note="context: Razi Mousavi killed in Damascus, undated"),
    bg("erbil_city", ERV, Q, Q, [IRGC], Q, ["missile"], tp=3, note="background: March 2022 missiles near the US consulate"),
], [], "the ambassador's recall and the UNSC complaint are statements; '12 صاروخاً' describes one 2022 attack")

# ---------------------------------------------------------------- t2-025
art("t2-025", "2024-10-05", [
    inc("golan", ERV, AIR, "2024-10-04", [IRI], [IDF], ["drone"], 2, 24, True, gp=2,
        note="'فجر الجمعة' / 'أمس الجمعة'; drone launched from Iraq on a base in the occupied Golan: country disputed (Israeli-held, Syrian territory) -> country '?', scored by distance; claimed by the IRI ('تبنت ... هجومين بالطيران المسير على هدف حيوي في الجولان'): two drones, one incident; 2 killed, 24 injured"),
    inc("eilat", SD, DWU, "2024-10-04", [IDF], [IRI, None], ["drone"], Q, 0, Q, optional=True,
        note="Israeli army intercepted a drone 'قادمة من الشرق' before Eilat; the IRI claimed an Eilat attack the same day; 'من دون وقوع إصابات' -> injuries 0; optional (secondary, Israeli side)"),
    bg("dahiyeh", ERV, AIR, "2024-09-27", [IDF], [HEZ], note="background: Nasrallah killed '27 سبتمبر/أيلول الماضي'"),
    bg("israel", ERV, Q, "2024-10-01", IRAN_ARMY, [IDF], ["missile"], tp=2, gp=3, note="background: 'الهجوم الصاروخي الإيراني ... مطلع الشهر الجاري'"),
], [
    tal("attacks", 200, {}, ["IL"], "2023-10-01", "2024-10-05", "Islamic Resistance in Iraq", optional=True,
        note="'أكثر من 200 عملية ضد أهداف داخل الأراضي المحتلة': a group's own count of 'operations' -> optional"),
], "threats by Katz and Iraqi government statements are not incidents; '600 كيلومتر' is not a tally")

# ---------------------------------------------------------------- t2-026
art("t2-026", "2024-07-26", [
    inc("hit_desert", SD, DWU, "2024-07-24", CTS + ["anbar-operations-command"], [None], ["rocket"], None, None, False, gp=2, optional=True,
        note="'الأربعاء الماضي' a launcher with four rockets found and dismantled before use: optional, as in tests/train"),
    bg("ain_asad", ERV, AIR, "2024-07-16", [None], [US, COAL], ["drone"], fat=0, inj=0,
       note="background: '16 تموز الجاري' two drones 'دون أن تسفرا عن خسائر'"),
], [], "negative: a security source and the Security Media Cell deny any attack on Ain al-Asad ('عارٍ عن الصحة'); the blasts were a live-fire exercise; KH's denial is a statement; 'لعشرات الهجمات' is vague; teasers not coded")

# ---------------------------------------------------------------- t2-027
art("t2-027", "2024-08-24", [
    inc("sinune", ERV, AIR, "2024-08-24", [TAF], YBS, ["drone"], 2, None, False, gp=2,
        note="'ظهر اليوم السبت (24 آب 2024)' Turkish drone on a car on the Sinune-Khanasor road; both killed were YBS (one a commander); Ankara did not comment, 'طائرة مسيرة تركية' names the actor"),
    inc("kani_masi", ERV, SHELL, "2024-08-23", [TAF], [None, CIV], ["artillery"], Q, 0, False, gp=2,
        note="'مساء أمس الجمعة' Turkish artillery on villages of Kani Masi (Sirri, Birka), fires in orchards; 'من دون تسجيل إصابات بين الأهالي' -> injuries 0, fatalities '?'"),
    bg("sulay_airport", ERV, AIR, "2023-04-07", [TAF, None], [SDF], ["drone"], fat=0, inj=0, note="background: 7 April 2023 strike near Mazloum Abdi's convoy"),
], [
    tal("attacks", 91, {}, ["IQ"], "2024-07-01", "2024-07-31", "CPT", note="'91 هجوماً تركياً بطائرات مسيرة ... خلال شهر تموز الماضي'"),
    tal("strikes", 91, {}, ["IQ"], "2024-07-01", "2024-07-31", "CPT", optional=True, note="same figure read as state drone strikes"),
], "Fuad Hussein's statement and the coordination centre are not incidents; 'عشرات القرى' is vague")

# ---------------------------------------------------------------- t2-028
art("t2-028", "2025-07-03", [
    inc("erbil_airport", SD, DWU, "2025-07-02", [COAL, US, KSF], [None], ["drone"], Q, Q, False,
        note="'مساء أمس الأربعاء' coalition air defence shot down an explosive drone near Erbil airport; 'لم يسفر عن أي أضرار' -> '?'/'?'; launched from areas of 'فصائل مسلحة' with no name -> actor2 null"),
], [
    tal("attacks", 5, {}, ["IQ"], "2025-01-01", "2025-07-02", "KRG Ministry of Interior",
        note="'بحسب وزارة الداخلية ... محاولة الأربعاء هي الخامسة التي تستهدف المطار منذ مطلع العام': attributed ordinal -> required"),
], "mostly statements (council of ministers, US consul, analyst, MP); Khor Mor 'مرات عدة' is undated and vague")

# ---------------------------------------------------------------- t2-029
art("t2-029", "2024-09-28", [
    bg("ain_asad", ERV, SHELL, "2024-08-05", [None], [US, COAL], ["rocket"], inj=7,
       note="background: 'الخامس من آب الماضي', five soldiers and 'متعاقدَين اثنين' (dual) injured"),
    bg("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], fat=3, tp=3, note="background: 'أواخر كانون الثاني'"),
    bg("dahiyeh", ERV, AIR, "2024-09-27", [IDF], [HEZ], note="context: Nasrallah killed 'أمس الجمعة'"),
], [], "negative: the coalition agreement, troop numbers ('2500', '80 دولة') and statements; 'لم تُسجل أي هجمات' is a negation")

# ---------------------------------------------------------------- t2-030
art("t2-030", "2024-11-17", [
    inc("hawija", SD, ARR, "2024-11-17", CTS, [IS], [], None, None, False, gp=2,
        note="published_at missing; dateline 'الأحد، 17 تشرين الثاني 2024'; 'فجر اليوم' CTS airdrop in a village of Hawija, four ISIS members arrested"),
    inc("adhaim", ERV, IED, "2024-11-16", [None, IS], [ISF], ["ied"], 2, 1, False, gp=2,
        note="'مساء أمس السبت' roadside IED on an army patrol; 'جنديين' (dual) killed, a third injured; 'لم تتبنَّ أي جهة' but the source 'مرجحاً' ISIS cells -> null or ISIS"),
    bg("adhaim", BAT, CLASH, Q, [None, IS], [PMF], fat=1, tp=3, gp=2, note="background: October attack on a PMF post"),
], [
    tal("killed", 57, {}, ["IQ"], "2024-01-01", "2024-11-17", "Security Media Cell", note="'بحسب إحصائية لخلية الإعلام الأمني ... قُتل 57 إرهابياً'; '420' arrested is not a tally unit"),
], "teaser not coded")

# ---------------------------------------------------------------- t2-031
IQ_TGT = [PMF, IRGC, IAM, KH, ISF]
art("t2-031", "2024-02-03", [
    inc("qaim", ERV, AIR, "2024-02-02", [US], IQ_TGT, ["aircraft"], None, None, False, gp=2,
        note="'مساء أمس الجمعة' B-1 strikes on the al-Qaim area; Iraq's 16 killed / 25 injured are not split between al-Qaim and Akashat -> null; targets were PMF brigades ('قواتنا الأمنية' per Baghdad, IRGC-linked per CENTCOM)"),
    inc("akashat", ERV, AIR, "2024-02-02", [US], IQ_TGT, ["aircraft"], None, None, False, gp=2, note="see al-Qaim"),
    inc("mayadin", ERV, AIR, "2024-02-02", [US], [IRGC, IAM], ["aircraft"], None, None, False,
        note="SOHR: sites 'في مدينة الميادين'; SOHR's 23 killed not split by place -> null"),
    inc("albukamal", ERV, AIR, "2024-02-02", [US], [IRGC, IAM], ["aircraft"], None, None, False, gp=2, note="'في محيط مدينة البوكمال'"),
    bg("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], fat=3, inj=40, note="background: 28 January Tower 22 attack"),
], [
    tal("killed", 16, {}, ["IQ"], "2024-02-02", "2024-02-02", "Iraqi government", note="'أسفرت عن مقتل 16 شخصا'"),
    tal("injured", 25, {}, ["IQ"], "2024-02-02", "2024-02-02", "Iraqi government"),
    tal("killed", 23, {}, ["SY"], "2024-02-02", "2024-02-02", "SOHR", note="'23 عنصرا ... قتلوا في الضربات على شرقي سوريا'"),
    tal("attacks", 160, {}, ["IQ", "SY"], Q, "2024-02-03", "Pentagon", note="'أكثر من 160 هجوما منذ منتصف أكتوبر'"),
    tal("strikes", 85, {}, ["IQ", "SY"], "2024-02-02", "2024-02-02", "CENTCOM", optional=True, note="'أكثر من 85 هدفا' = targets"),
    tal("strikes", 7, {"IQ": 3, "SY": 4}, ["IQ", "SY"], "2024-02-02", "2024-02-02", "CENTCOM", optional=True, note="'سبعة مواقع، ثلاثة منها في العراق وأربعة في سوريا' = sites"),
], "'125 ذخيرة' is not a tally; Damascus's 'عدد من المدنيين والعسكريين' is vague; teasers not coded; Biden and Tehran statements are not incidents")

# ---------------------------------------------------------------- t2-032
art("t2-032", "2025-05-19", [
    inc("mayadin", ERV, IED, "2025-05-18", [None, IS], NEW_SY + ["syrian-police"], ["ied"], 3, 4, False,
        note="'مساء أمس الأحد 18 من أيار' car bomb at the police command (car bomb -> ied, as in tests/train); police 3 vs SOHR 5 -> 3; no claim, 'رجحت مصادر' ISIS -> null or ISIS"),
    inc("hamdaniya", BAT, CLASH, "2025-05-17", NEW_SY, [IS], Q, 6, None, False,
        note="'السبت 17 من أيار' two-hour firefight during a raid on an ISIS cell in al-Hamdaniya: 3 security + 3 cell members (one source, summed) = 6"),
    inc("hamdaniya", SD, ARR, "2025-05-17", NEW_SY, [IS], [], None, None, False, optional=True,
        note="four cell members arrested in the same raid: optional second reading"),
    inc("albukamal", SD, ARR, "2025-05-19", NEW_SY, [IS, None], [], None, None, False, gp=1,
        note="'اليوم الاثنين' General Security arrested two men financing ISIS cells in Albu Kamal"),
], [
    tal("attacks", 22, {}, ["SY"], "2024-12-08", "2025-05-19", "SOHR", note="'22 هجوماً لخلايا التنظيم ... منذ سقوط نظام الأسد في 8 من كانون الأول 2024'"),
], "'أقل من ألف جندي' is not a tally; the 'المزيد' teaser is not coded")

# ---------------------------------------------------------------- t2-033
art("t2-033", "2025-04-03", [
    inc("hama_airport", ERV, AIR, "2025-04-02", [IDF], NEW_SY, ["aircraft"], 4, 10, False,
        note="'مساء الأربعاء' warplanes, more than 15 raids on Hama airport = one incident; 4 MoD members killed (Syria TV); 'إصابة عشرات' = 10 (GUIDE)"),
    inc("barzeh", ERV, AIR, "2025-04-02", [IDF], NEW_SY + [None], ["aircraft"], None, None, False,
        note="Scientific Research Centre in Barzeh; 'من دون ورود معلومات عن إصابات' -> null"),
    inc("t4", ERV, AIR, "2025-04-02", [IDF], NEW_SY + [None], Q, None, None, False,
        note="named only in the Israeli army statement ('ضرب ... قاعدتي حماة والتيفور'): a state naming its own strike -> required; no weapon stated"),
    inc("nawa", BAT, CLASH, "2025-04-03", [IDF], LOCAL_DARAA + [None], Q, 9, None, False, tp=2, gp=2,
        note="'ليلة الأربعاء - الخميس' -> precision 2; incursion and clashes with local gunmen plus artillery and drone fire; governor 9 vs local sources 10 -> 9"),
    inc("daraa", PRO, PEACE, "2025-04-03", ["protesters", None], None, [], None, None, False, optional=True,
        note="demonstrations in Daraa al-Balad against the incursion"),
], [
    tal("strikes", 730, {}, ["SY"], "2024-12-08", "2025-04-03", "SNHR", note="'أكثر من 730 غارة ... منذ سقوط نظام الأسد في 8 من كانون الأول 2024' (Syrian Network for Human Rights)"),
    tal("strikes", 15, {}, ["SY"], "2025-04-02", "2025-04-02", None, optional=True, note="'تجاوز عددها الـ 15 غارة' within the Hama incident"),
], "Turkish air-defence plans and Saar/Fidan statements are not incidents; 'عشرات التوغلات' is vague")

# ---------------------------------------------------------------- t2-034
art("t2-034", "2025-10-07", [
    inc("sheikh_maqsoud", BAT, CLASH, "2025-10-06", NEW_SY + ASAYISH, NEW_SY + ASAYISH, ["small_arms", "mortar"], 2, 11, False,
        note="'مساء الاثنين'; each side blames the other -> both accepted as actor1/actor2; MoD names machine guns and mortars; health directorate 2 killed / 15 injured vs Kurdish sources 3 / 11 -> most conservative per field: 2 and 11"),
    inc("deir_hafer", ERV, AIR, "2025-10-06", [SDF, None], NEW_SY, ["drone"], None, None, False, gp=2,
        note="MoD: an SDF drone hit an army post 'في محيط بلدة دير حافر'; the SDF denies -> SDF or null; no toll -> null"),
], [], "the ceasefire, the 10 March agreement and the April deal are not incidents")

# ---------------------------------------------------------------- t2-035
art("t2-035", "2024-07-21", [
    inc("hodeidah_port", ERV, AIR, "2024-07-20", [IDF], HOUTHI + [CIV], ["aircraft"], 6, 80, False,
        note="'مساء أمس السبت' F-35 and F-15 on fuel tanks and the power station; running toll 3 killed / 87 injured -> updated 6 / 80 (latest kept, even though injuries went down)"),
    bg("tel_aviv", ERV, AIR, "2024-07-19", HOUTHI, [CIV], ["drone"], fat=1, claimed=True, note="background: 'فجر الجمعة' Yafa drone on Tel Aviv"),
    inc("eilat", SD, DWU, "2024-07-21", [IDF], HOUTHI, ["missile"], Q, Q, Q, optional=True,
        note="Israel intercepted a missile from Yemen towards Eilat 'اليوم': context on the Israeli side -> optional"),
], [], "threats by al-Houthi and Gallant are statements; '1800 كيلومتر' is not a tally")

# ---------------------------------------------------------------- t2-036
art("t2-036", "2024-01-31", [
    bg("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], fat=3, note="background: Tower 22 'قبل يومين'"),
], [
    tal("attacks", 166, {}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon", note="'بحسب أرقام البنتاغون ... لـ166 هجوماً منذ 17 أكتوبر'"),
    tal("injured", 120, {}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon", note="'أكثر من 120 عسكرياً' -> 120"),
], "negative: KH's suspension, al-Nujaba's refusal and Ryder's statement; 'لم تسجل أي هجمات جديدة' is a negation; troop numbers are not tallies")

# ---------------------------------------------------------------- t2-037
art("t2-037", "2025-06-25", [
    inc("taji", ERV, AIR, "2025-06-24", [None], [ISF], ["drone"], 0, 0, False,
        note="'فجر أمس الثلاثاء' small drones hit the radar at Camp Taji; 'لم تتبنها أي جهة' -> null; 'لم تسفر عن خسائر بشرية' -> 0/0"),
    inc("imam_ali", ERV, AIR, "2025-06-24", [None], [ISF], ["drone"], 0, 0, False, note="radar at Imam Ali air base, same statement"),
    inc("balad", SD, DWU, "2025-06-24", [ISF], [None], ["drone"], Q, Q, False, gp=2,
        note="air defence downed a drone 'قرب قاعدة بلد الجوية'; date from the same statement"),
    bg("al_udeid", ERV, Q, "2025-06-23", IRAN_ARMY, [US], ["missile"], note="context: Iranian missiles on Al Udeid 'بعد يوم من' the Iraq attacks"),
    bg("fordow", ERV, AIR, "2025-06-22", [US], IRAN_ARMY + [None, "iranian-nuclear-facilities"], note="context: US strikes 'فجر الأحد الـ22 من يونيو'"),
    bg("natanz", ERV, AIR, "2025-06-22", [US], IRAN_ARMY + [None, "iranian-nuclear-facilities"], note="context"),
    bg("isfahan", ERV, AIR, "2025-06-22", [US], IRAN_ARMY + [None, "iranian-nuclear-facilities"], note="context"),
], [], "analysts' guesses (factions) are not claims; the ceasefire and KH threats are not incidents; '12 يوماً' is not a tally")

# ---------------------------------------------------------------- t2-038
art("t2-038", "2025-02-17", [
    inc("sarmada", ERV, AIR, "2025-02-15", [US], HAD, Q, 1, 1, False, gp=2,
        note="CENTCOM 'يوم 15 فبراير' in 'شمال غربي سوريا'; local sources: 'مساء السبت' a drone hit a car on the Sarmada-Bab al-Hawa road, driver killed and companion injured; CENTCOM says air strike, locals say drone -> weapons '?'"),
    bg("syria", ERV, AIR, "2025-01-30", [US], HAD, fat=1, gp=3, note="background: '30 يناير' strike in northwest Syria"),
    bg("idlib_west", ERV, AIR, Q, [US], HAD, tp=2, gp=3, note="background: 'ضربة أخرى' days before, undated"),
], [
    tal("strikes", 3, {}, ["SY"], "2025-02-01", "2025-02-15", "CENTCOM", note="'الضربة هي الثالثة التي تستهدف قيادات في التنظيم منذ مطلع الشهر': attributed ordinal -> required"),
], "Peskov on Russian bases is a statement; 'ألفي جندي' is not a tally")

# ---------------------------------------------------------------- t2-039
art("t2-039", "2025-02-19", [
    bg("south_lebanon", Q, Q, "2025-01-26", [IDF], [CIV], fat=24, gp=3,
       note="background: 24 killed on 26 January when residents tried to return"),
], [
    tal("killed", 83, {}, ["LB"], "2024-11-27", "2025-02-19", "Lebanese Ministry of Public Health",
        note="'قُتل 83 شخصاً بنيران إسرائيلية منذ دخول وقف إطلاق النار حيز التنفيذ في 27 نوفمبر 2024'"),
], "negative: sirens in Metula were a 'تشخيص خاطئ' (no projectile); the Israeli withdrawal, the five points and the Lebanese army deployment are not incidents; the Aita al-Shaab strike is in the 'اقرأ أيضا' teaser")

# ---------------------------------------------------------------- t2-040
art("t2-040", "2024-11-14", [], [
    tal("strikes", 800, {}, ["YE"], "2024-01-12", "2024-11-14", "Abdul-Malik al-Houthi",
        note="'شن منذ بدايته في 12 يناير الماضي أكثر من 800 غارة وقصف بحري' -> 800, attributed"),
    tal("attacks", 202, {}, Q, Q, "2024-11-14", "Abdul-Malik al-Houthi", optional=True, note="'استهدفت 202 سفينة': ships at sea, no country"),
    tal("killed", 43000, {}, ["PS"], "2023-10-07", "2024-11-14", "Gaza Ministry of Health", optional=True, note="Gaza toll as context (as in dev)"),
], "negative: a speech; 'أكثر من ألف صاروخ وطائرة مسيرة' counts projectiles, not a tally; threats and calls to rally are not incidents")


gold.write(ROOT)
