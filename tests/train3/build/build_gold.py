#!/usr/bin/env python3
"""Build /work/main/tests/train3/expected.jsonl (gold) for the t3 diagnosis set.

Gold conventions (see /work/shared/corpus/GUIDE.md, dev/gold.jsonl and the
holdout3 README, whose conventions this set copies):
  "?"            field not scored (text ambiguous)
  list actor     any of the listed ids is accepted (null = nobody named)
  optional:true  finding it is neither rewarded nor penalised
Coordinates marked (~) below and in the README are approximate (within about 10 km).
"""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "..", "corpus_tools"))
from gold import *  # noqa: E402,F403 (Gold, Q, event types, actor ids)

# place key -> (country, admin1, location, lat, lon)
P = {
    # Iraq
    "ain_asad": ("IQ", "Al-Anbar", "Ain al-Asad Air Base", 33.7856, 42.4414),
    "victory": ("IQ", "Baghdad", "Victory Base Complex, Baghdad Airport", 33.2625, 44.2346),
    "harir": ("IQ", "Erbil", "Harir Air Base", 36.533, 44.35),
    "erbil": ("IQ", "Erbil", "residential area, Erbil city", 36.1912, 44.0092),
    "erbil_airport": ("IQ", "Erbil", "Erbil International Airport", 36.2376, 43.9632),
    "mutaibija": ("IQ", "Salah al-Din", "Mutaibija", 34.30, 44.15),  # ~
    "wadi_shay": ("IQ", "Kirkuk", "Wadi al-Shay, southwest of Kirkuk", 35.15, 44.15),  # ~
    "hawija": ("IQ", "Kirkuk", "villages of Hawija district", 35.32, 43.77),
    "hit": ("IQ", "Al-Anbar", "Hit", 33.64, 42.83),
    "jurf": ("IQ", "Babil", "Jurf al-Nasr (Jurf al-Sakhar)", 32.88, 44.14),
    "anbar": ("IQ", "Al-Anbar", "Al-Anbar province", 33.4, 42.0),
    "dibis": ("IQ", "Kirkuk", "Dibis", 35.65, 44.07),
    "hamrin": ("IQ", None, "Hamrin mountains", 34.45, 44.52),
    "jalawla": ("IQ", "Diyala", "near Jalawla", 34.27, 45.16),
    "qara_tapa": ("IQ", "Diyala", "outskirts of Qara Tapa", 34.42, 44.93),  # ~
    "kani_masi": ("IQ", "Duhok", "villages of Kani Masi subdistrict, Amadiya", 37.23, 43.44),  # ~
    "sinuni": ("IQ", "Ninewa", "entrance of Sinuni, north of Mount Sinjar", 36.52, 41.88),  # ~
    "claw_lock": ("IQ", "Duhok", "Claw-Lock operation area, northern Kurdistan Region", 37.2, 43.5),
    "mosul_right": ("IQ", "Ninewa", "right bank (western side) of Mosul", 36.33, 43.11),
    "rutba": ("IQ", "Al-Anbar", "desert near Rutba", 33.04, 40.28),
    "ramadi": ("IQ", "Al-Anbar", "Ramadi", 33.42, 43.30),
    "zghaytun": ("IQ", "Kirkuk", "Wadi Zghaytun, southwest of Kirkuk", 35.18, 43.92),  # ~
    "mashtal": ("IQ", "Baghdad", "Al-Mashtal, eastern Baghdad", 33.31, 44.47),
    "bdsc": ("IQ", "Baghdad", "Baghdad Diplomatic Support Center, Baghdad Airport", 33.2625, 44.2346),
    "palestine_st": ("IQ", "Baghdad", "Palestine Street, Baghdad", 33.34, 44.44),
    "samarra_island": ("IQ", "Salah al-Din", "Jazirat Samarra desert, west of Samarra", 34.20, 43.70),  # ~
    "iraq": ("IQ", None, "Iraq", 33.2, 43.7),
    # Syria
    "albukamal": ("SY", "Deir ez-Zor", "near Albu Kamal", 34.45, 40.92),
    "mayadin": ("SY", "Deir ez-Zor", "near al-Mayadin", 35.02, 40.45),
    "omar": ("SY", "Deir ez-Zor", "Al-Omar oil field", 35.05, 40.57),  # ~
    "tanf": ("SY", "Homs", "Al-Tanf garrison", 33.49, 38.66),
    "deirezzor": ("SY", "Deir ez-Zor", "Deir ez-Zor province", 35.3, 40.3),
    "arman": ("SY", "As-Suwayda", "Arman (Urman), Salkhad district", 32.43, 36.78),  # ~
    "malh": ("SY", "As-Suwayda", "Malh, Salkhad district", 32.54, 36.80),  # ~
    "dhibin": ("SY", "As-Suwayda", "Dhibin", 32.44, 36.68),  # ~
    "palmyra": ("SY", "Homs", "near Palmyra", 34.556, 38.267),
    "al_bab": ("SY", "Aleppo", "Al-Bab", 36.37, 37.52),
    "jabal_amur": ("SY", "Homs", "Jabal al-Amur, northeast of Palmyra", 34.70, 38.40),  # ~
    "sukhnah_badia": ("SY", "Homs", "al-Sukhnah desert", 34.89, 38.87),
    "maadan": ("SY", "Ar-Raqqa", "around Maadan, eastern Raqqa countryside", 35.74, 39.63),  # ~
    "central_syria": ("SY", None, "central Syria (Badia)", 34.6, 38.5),
    "dhiban": ("SY", "Deir ez-Zor", "Dhiban", 35.01, 40.50),
    "busayrah": ("SY", "Deir ez-Zor", "Al-Busayrah", 35.155, 40.43),
    "shuhayl": ("SY", "Deir ez-Zor", "Al-Shuhayl", 35.08, 40.52),  # ~
    "hasakah_city": ("SY", "Al-Hasakah", "Al-Hasakah city", 36.50, 40.75),
    "idlib": ("SY", "Idlib", "Idlib province", 35.8, 36.6),
    "damascus_mod": ("SY", "Damascus", "General Staff / Ministry of Defense, Umayyad Square, Damascus", 33.513, 36.277),
    "palace": ("SY", "Damascus", "vicinity of the People's Palace, Damascus", 33.505, 36.24),
    "suwayda_outskirts": ("SY", "As-Suwayda", "outskirts of Suwayda city and the road from Daraa", 32.70, 36.53),
    "suwayda": ("SY", "As-Suwayda", "Suwayda city", 32.709, 36.566),
    "maqwas": ("SY", "As-Suwayda", "Al-Maqwas, eastern Suwayda city", 32.71, 36.58),
    "suwaydiyah": ("SY", "Al-Hasakah", "Suwaydiyah gas plant near Rmelan", 36.95, 42.00),  # ~
    "darbasiyah": ("SY", "Al-Hasakah", "Darbasiyah power transformer station", 37.07, 40.65),
    "qamishli": ("SY", "Al-Hasakah", "western quarter of Qamishli", 37.05, 41.21),
    "shaddadi": ("SY", "Al-Hasakah", "Al-Shaddadi base", 36.06, 40.73),
    "conoco": ("SY", "Deir ez-Zor", "Conoco gas field", 35.33, 40.28),  # ~
    "kharab_jir": ("SY", "Al-Hasakah", "Kharab al-Jir airstrip, Rmelan countryside", 37.00, 41.97),  # ~
    "sheikh_maqsoud": ("SY", "Aleppo", "Sheikh Maqsoud / Shihan roundabout, Aleppo", 36.23, 37.15),
    "syriac_quarter": ("SY", "Aleppo", "old Syriac quarter, Aleppo", 36.22, 37.16),
    "deir_hafer": ("SY", "Aleppo", "near Deir Hafer, eastern Aleppo countryside", 36.16, 37.71),
    "palmyra_city": ("SY", "Homs", "Palmyra (residential buildings and industrial zone)", 34.556, 38.267),
    "jousieh": ("SY", "Homs", "Jousieh border crossing, Qusayr countryside", 34.42, 36.57),  # ~
    "mezzeh": ("SY", "Damascus", "Mezzeh, Damascus", 33.50, 36.25),
    "qudsaya": ("SY", "Rif Dimashq", "Qudsaya", 33.53, 36.23),
    "ashara": ("SY", "Deir ez-Zor", "northern entrance of al-Ashara", 34.93, 40.56),
    "hajin": ("SY", "Deir ez-Zor", "Hajin", 34.70, 40.83),
    "mayadin_road": ("SY", "Deir ez-Zor", "Mayadin - Albu Kamal road", 34.85, 40.65),  # ~
    "mazraa": ("SY", "As-Suwayda", "near al-Mazraa, west of Suwayda", 32.74, 36.48),  # ~
    "syria": ("SY", None, "Syria", 35.0, 38.5),
    # Lebanon
    "aita_shaab": ("LB", "Nabatieh", "outskirts of Aita al-Shaab", 33.10, 35.33),
    "ramyah": ("LB", "Nabatieh", "outskirts of Ramyah", 33.10, 35.31),
    "aitaroun": ("LB", "Nabatieh", "southern outskirts of Aitaroun", 33.11, 35.47),
    "aynata": ("LB", "Nabatieh", "Aynata - Aitaroun road", 33.12, 35.45),
    "nabatieh": ("LB", "Nabatieh", "Nabatieh municipality building", 33.378, 35.484),
    "qana": ("LB", "South", "Qana", 33.21, 35.30),
    "saraain": ("LB", "Baalbek-Hermel", "Saraain", 33.87, 36.05),  # ~
    "kfar_rumman": ("LB", "Nabatieh", "Kfar Rumman main road", 33.365, 35.497),
    "zawtar": ("LB", "Nabatieh", "outskirts of Zawtar al-Sharqiyah", 33.326, 35.556),  # ~
    "mayfadoun": ("LB", "Nabatieh", "outskirts of Mayfadoun", 33.345, 35.524),  # ~
    "yohmor": ("LB", "Nabatieh", "outskirts of Yohmor al-Shaqif", 33.338, 35.553),  # ~
    "bint_jbeil": ("LB", "Nabatieh", "northern entrance of Bint Jbeil", 33.125, 35.43),
    "mais_jabal": ("LB", "Nabatieh", "Mais al-Jabal", 33.17, 35.52),
    "hermel_jurd": ("LB", "Baalbek-Hermel", "Hermel highlands near the Syrian border", 34.38, 36.45),  # ~
    # Israel
    "malkiya": ("IL", "Northern District", "Malkiya barracks", 33.098, 35.51),
    "eilat": ("IL", "Southern District", "Eilat", 29.557, 34.952),
    "tel_aviv": ("IL", "Tel Aviv", "Tel Aviv", 32.08, 34.78),
    "haifa": ("IL", "Haifa", "Haifa (Zvulun naval facility)", 32.80, 35.02),
    "ben_gurion": ("IL", "Central District", "Ben Gurion Airport", 32.0, 34.88),
    "stella_maris": ("IL", "Haifa", "Stella Maris naval base, Haifa / western Galilee", 32.83, 34.97),
    "golan": ("IL", None, "military base in the northern occupied Golan", 33.15, 35.75),
    # Jordan / border
    "tower22_or_tanf": (Q, None, "Tower 22 (Jordan) / al-Tanf (Syria)", 33.40, 38.67),
    "jordan_north": ("JO", "Mafraq", "northern border, Eastern Military Region", 32.4, 37.5),
    # Yemen
    "ras_isa": ("YE", "Al Hudaydah", "Ras Isa oil port", 15.17, 42.64),  # ~
    "kamaran": ("YE", "Al Hudaydah", "Kamaran Island", 15.35, 42.59),
    "bani_harith": ("YE", "Amanat al-Asimah", "Bani al-Harith district, north of Sanaa", 15.45, 44.22),  # ~
    "hodeidah_port": ("YE", "Al Hudaydah", "Hodeidah port", 14.83, 42.93),
    "sanaa": ("YE", "Amanat al-Asimah", "Sanaa", 15.369, 44.191),
    # Iran
    "kerman": ("IR", "Kerman", "Kerman", 30.28, 57.08),
    "tehran": ("IR", "Tehran", "Tehran", 35.69, 51.39),
}

SAF = "syrian-government-forces"
# slugs not in the GUIDE's list: several spellings accepted
JAF = ["jordanian-armed-forces", "jordan-armed-forces"]
PKK = ["kurdistan-workers-party", "pkk"]
YBS = ["sinjar-resistance-units", "ybs", "yazidi-sinjar-resistance-units"]
ASAYISH = ["asayish", "internal-security-forces", "internal-security-forces-nes", KSF, SDF]
IRAN = ["irgc", "iran", "iranian-armed-forces", "iran-armed-forces"]
SY_MOI = [SAF, "syrian-general-security", "syrian-internal-security-forces", "syrian-interior-ministry",
          "syrian-ministry-of-interior", "syrian-internal-security"]
HOUTHI = ["houthis", "ansar-allah", "houthi-forces", "houthi-movement", "yemeni-armed-forces"]
TRIBES = ["arab-tribal-fighters", "tribal-fighters", "arab-tribes", "tribal-forces", "arab-tribal-forces",
          "tribal-militias"]
DRUZE = ["druze-gunmen", "druze-militias", "druze-armed-groups", "druze-fighters", "druze-factions"]
BEDOUIN = ["bedouin-tribes", "bedouin-tribal-fighters", "bedouin-gunmen", "bedouin-fighters",
           "tribal-fighters", "arab-tribal-fighters"]
SMUG = ["smugglers", "drug-smugglers", "armed-smugglers", "drug-trafficking-groups"]
INIS = ["iraqi-national-intelligence-service", "iraqi-intelligence-service"]
INSS = ["iraqi-national-security-service", "national-security-service"]
IRAF = "iraqi-air-force"
NUJ = "harakat-al-nujaba"
MILA = [None, IAM]          # unclaimed attack on US forces: nobody named, or the militias Washington blames


gold = Gold(P)
inc, bg, tal, art = gold.inc, gold.bg, gold.tal, gold.art


# ---------------------------------------------------------------- t3-001
art("t3-001", "2023-10-19", [
    inc("ain_asad", ERV, AIR, "2023-10-18", [IRI, IAM], [US, COAL], ["drone"], 0, 0, True,
        note="'مساء أمس الأربعاء'; one drone shot down, the other fell inside the fence -> the attack hit, so it is coded as the attack; 'لم يسفر عن وقوع خسائر بشرية' -> 0/0; claimed by the IRI"),
    inc("victory", SD, DWU, "2023-10-19", [US, COAL], [IRI, IAM], ["drone"], Q, Q, True,
        note="'فجر اليوم الخميس'; C-RAM shot down two drones; 'عدم تسجيل أي أضرار' (damage) -> '?'/'?'; IRI claimed it in a second statement; interceptor is actor1"),
    inc("harir", SD, DWU, "2023-10-17", [US, COAL, KSF, None], MILA, ["drone"], Q, Q, False, optional=True,
        note="background: 'يوم الثلاثاء الماضي' drone shot down before reaching Harir"),
], [], "KH threats, PM directive and troop numbers are not incidents; the embassy protests have no date and are not coded; 'اقرأ أيضاً' block (Tarmiyah IED, Balad rocket) not coded")

# ---------------------------------------------------------------- t3-002
art("t3-002", "2023-10-27", [
    inc("albukamal", ERV, AIR, "2023-10-27", [US], ["irgc", IAM], ["aircraft"], 4, None, Q, gp=2,
        note="'فجر اليوم الجمعة'; two-place sentence: weapons facility 'في محيط مدينة البوكمال' and ammunition depot near al-Mayadin are two incidents; F-16s -> aircraft; SOHR: at least four militia members killed in the Albu Kamal strike"),
    inc("mayadin", ERV, AIR, "2023-10-27", [US], ["irgc", IAM], ["aircraft"], None, None, Q, gp=2,
        note="second place of the same sentence; 'لم تُعرف حصيلة الغارة' -> null"),
    inc("omar", ERV, AIR, "2023-10-26", [IRI, IAM], [US, COAL], ["drone"], Q, 0, True,
        note="'مساء أمس، الخميس'; 'دون تسجيل إصابات' -> injuries 0, fatalities '?'; claimed by the IRI"),
    inc("tanf", ERV, AIR, "2023-10-18", MILA + [IRI], [US, COAL], ["drone"], None, None, Q, optional=True,
        note="background: 18 October drone attack on al-Tanf, 'عدد من الجنود' injured -> null"),
    inc("deirezzor", ERV, AIR, "2023-03-15", [US], [IAM, "irgc"], Q, Q, Q, Q, tp=3, gp=3, optional=True,
        note="background: US strikes 'في آذار الماضي' in the area, no place"),
    inc("hasakah_city", ERV, Q, "2023-03-15", MILA, [US], Q, 1, Q, Q, tp=3, gp=2, optional=True,
        note="background: March attack on a base near Hasakah that killed a US contractor"),
], [
    tal("attacks", 19, {"IQ": 12, "SY": 7}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon",
        note="Ryder: 19 attacks since 17 October, 12 in Iraq and seven in Syria"),
    tal("injured", 21, {}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon", note="21 US personnel with minor injuries"),
], "Austin statement and Abdollahian threat are statements; troop numbers are not tallies; 'مواضيع ذات صلة' block not coded")

# ---------------------------------------------------------------- t3-003
art("t3-003", "2023-11-13", [
    inc("malkiya", ERV, SHELL, "2023-11-13", [HEZ], [IDF], ["missile"], None, 2, True,
        note="'المقاومة الإسلامية في لبنان' is Hezbollah's armed wing (not the IRI); guided missiles on the Malkiya barracks in northern Israel; the IDF admits two soldiers moderately injured; deaths not mentioned -> null; dated to publication ('اليوم الاثنين' statement)"),
    inc("aita_shaab", ERV, SHELL, "2023-11-13", [IDF], Q, ["artillery"], None, None, Q, gp=2,
        note="'منذ صباح اليوم' artillery on 'أطراف بلدتي عيتا الشعب ورامية': two-place sentence -> two incidents; casualties not mentioned -> null"),
    inc("ramyah", ERV, SHELL, "2023-11-13", [IDF], Q, ["artillery"], None, None, Q, gp=2,
        note="second town of the same sentence"),
    inc("aitaroun", ERV, AIR, "2023-11-13", [IDF], [HEZ], ["drone"], 1, None, Q, gp=2,
        note="drone strike on a motorbike at the southern outskirts of Aitaroun; one Hezbollah fighter killed"),
    inc("aynata", ERV, AIR, "2023-11-06", [IDF], [CIV], ["drone"], 4, None, Q, tp=2, optional=True,
        note="background: 'بعد أسبوع من المجزرة' on the Aynata-Aitaroun road, three girls and their grandmother"),
], [
    tal("killed", 70, {}, ["LB"], "2023-10-08", "2023-11-13", "Al-Mayadeen",
        note="Hezbollah fighters mourned since 8 October, Al-Mayadeen count from Hezbollah statements"),
    tal("attacks", 160, {}, ["IL"], "2023-10-08", "2023-11-13", "Al-Mayadeen",
        note="'أكثر من 160 عملية' by Hezbollah against Israeli positions, the outlet's own count"),
], "Gallant's threat, Fadlallah's reply, UNIFIL statement and the announced Nasrallah speech are not incidents; 'اقرأ أيضاً' (Khiam, Kfar Kila) not coded")

# ---------------------------------------------------------------- t3-004
art("t3-004", "2024-02-14", [
    inc("tower22_or_tanf", ERV, AIR, "2024-01-28", [IAM, None], [US], ["drone"], 3, 40, Q, optional=True,
        note="background: Tower 22, 28 January, three killed, 'أكثر من 40' injured"),
    inc("iraq", ERV, AIR, "2024-02-02", [US], [IAM, "irgc", KH, PMF], Q, Q, Q, Q, gp=3, optional=True,
        note="background: 2 February strikes, three unnamed sites in Iraq"),
    inc("syria", ERV, AIR, "2024-02-02", [US], [IAM, "irgc"], Q, Q, Q, Q, gp=3, optional=True,
        note="background: four unnamed sites in Syria"),
    inc("mashtal", ERV, AIR, "2024-02-07", [US], [KH], ["drone"], 3, None, Q, optional=True,
        note="background: 'مساء السابع من فبراير' al-Mashtal strike on Abu Baqir al-Saadi and two others"),
], [
    tal("attacks", 170, {"IQ": 67, "SY": 102, "JO": 1}, ["IQ", "SY", "JO"], "2023-10-17", "2024-02-04", "US defense official",
        note="'ما لا يقل عن 170 هجوماً ... بينها 67 في العراق و102 في سوريا وهجوم واحد في الأردن'"),
    tal("injured", 186, {}, ["IQ", "SY", "JO"], "2023-10-17", "2024-02-04", "US defense official",
        note="'186 عسكرياً أميركياً أصيبوا' in the same period"),
    tal("strikes", 85, {}, ["IQ", "SY"], "2024-02-02", "2024-02-02", "Pentagon", optional=True,
        note="'85 هدفاً في سبعة مواقع': count of targets"),
], "negative: analysis of the pause; KH suspension, Nujaba threat, negotiations are not incidents; 'إقرأ أيضاً' block (Houthi ship, Kafr Sousa) not coded")

# ---------------------------------------------------------------- t3-005
art("t3-005", "2024-01-16", [
    inc("erbil", ERV, SHELL, "2024-01-15", IRAN, [CIV], ["missile"], 4, 6, True,
        note="'قرابة الساعة الحادية عشرة والنصف من ليل الاثنين' -> Monday 15 January; ballistic missiles on Peshraw Dizayee's house; claimed by the IRGC ('Mossad HQ'), victims civilians"),
    inc("erbil_airport", SD, DWU, "2024-01-15", [COAL, US], MILA + IRAN, ["drone"], Q, Q, False, gp=2,
        note="'في الوقت ذاته' coalition shot down three drones heading to Erbil airport, 'دون أن تتسبب بأي أضرار' (damage); nobody claimed them"),
    inc("idlib", ERV, SHELL, "2024-01-15", IRAN, [IS, None], ["missile"], None, None, True, tp=2, gp=3,
        note="IRGC claims long-range missiles on 'ISIS' gatherings in Idlib province, same night (tp 2: the text gives no separate time); 'لم ترد معلومات عن الخسائر' -> null; province only -> gp 3"),
    inc("erbil", ERV, SHELL, "2022-03-13", IRAN, [CIV], ["missile"], 0, Q, Q, optional=True,
        note="background: 13 March 2022 IRGC missiles on Erbil, 'لم يسفر حينها عن قتلى'"),
    inc("kerman", ERV, "Suicide bomb", "2024-01-03", [IS], [CIV], ["suicide"], 90, Q, True, tp=2, optional=True,
        note="background: Kerman twin suicide bombings 'مطلع الشهر الجاري', claimed by ISIS, 'نحو 90'"),
], [], "condemnations, recall of the ambassador, UNSC complaint and parliament session are not incidents")

# ---------------------------------------------------------------- t3-006
art("t3-006", "2024-01-18", [
    inc("arman", ERV, AIR, "2024-01-18", JAF + [None], [CIV], ["aircraft"], 10, None, False,
        note="published_at missing; dateline 'الخميس 18 كانون الثاني 2024', 'فجر اليوم'; warplanes, 'يُرجّح أنها أردنية', no Jordanian comment -> Jordan or null; ten civilians killed, injured 'آخرين' -> null; coordinates approximate"),
    inc("malh", ERV, AIR, "2024-01-18", JAF + [None], Q, ["aircraft"], 0, 0, False,
        note="house of a wanted smuggler, empty: 'فلم تسجل أي خسائر بشرية' -> 0/0; coordinates approximate"),
    inc("dhibin", ERV, AIR, "2024-01-05", JAF + [None], Q, Q, None, 2, False, optional=True,
        note="background: 5 January strike on a house in Dhibin, two injured"),
], [
    tal("strikes", 5, {}, ["SY"], "2023-05-01", "2024-01-18", "Suwayda 24",
        note="'خمس غارات جوية يُرجح أنها أردنية ... منذ أيار الماضي'"),
    tal("killed", 19, {}, ["SY"], "2023-05-01", "2024-01-18", "Suwayda 24", note="'أودت بحياة 19 مدنياً على الأقل'"),
], "published_at missing from the metadata; Levantine month in the dateline. Protest at Karama square, statements and the undated border clashes ('عشرات المهربين') are not coded")

# ---------------------------------------------------------------- t3-007
art("t3-007", "2024-05-13", [
    inc("mutaibija", BAT, CLASH, "2024-05-12", [IS], [ISF], ["small_arms"], 5, 3, False,
        note="'مساء أمس الأحد'; attack on an army post, hour-long exchange of fire -> Armed clash; officer + four soldiers killed, three injured; coordinates approximate"),
    inc("wadi_shay", ERV, AIR, "2024-05-13", [ISF, IRAF], [IS], ["aircraft"], 3, None, Q, gp=2,
        note="'ظهر اليوم الاثنين'; Iraqi F-16 strike, three ISIS killed; coordinates approximate"),
    inc("hawija", SD, ARR, "2024-05-13", [ISF], [IS, None], [], None, None, False, gp=2,
        note="'فجر اليوم'; three suspects arrested in villages of Hawija district"),
    inc("mutaibija", BAT, Q, "2024-03-15", [IS], [ISF], Q, 2, None, False, tp=3, optional=True,
        note="background: 'في آذار الماضي' similar attack, two soldiers killed"),
], [], "PM directive, MP statement and analysis are not incidents; 'إقرأ أيضاً' block (Anbar cache, Khanaqin shepherd) not coded")

# ---------------------------------------------------------------- t3-008
T8 = ("2024-07-01", "2024-07-31")
art("t3-008", "2024-08-01", [], [
    tal("killed", 812, {}, ["SY"], *T8, "SOHR", note="monthly total for July 2024"),
    tal("killed", 268, {}, ["SY"], *T8, "SOHR", note="civilians killed in July"),
    tal("attacks", 21, {}, ["SY"], *T8, "SOHR", note="ISIS attacks in the Badia in July"),
    tal("strikes", 13, {}, ["SY"], *T8, "SOHR", note="'13 استهدافاً إسرائيلياً'"),
    tal("killed", 3841, {}, ["SY"], "2024-01-01", "2024-07-31", "SOHR", note="total since the start of 2024"),
    tal("killed", 1412, {}, ["SY"], "2024-01-01", "2024-07-31", "SOHR", note="civilians since the start of 2024"),
    tal("strikes", 10, {}, ["SY"], *T8, "SOHR", optional=True, note="'منها 10 ضربات جوية': part of the 13"),
    tal("strikes", 25, {}, ["SY"], *T8, "SOHR", optional=True, note="'نحو 25 هدفاً': count of targets"),
    tal("killed", 219, {}, ["SY"], *T8, "SOHR", optional=True, note="category of the monthly total (government forces)"),
    tal("killed", 104, {}, ["SY"], *T8, "SOHR", optional=True, note="category (factions and HTS)"),
    tal("killed", 67, {}, ["SY"], *T8, "SOHR", optional=True, note="category (SDF)"),
    tal("killed", 58, {}, ["SY"], *T8, "SOHR", optional=True, note="category (pro-Iran militias)"),
    tal("killed", 49, {}, ["SY"], *T8, "SOHR", optional=True, note="category (ISIS)"),
    tal("killed", 47, {}, ["SY"], *T8, "SOHR", optional=True, note="category (unidentified)"),
    tal("killed", 41, {}, ["SY"], *T8, "SOHR", optional=True, note="children among the civilians"),
    tal("killed", 27, {}, ["SY"], *T8, "SOHR", optional=True, note="women among the civilians"),
], "negative: monthly report with figures only, no dated incident; the victim categories and governorate ranking are not country breakdowns (categories are optional tallies)")

# ---------------------------------------------------------------- t3-009
art("t3-009", "2024-01-29", [
    inc("tower22_or_tanf", ERV, AIR, "2024-01-28", [IAM, IRI, KH, None], [US], ["drone"], 3, 34, Q,
        note="'فجر أمس الأحد'; Jordan's spokesman says the attack hit al-Tanf in Syria, the Pentagon says Tower 22 in Jordan -> country '?' and the point set between the two sites (both within ~10 km); Biden blames Iran-backed groups; the IRI claim does not name Tower 22 -> claimed '?'; 34 injured"),
    inc("shaddadi", ERV, AIR, "2024-01-28", [IRI], [US], ["drone"], Q, Q, True, optional=True,
        note="IRI claim only, 'لم يؤكد البنتاغون'; the Rukban/Tanf claim is the same event as the required one and is not coded separately"),
    inc("haifa", ERV, AIR, "2024-01-28", [IRI], Q, ["drone"], Q, Q, True, optional=True,
        note="IRI claim only (Zvulun naval facility), not confirmed"),
    inc("ain_asad", ERV, SHELL, "2024-01-20", [IRI, IAM], [US, COAL], ["missile", "rocket"], Q, Q, True, optional=True,
        note="background: 20 January ballistic missiles and rockets on Ain al-Asad, several TBI cases and an Iraqi soldier injured ('عدد من')"),
    inc("palestine_st", ERV, AIR, "2024-01-04", [US], [NUJ], ["drone"], 2, None, Q, tp=2, optional=True,
        note="background: 'مطلع الشهر الجاري' drone strike on a Nujaba HQ on Palestine Street, Abu Taqwa and his companion"),
], [
    tal("attacks", 160, {}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon", note="'أكثر من 160 هجوماً'"),
], "Jordanian government position, Biden's vow, Iran's denial, the analyst and Congress calls are statements; '350 عسكرياً' is a troop number; 'اقرأ أيضاً' block not coded")

# ---------------------------------------------------------------- t3-010
art("t3-010", "2025-12-14", [
    inc("palmyra", BAT, CLASH, "2025-12-13", [IS, None], [US] + SY_MOI, ["small_arms"], 4, 5, False, gp=2,
        note="'أمس السبت' 'قرب مدينة تدمر'; gunman 'يُشتبه بانتمائه لتنظيم داعش', no claim -> ISIS or null; exchange of fire -> Armed clash; two soldiers + interpreter + the attacker = 4 (both sides summed); 3 US + 2 Syrian security injured = 5"),
    inc("palmyra", SD, ARR, "2025-12-14", SY_MOI, [IS, None], [], None, None, False, gp=2,
        note="'صباح اليوم الأحد' five suspects arrested in Palmyra and its surroundings"),
    inc("al_bab", Q, Q, "2025-07-15", [US], [IS], Q, 3, None, Q, tp=3, optional=True,
        note="background: July air-landing raid in al-Bab, an ISIS leader and his two sons killed"),
], [], "Trump's and Hegseth's threats, condemnations and the coalition accession are not incidents; 'نحو ألف جندي' is a troop number")

# ---------------------------------------------------------------- t3-011
A11 = [US, COAL] + JAF
art("t3-011", "2025-12-20", [
    inc("jabal_amur", ERV, AIR, "2025-12-19", A11, [IS], Q, 5, None, Q, gp=2,
        note="date in a relative clause: 'الضربات التى نفذتها مقاتلات أمريكية وأردنية مساء أمس الجمعة'; the places are in a three-item list -> three incidents; weapons '?' (F-15, A-10, Apache and HIMARS for the whole operation); SOHR: five ISIS killed at Jabal al-Amur; coordinates approximate"),
    inc("sukhnah_badia", ERV, AIR, "2025-12-19", A11, [IS], Q, None, None, Q, gp=2,
        note="second place of the list; toll unknown -> null"),
    inc("maadan", ERV, AIR, "2025-12-19", A11, [IS], Q, None, None, Q, gp=2,
        note="third place of the list; coordinates approximate"),
    inc("palmyra", BAT, CLASH, "2025-12-13", [IS, None], [US], ["small_arms"], 4, Q, False, gp=2, optional=True,
        note="background: 13 December attack"),
    inc("central_syria", ERV, AIR, "2024-12-15", [US], [IS], ["aircraft"], Q, Q, Q, tp=3, gp=3, optional=True,
        note="background: December 2024 strikes on 75 targets"),
], [
    tal("strikes", 70, {}, ["SY"], "2025-12-19", "2025-12-19", "CENTCOM", optional=True,
        note="'أكثر من 70 هدفا': count of targets"),
    tal("strikes", 75, {}, ["SY"], "2024-12-01", "2024-12-31", "Youm7", optional=True,
        note="background December 2024 target count"),
], "Egyptian outlet, Egyptian spelling (فى) and month names; Hegseth's statement, Jordanian and Syrian statements and the expert's analysis are not incidents")

# ---------------------------------------------------------------- t3-012
art("t3-012", "2024-08-06", [
    inc("ain_asad", ERV, SHELL, "2024-08-05", MILA, [US, COAL], ["rocket"], 0, 7, False,
        note="'مساء أمس الاثنين'; two Katyusha; five US service members + two contractors injured; 'لم تسجل حالات وفاة' -> 0; nobody claimed, factions deny, Washington blames Iran-backed militias; the launcher truck is part of the incident"),
    inc("bdsc", SD, DWU, "2024-08-06", [US, COAL], MILA, ["drone"], Q, Q, False,
        note="'فجر اليوم الثلاثاء' C-RAM at the diplomatic support center by Baghdad airport shot down a small drone, 'دون تسجيل أي أضرار' (damage) -> '?'/'?'; nobody claimed"),
    inc("hit", SD, ARR, "2024-08-06", [ISF], MILA, [], None, None, False,
        note="'صباح اليوم' three suspects arrested in Hit district"),
    inc("jurf", ERV, AIR, "2024-07-30", [US], [KH, PMF], Q, 4, None, Q, optional=True,
        note="background: 'الثلاثاء قبل الماضي' = 30 July; four KH members killed"),
    inc("tehran", Q, Q, "2024-07-31", [IDF, None], ["hamas", None], Q, Q, Q, Q, optional=True,
        note="context: Haniyeh assassinated in Tehran 'فجر 31 تموز'"),
], [
    tal("attacks", 4, {}, ["IQ", "SY"], "2024-07-15", "2024-08-06", "US official",
        note="'أربعة هجمات ... منذ منتصف تموز'; since date approximate"),
], "Sudani directive, Austin call, negotiations and troop numbers are not incidents")

# ---------------------------------------------------------------- t3-013
art("t3-013", "2023-09-01", [
    inc("dhiban", BAT, CLASH, "2023-08-31", TRIBES + [SDF], [SDF] + TRIBES, ["small_arms", "mortar"], 10, None, False,
        note="'أمس (الخميس)'; casualties split by side: four SDF + six tribal fighters = 10; either side accepted as actor1; injured 'آخرين' -> null"),
    inc("busayrah", VAC, ATT, "2023-08-31", [None], [CIV], ["small_arms"], 3, None, False, tp=2,
        note="'برصاص قناصة لم تُعرف تبعيتهم' -> actor1 null; three civilians killed while fleeing; the day is implied by the paragraph before -> tp 2"),
    inc("shuhayl", BAT, CLASH, "2023-08-29", TRIBES + [SDF], [SDF] + TRIBES, Q, Q, Q, False, optional=True,
        note="background: 'يوم الثلاثاء الماضي' clashes in al-Shuhayl"),
    inc("hasakah_city", SD, ARR, "2023-08-27", [SDF], Q, [], None, None, False, optional=True,
        note="background: Abu Khawla arrested 'يوم الأحد الماضي' (27 August) in Hasakah"),
], [
    tal("killed", 71, {}, ["SY"], "2023-08-27", "2023-09-01", "SOHR", note="total since 27 August"),
    tal("killed", 25, {}, ["SY"], "2023-08-27", "2023-09-01", "SOHR", optional=True, note="SDF part of the 71"),
    tal("killed", 39, {}, ["SY"], "2023-08-27", "2023-09-01", "SOHR", optional=True, note="tribal fighters part of the 71"),
    tal("killed", 7, {}, ["SY"], "2023-08-27", "2023-09-01", "SOHR", optional=True, note="civilians part of the 71"),
], "SDF and tribal statements, the curfew, the US meeting and analysis are not incidents")

# ---------------------------------------------------------------- t3-014
art("t3-014", "2025-04-18", [
    inc("ras_isa", ERV, AIR, "2025-04-17", [US], [CIV, None], ["aircraft"], 74, 171, Q,
        note="date in a relative clause: 'العدوان الأمريكي الذي استهدف ميناء رأس عيسى ... مساء أمس الخميس'; 14 air strikes; 74 killed and 171 injured (one source, updated toll); coordinates approximate"),
    inc("kamaran", ERV, AIR, "2025-04-17", [US], Q, Q, None, None, Q, tp=2,
        note="'في سياق متصل' three strikes on Kamaran island; no time given -> tp 2; 'دون أن ترد ... معلومات عن حجم الخسائر' -> null"),
    inc("bani_harith", ERV, AIR, "2025-04-17", [US], Q, Q, None, None, Q, tp=2, gp=2,
        note="two strikes on Bani al-Harith district north of Sanaa; same sentence as Kamaran (two-place sentence)"),
    inc("ben_gurion", ERV, SHELL, "2025-04-18", HOUTHI, Q, ["missile"], Q, Q, True, optional=True,
        note="Houthi claim only ('حققت هدفها'), no confirmation in the text"),
], [
    tal("killed", 209, {}, ["YE"], "2025-03-15", "2025-04-18", "Ministry of Health (Sanaa)", note="total since 15 March"),
    tal("injured", 436, {}, ["YE"], "2025-03-15", "2025-04-18", "Ministry of Health (Sanaa)", note="injured since 15 March"),
    tal("killed", 74, {}, ["YE"], "2025-04-17", "2025-04-18", "Ministry of Health (Sanaa)", optional=True,
        note="the Ras Isa toll itself (an incident's casualties, not an aggregate)"),
    tal("injured", 171, {}, ["YE"], "2025-04-17", "2025-04-18", "Ministry of Health (Sanaa)", optional=True,
        note="same"),
], "pro-Houthi outlet; the Truman claim is at sea (no place) and not coded; condemnations and marches are not coded")

# ---------------------------------------------------------------- t3-015
art("t3-015", "2024-07-21", [
    inc("hodeidah_port", ERV, AIR, "2024-07-20", [IDF], Q, ["aircraft"], 6, 83, Q,
        note="Arabic-Indic digits; 'أمس السبت'; Israeli jets on fuel tanks and the power station; Houthi health ministry ٦ killed ٨٣ injured"),
    inc("eilat", SD, DWU, "2024-07-21", [IDF], HOUTHI, ["missile"], None, None, True, gp=2,
        note="'صباح اليوم الأحد' Arrow intercepted a missile fired from Yemen toward Eilat, 'قبل دخوله الأجواء' -> near Eilat, gp 2; Houthis claim the launch"),
    inc("tel_aviv", ERV, AIR, "2024-07-19", HOUTHI, [CIV], ["drone"], 1, 8, Q, optional=True,
        note="background: Friday drone hit a building in Tel Aviv"),
], [
    tal("killed", 38983, {}, ["PS"], "2023-10-07", "2024-07-21", "Gaza Ministry of Health", optional=True,
        note="Gaza toll as context"),
], "Egyptian foreign ministry statement and Suez revenue figure (٥٠٪) are not incidents or tallies")

# ---------------------------------------------------------------- t3-016
art("t3-016", "2025-07-17", [
    inc("damascus_mod", ERV, AIR, "2025-07-16", [IDF], SY_MOI, Q, 3, 34, True,
        note="published_at missing; dateline 'الخميس 17 يوليوز 2025' (Moroccan month name); 'يوم أمس الأربعاء'; IDF claimed; 3 killed 34 injured per the health ministry; weapons not stated -> '?'"),
    inc("palace", ERV, AIR, "2025-07-16", [IDF], [SAF, None], Q, None, None, True, gp=2,
        note="'كما استهدف محيط القصر الرئاسي' same day; no toll -> null"),
    inc("suwayda_outskirts", ERV, AIR, "2025-07-16", [IDF], SY_MOI, ["drone", "aircraft"], None, None, Q, gp=2,
        note="'يوم أمس أيضاً' drones and jets on government convoys around Suwayda city and on the road from Daraa; 'لم يحدد حصيلة' -> null"),
    inc("suwayda", BAT, CLASH, "2025-07-16", SY_MOI + DRUZE, DRUZE + SY_MOI, Q, None, None, False,
        note="'تواصلت الاشتباكات، أمس الأربعاء، داخل أحياء مدينة السويداء' government forces vs Druze gunmen; either side as actor1; no toll for the day -> null"),
    inc("mazraa", ERV, AIR, "2025-07-15", [IDF], SY_MOI, ["aircraft"], Q, Q, Q, gp=2, optional=True,
        note="background: 'يوم الثلاثاء' strikes on government tanks near al-Mazraa"),
    inc("maqwas", BAT, CLASH, "2025-07-13", DRUZE + BEDOUIN, BEDOUIN + DRUZE, Q, Q, Q, False, optional=True,
        note="background: clashes began 'الأحد الماضي' in al-Maqwas"),
], [
    tal("killed", 350, {}, ["SY"], "2025-07-13", "2025-07-17", "SOHR", note="'ما لا يقل عن 350 قتيلاً' since Sunday"),
], "Rubio, UN, Arab League, Moroccan statements and al-Sharaa's speech are not incidents; the merchant's kidnapping has no date and is not coded")

# ---------------------------------------------------------------- t3-017
art("t3-017", "2025-03-15", [
    inc("anbar", ERV, AIR, "2025-03-13", [COAL, US, ISF] + INIS, [IS], ["aircraft"], 2, None, Q, gp=3,
        note="date in a relative clause: 'الضربة التي نفذتها طائرات التحالف ... مساء الخميس الماضي في محافظة الأنبار'; province only -> gp 3; Abu Khadija and an aide killed"),
    inc("dibis", SD, ARR, "2025-03-15", [ISF], [IS], [], None, None, False,
        note="'فجر اليوم السبت' three ISIS suspects arrested in Dibis district"),
    inc("hamrin", ERV, AIR, "2025-02-15", [ISF], [IS], ["aircraft"], 1, None, Q, tp=3, gp=2, optional=True,
        note="background: 'الشهر الماضي' strike in Hamrin that killed the ISIS 'wali of Kirkuk'"),
], [
    tal("strikes", 29, {}, ["IQ"], "2025-01-01", "2025-03-15", "Joint Operations Command", note="air strikes since the start of the year"),
    tal("killed", 58, {}, ["IQ"], "2025-01-01", "2025-03-15", "Joint Operations Command",
        note="ISIS members killed by those strikes since the start of the year"),
], "Sudani's announcement, CENTCOM statement and analysis are not separate incidents; the coalition timetable is a future plan")

# ---------------------------------------------------------------- t3-018
art("t3-018", "2024-01-14", [
    inc("suwaydiyah", ERV, AIR, "2024-01-13", [TAF], Q, ["drone"], 0, 0, Q,
        note="'مساء أمس السبت' three drone strikes on the Suwaydiyah gas plant; 'دون وقوع خسائر بشرية' -> 0/0; coordinates approximate"),
    inc("darbasiyah", ERV, AIR, "2024-01-14", [TAF], Q, ["aircraft"], None, None, Q,
        note="'فجر اليوم الأحد' two air strikes on the power transformer station; casualties not mentioned -> null"),
    inc("qamishli", ERV, AIR, "2024-01-14", [TAF], [CIV, None], ["drone"], 1, 2, Q,
        note="'صباح اليوم' drone on a printing press, one worker killed and two injured"),
    inc("claw_lock", BAT, Q, "2024-01-12", PKK, [TAF], Q, 9, Q, Q, gp=3, optional=True,
        note="background: 'مساء الجمعة' nine Turkish soldiers killed at a base in northern Iraq, per Ankara"),
], [
    tal("strikes", 31, {}, ["SY"], "2024-01-12", "2024-01-14", "Autonomous Administration",
        note="'31 هجوماً جوياً تركياً منذ مساء الجمعة'"),
    tal("attacks", 31, {}, ["SY"], "2024-01-12", "2024-01-14", "Autonomous Administration", optional=True,
        note="same figure, if coded as attacks"),
    tal("killed", 8, {}, ["SY"], "2024-01-12", "2024-01-14", "Autonomous Administration",
        note="civilians killed by the Turkish strikes since Friday evening"),
    tal("killed", 45, {}, ["IQ", "SY"], Q, Q, "Turkish Ministry of National Defense", optional=True,
        note="'حيدت 45' = killed, captured or surrendered"),
], "October 2023 campaign is generic background with no date or single place; 'مواضيع ذات صلة' block not coded")

# ---------------------------------------------------------------- t3-019
art("t3-019", "2024-11-24", [
    inc("jalawla", ERV, IED, "2024-11-23", [None, IS], [PMF], ["ied"], 2, 3, False, gp=2,
        note="'مساء أمس السبت' roadside IED on a PMF vehicle near Jalawla; number words (اثنين، ثلاثة); unclaimed, ISIS remnants only suspected"),
    inc("jalawla", SD, ARR, "2024-11-24", [PMF, ISF], [None, IS], [], None, None, False, gp=2,
        note="'فجر اليوم' joint search, one suspect arrested in the orchards around Jalawla"),
    inc("qara_tapa", ERV, IED, "2024-11-17", [None], [CIV], Q, 1, None, False, tp=2, gp=2, optional=True,
        note="background: 'بعد أسبوع من' a shepherd killed by a war-remnant IED"),
], [
    tal("attacks", 11, {}, ["IQ"], "2024-01-01", "2024-11-24", "Diyala Operations Command", note="IED attacks in Diyala since the start of the year"),
], "condolences and the MP's call are statements; 'إقرأ أيضاً' (Muqdadiyah arrest) not coded")

# ---------------------------------------------------------------- t3-020
art("t3-020", "2024-10-17", [
    inc("nabatieh", ERV, AIR, "2024-10-16", [IDF], [CIV], ["aircraft"], 16, 52, Q,
        note="date in a relative clause: 'الغارة التي شنها العدو الإسرائيلي أمس الأربعاء على مبنى بلدية النبطية'; final toll 16 killed incl. the mayor, 52 injured"),
    inc("qana", ERV, AIR, "2024-10-17", [IDF], [CIV, None], Q, 15, None, Q,
        note="'فجر اليوم الخميس' residential building; 'ما لا يقل عن 15'; 'عدد من الجرحى' -> null; 'غارة معادية' without aircraft -> weapons '?'"),
    inc("saraain", ERV, AIR, "2024-10-16", [IDF], [CIV], ["aircraft"], 3, 2, Q,
        note="'مساء أمس' house in Saraain (Bekaa); coordinates approximate"),
    inc("kfar_rumman", ERV, AIR, "2024-10-17", [IDF], [CIV, None], ["drone"], 2, None, Q,
        note="'وظهر اليوم' drone on a car in Kfar Rumman, two killed"),
    inc("zawtar", ERV, AIR, "2024-10-17", [IDF], Q, ["aircraft"], None, None, Q, gp=2,
        note="same sentence: 'سلسلة غارات على أطراف بلدات زوطر الشرقية وميفدون ويحمر الشقيف' -> three incidents at gp 2; 'من دون أن تُعرف نتائجها' -> null; coordinates approximate"),
    inc("mayfadoun", ERV, AIR, "2024-10-17", [IDF], Q, ["aircraft"], None, None, Q, gp=2, note="second town of the list"),
    inc("yohmor", ERV, AIR, "2024-10-17", [IDF], Q, ["aircraft"], None, None, Q, gp=2, note="third town of the list"),
    inc("stella_maris", ERV, SHELL, "2024-10-17", [HEZ], [IDF, None], ["rocket"], None, None, True, gp=2,
        note="Hezbollah claims a rocket salvo on Stella Maris base; the IDF confirms about 50 rockets on the western Galilee and Haifa 'خلال ساعات الصباح', most intercepted, some fell in open areas -> the attack is coded (not only intercepted); one incident for the salvo at gp 2"),
    inc("ramyah", BAT, CLASH, "2024-10-16", [HEZ], [IDF], Q, Q, Q, True, tp=2, optional=True,
        note="Hezbollah claim only ('بين قتيل وجريح'), no Israeli comment, no date"),
], [
    tal("killed", 2367, {}, ["LB"], "2023-10-08", "2024-10-17", "Lebanese Ministry of Public Health",
        note="cumulative toll since 8 October 2023"),
    tal("injured", 11088, {}, ["LB"], "2023-10-08", "2024-10-17", "Lebanese Ministry of Public Health",
        note="cumulative injured since 8 October 2023"),
    tal("killed", 110, {}, ["LB"], "2023-10-08", "2024-10-17", "Lebanese Minister of Public Health",
        note="'أكثر من 110 من العاملين في القطاع الصحي' killed"),
], "Mikati, UNIFIL and health-minister statements and the Dahiyeh evacuation warning (threat) are not incidents; 'أكثر من مليون' displaced and 'نحو 50 صاروخاً' are not tallies")

# ---------------------------------------------------------------- t3-021
art("t3-021", "2026-02-11", [
    inc("bint_jbeil", ERV, AIR, "2026-02-11", [IDF], [HEZ, CIV, None], ["drone"], 1, None, Q,
        note="published_at missing; dateline 'الأربعاء ١١ شباط ٢٠٢٦' in Arabic-Indic digits; 'فظهر اليوم'; the IDF says Hezbollah member, the family says civilian -> both accepted"),
    inc("mais_jabal", ERV, AIR, "2026-02-11", [IDF], [CIV, None], ["drone"], None, 1, Q,
        note="'في وقت سابق صباحاً' drone dropped a bomb on an excavator; driver lightly injured; deaths not mentioned -> null"),
    inc("hermel_jurd", ERV, AIR, "2026-02-10", [IDF], Q, ["aircraft"], None, None, Q, gp=2,
        note="date in a relative clause: 'الغارات التي شنّها الطيران الحربي الإسرائيلي مساء أمس الثلاثاء على جرود الهرمل'; 'من دون ورود معلومات عن إصابات' -> null; coordinates approximate"),
], [
    tal("killed", 392, {}, ["LB"], "2024-11-27", "2026-02-11", "Lebanese Ministry of Public Health",
        note="killed since the ceasefire of 27 November 2024 ('نحو ٣٩٢')"),
    tal("injured", 912, {}, ["LB"], "2024-11-27", "2026-02-11", "Lebanese Ministry of Public Health",
        note="injured since the ceasefire, Arabic-Indic digits"),
], "UNIFIL's '١٠ آلاف خرق' are violations, not a tally unit; the cabinet session, the disarmament plan and Israeli threats are not incidents")

# ---------------------------------------------------------------- t3-022
art("t3-022", "2025-09-04", [
    inc("sanaa", ERV, AIR, "2025-08-28", [IDF], HOUTHI, Q, Q, Q, Q, optional=True,
        note="background: 28 August strike that killed the Houthi prime minister and several ministers"),
], [
    tal("attacks", 1800, {}, Q, Q, "2025-09-04", "Abdul-Malik al-Houthi",
        note="the group's own count of its operations since the start of the Gaza 'support front'"),
], "negative: speech, threats (Houthi and Katz), the detention campaign against UN staff (no date or place) and analysis; 'اقرأ أيضاً' block not coded")

# ---------------------------------------------------------------- t3-023
art("t3-023", "2025-10-07", [
    inc("sheikh_maqsoud", BAT, CLASH, "2025-10-06", SY_MOI + ASAYISH, ASAYISH + SY_MOI, Q, 2, 5, False,
        note="'مساء أمس الاثنين'; casualties split by side: interior ministry 1 killed 3 injured, Asayish 1 killed 2 injured -> 2/5; each side blames the other -> either as actor1"),
    inc("syriac_quarter", ERV, SHELL, "2025-10-06", [None] + ASAYISH, [CIV], ["mortar"], 1, 3, False,
        note="mortar shells on the old Syriac quarter during the clashes; government blames the SDF, which denies -> null or SDF-side ids; one woman killed, three injured"),
    inc("deir_hafer", SD, DWU, "2025-10-07", SY_MOI + ["syrian-army", "syrian-arab-army"], [SDF], ["drone"], Q, 0, False, gp=2,
        note="'فجر اليوم' army shot down two suicide drones launched by the SDF near Deir Hafer; 'دون وقوع إصابات' -> injuries 0"),
], [], "ceasefire agreement, Barrack and Abdi statements and the April/March agreements are not incidents; '100 ألف نسمة' is a population; 'مواضيع ذات صلة' block not coded")

# ---------------------------------------------------------------- t3-024
art("t3-024", "2024-06-29", [
    inc("kani_masi", ERV, SHELL, "2024-06-29", [TAF], Q, ["artillery"], 0, 0, False, gp=2,
        note="Arabic-Indic digits; 'منذ صباح اليوم السبت ٢٩ حزيران'; more than ٤٠ shells around three villages, fires; 'دون وقوع خسائر بشرية' -> 0/0; coordinates approximate"),
    inc("sinuni", ERV, AIR, "2024-06-28", [TAF, None], YBS, ["drone"], 2, None, False, gp=2,
        note="'مساء أمس الجمعة'; drone 'يُرجح أنها تركية', Ankara silent -> Turkey or null; two YBS members killed; coordinates approximate"),
], [
    tal("attacks", 238, {}, ["IQ"], "2024-01-01", Q, "CPT", note="Turkish attacks on the Kurdistan Region since the start of the year"),
    tal("killed", 14, {}, ["IQ"], Q, Q, "Turkish Ministry of National Defense", optional=True, note="'تحييد ١٤'"),
], "checkpoints, the 15 km incursion, MPs' statements and the planned visit to Ankara are not incidents")

# ---------------------------------------------------------------- t3-025
art("t3-025", "2023-11-08", [
    inc("shaddadi", ERV, AIR, "2023-11-07", [IRI, IAM], [US, COAL], ["drone"], None, None, True,
        note="two-place sentence: 'استهدفت طائرات مسيّرة، مساء أمس الثلاثاء، قاعدتي الشدادي ... وحقل كونيكو' -> two incidents; claimed by the IRI; 'لم ترد معلومات عن وقوع إصابات' -> null"),
    inc("conoco", ERV, AIR, "2023-11-07", [IRI, IAM], [US, COAL], ["drone"], None, None, True,
        note="second base of the same sentence; coordinates approximate"),
    inc("kharab_jir", SD, DWU, "2023-11-08", [US, COAL], [IRI, IAM], ["drone"], Q, Q, True,
        note="'فجر اليوم الأربعاء' drone shot down 2 km from the base; IRI claimed the attack; coordinates approximate"),
    inc("albukamal", ERV, AIR, "2023-10-27", [US], ["irgc", IAM], ["aircraft"], Q, Q, Q, gp=2, optional=True,
        note="background: 27 October strikes on two facilities around Albu Kamal"),
    inc("ain_asad", ERV, AIR, "2023-10-24", [IRI, IAM], [US, COAL], ["drone"], Q, Q, True, optional=True,
        note="background: 24 October drone attack on Ain al-Asad claimed by the IRI"),
], [
    tal("attacks", 41, {"IQ": 23, "SY": 18}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon",
        note="Ryder: 41 attacks since 17 October, 23 in Iraq and 18 in Syria"),
    tal("injured", 45, {}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon", note="minor injuries and TBI"),
    tal("attacks", 20, {}, ["IQ"], "2023-10-15", "2023-11-08", "Al-Araby Al-Jadeed", optional=True,
        note="'أكثر من عشرين هجوماً' on Ain al-Asad, Harir and Victory: the outlet's rough figure, no source"),
], "negative item: the Ain al-Asad rockets are denied (live-fire training) with no claim -> not coded; Blinken visit and analysis are not incidents; 'مواضيع ذات صلة' block not coded")

# ---------------------------------------------------------------- t3-026
art("t3-026", "2023-12-18", [
    inc("jordan_north", BAT, CLASH, "2023-12-18", JAF + SMUG, SMUG + JAF, Q, 6, 1, False, gp=3,
        note="'فجر اليوم'; casualties split by side: one soldier + five smugglers = 6; one soldier injured (smugglers' injuries not given); the four arrests are part of the clash; 'المنطقة العسكرية الشرقية' without a site -> gp 3; weapons '?' (machine guns and 'قذائف صاروخية')"),
    inc("jordan_north", BAT, CLASH, "2023-12-12", JAF + SMUG, SMUG + JAF, Q, None, None, False, gp=3, optional=True,
        note="background: 'الثلاثاء الماضي' clash lasting hours, 'إصابة عدد من المهربين' -> null"),
], [
    tal("killed", 38, {}, ["JO"], "2023-01-01", "2023-12-18", "Jordanian Armed Forces", note="smugglers killed since the start of the year"),
], "drug seizures (2.5 million pills), Safadi's warning and analysis are not incidents or tallies; '375 كيلومتراً' is a length")

# ---------------------------------------------------------------- t3-027
art("t3-027", "2024-11-21", [
    inc("palmyra_city", ERV, AIR, "2024-11-20", [IDF], [IAM, NUJ, HEZ, CIV, None], ["aircraft"], 36, 50, Q,
        note="published_at missing; dateline 'الخميس 21 نوفمبر 2024' (Algerian outlet); 'أمس الأربعاء'; SANA 36 killed and 50 injured, SOHR 79 -> most conservative 36; SOHR says Nujaba and Hezbollah members, SANA residential buildings -> several actor2"),
    inc("jousieh", ERV, AIR, "2024-11-21", [IDF], Q, Q, None, None, Q,
        note="'فجر اليوم الخميس' strike on the Jousieh crossing; no toll -> null; coordinates approximate"),
    inc("mezzeh", ERV, AIR, "2024-11-14", [IDF], Q, Q, Q, Q, Q, tp=2, optional=True,
        note="background: 'بعد أسبوع من غارات' on Mezzeh and Qudsaya, 15 killed in total"),
    inc("qudsaya", ERV, AIR, "2024-11-14", [IDF], Q, Q, Q, Q, Q, tp=2, optional=True, note="background: same"),
], [
    tal("strikes", 143, {}, ["SY"], "2024-01-01", "2024-11-21", "SOHR", note="'143 مرة منذ جانفي' (Maghrebi month name)"),
    tal("killed", 341, {}, ["SY"], "2024-01-01", "2024-11-21", "SOHR", note="military personnel killed by Israeli strikes"),
], "condemnations (Syria, Iran, Iraq, Algeria) are statements")

# ---------------------------------------------------------------- t3-028
art("t3-028", "2024-11-03", [
    inc("eilat", ERV, AIR, "2024-11-03", [IRI], Q, ["drone"], Q, Q, True, gp=2, optional=True,
        note="IRI claim only ('فجر اليوم الأحد', 'هدفاً حيوياً' in Eilat), no Israeli comment"),
    inc("golan", ERV, AIR, "2024-10-04", [IRI, IAM], [IDF], ["drone"], 2, 20, Q, optional=True,
        note="background: 4 October drone from Iraq on a base in the northern Golan, 'أكثر من 20' injured"),
], [
    tal("attacks", 26, {}, ["IL"], "2024-10-01", "2024-10-31", "Islamic Resistance in Iraq",
        note="the group's own count of October operations against 'الأراضي المحتلة'"),
], "negative: the Jurf al-Nasr explosion is denied as a strike (accident while moving old ammunition) and nobody claims it -> not coded; Israeli threats, government statements and analysis are not incidents; 'إقرأ أيضاً' block not coded")

# ---------------------------------------------------------------- t3-029
art("t3-029", "2026-01-12", [
    inc("mosul_right", SD, ARR, "2026-01-12", [ISF] + INSS, [IS], [], None, None, False, gp=2,
        note="'فجر اليوم' national security service arrested two ISIS members in western Mosul"),
    inc("rutba", ERV, IED, "2026-01-11", [None, IS], [ISF], ["ied"], 1, 2, False, gp=2,
        note="'مساء أمس الأحد' IED on an army vehicle near Rutba; ISIS only suspected"),
    inc("samarra_island", BAT, CLASH, "2026-01-11", [PMF, IS], [IS, PMF], Q, 2, 1, False, gp=2,
        note="'مساء أمس' PMF 35th Brigade vs ISIS infiltrators in the Samarra island desert; two attackers killed, one PMF injured; infiltrators vs defenders -> either as actor1; weapons of the clash not stated (light weapons were found) -> '?'; coordinates approximate"),
    inc("ramadi", SD, ARR, "2026-01-12", [ISF], [IS, None], [], None, None, False, tp=2,
        note="Anbar police announced 'اليوم' the arrest of a wanted terrorism suspect in Ramadi; day of the arrest not stated -> tp 2"),
    inc("zghaytun", SD, Q, Q, [ISF], [IS], [], None, None, False, tp=Q, gp=2, optional=True,
        note="an ISIS hideout found and destroyed, no date: not an ACLED event; optional in case it is coded"),
], [
    tal("killed", 64, {}, ["IQ"], "2025-01-01", "2025-12-31", "Security Media Cell", note="ISIS members killed in 2025"),
], "'412 متهماً' are arrests (not a tally unit); the coalition withdrawal phase is not an incident")

# ---------------------------------------------------------------- t3-030
art("t3-030", "2026-02-24", [
    inc("ashara", BAT, CLASH, "2026-02-23", [IS, None], SY_MOI, ["small_arms"], 2, 1, False,
        note="Arabic-Indic digits in the dateline and figures; 'مساء أمس الاثنين'; gunmen attacked the checkpoint and exchanged fire; investigators say an ISIS cell -> ISIS or null"),
    inc("hajin", SD, ARR, "2026-02-24", SY_MOI, [IS], [], None, None, False,
        note="'فجر اليوم' three cell members arrested in Hajin"),
    inc("mayadin_road", ERV, IED, "2026-01-15", [None, IS], SY_MOI + ["syrian-army"], ["ied"], 4, None, False, tp=3, gp=2, optional=True,
        note="background: January IED on the Mayadin - Albu Kamal road, four soldiers killed"),
], [
    tal("attacks", 17, {}, ["SY"], "2026-02-01", "2026-02-24", "DeirEzzor 24", note="'١٧ هجوماً ... منذ مطلع شباط'"),
    tal("killed", 11, {}, ["SY"], "2026-02-01", "2026-02-24", "DeirEzzor 24", note="government personnel killed in those attacks"),
], "the governor's pledge, the ministry's condemnation and analysis are not incidents; seized weapons are not an incident")

# a one-element actor list is written as the plain id (same meaning for the scorer)
for _a in gold.articles:
    for _i in _a["incidents"]:
        for _k in ("actor1", "actor2"):
            if isinstance(_i[_k], list) and len(_i[_k]) == 1:
                _i[_k] = _i[_k][0]

gold.write(ROOT)
