#!/usr/bin/env python3
"""Build tests/train/expected.jsonl (gold) for the tr training/diagnosis set.

Gold conventions (see /work/shared/corpus/GUIDE.md and dev/gold.jsonl):
  "?"            field not scored (text ambiguous)
  list actor     any of the listed ids is accepted (None = nobody named)
  optional:true  finding it is neither rewarded nor penalised
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
    "harir": ("IQ", "Erbil", "Harir Air Base", 36.533, 44.35),
    "jurf": ("IQ", "Babil", "Jurf al-Nasr (Jurf al-Sakhar)", 32.87, 44.13),
    "hilla": ("IQ", "Babil", "near Hilla", 32.4637, 44.4196),
    "babil": ("IQ", "Babil", "Babil province", 32.47, 44.42),
    "kalsu": ("IQ", "Babil", "Kalsu base, Iskandariya", 32.89, 44.35),
    "chamchamal": ("IQ", "Sulaymaniyah", "Chamchamal-Sangaw road", 35.45, 44.95),
    "barwari": ("IQ", "Duhok", "Barwari Bala, Amadiya district", 37.27, 43.40),
    "metina": ("IQ", "Duhok", "Metina region, north of Duhok", 37.20, 43.50),
    "tarmiyah": ("IQ", "Baghdad", "Tarmiyah orchards, north of Baghdad", 33.67, 44.40),
    "khurmala": ("IQ", "Erbil", "Khurmala oil field", 36.06, 43.80),
    "sarsang": ("IQ", "Duhok", "Sarsang oil field", 37.05, 43.35),
    "peshkhabour": ("IQ", "Duhok", "Peshkhabour oil field near Fishkhabour", 37.08, 42.38),
    "erbil_airport": ("IQ", "Erbil", "Erbil International Airport", 36.2376, 43.9632),
    "wadi_shay": ("IQ", "Kirkuk", "Wadi al-Shay, Hamrin mountains", 35.28, 44.12),
    "muqdadiyah": ("IQ", "Diyala", "al-Jaiji village, Muqdadiyah", 33.98, 44.94),
    "anbar": ("IQ", "Al-Anbar", "Anbar desert", 33.3, 42.0),
    "mashtal": ("IQ", "Baghdad", "Al-Mashtal, eastern Baghdad", 33.31, 44.47),
    "palestine_st": ("IQ", "Baghdad", "Palestine Street, Baghdad", 33.34, 44.44),
    "qaim": ("IQ", "Al-Anbar", "Al-Qaim", 34.37, 41.08),
    "akashat": ("IQ", "Al-Anbar", "near Akashat", 33.80, 40.60),
    "zummar": ("IQ", "Ninewa", "Zummar", 36.65, 42.53),
    "sidakan": ("IQ", "Erbil", "border villages of Sidakan", 36.80, 44.67),
    "koya": ("IQ", "Erbil", "near Koya (Koysinjaq)", 36.08, 44.63),
    "qarachogh": ("IQ", "Erbil", "Qarachogh mountains, Makhmour district", 35.88, 43.50),
    "karrada": ("IQ", "Baghdad", "Karrada, Baghdad", 33.30, 44.42),
    "kirkuk": ("IQ", "Kirkuk", "al-Wasiti district, Kirkuk", 35.44, 44.39),
    "radwaniyah": ("IQ", "Baghdad", "Radwaniyah, southwest Baghdad", 33.23, 44.25),
    "abu_ghraib": ("IQ", "Baghdad", "near Abu Ghraib", 33.29, 44.06),
    # Syria
    "shaddadi": ("SY", "Al-Hasakah", "Al-Shaddadi base", 36.0566, 40.7317),
    "huwayqa": ("SY", "Deir ez-Zor", "al-Huwayqa, outskirts of Deir ez-Zor", 35.34, 40.13),
    "deirezzor": ("SY", "Deir ez-Zor", "Deir ez-Zor", 35.3359, 40.1408),
    "deirezzor_prov": ("SY", "Deir ez-Zor", "Deir ez-Zor desert", 35.0, 40.2),
    "albukamal": ("SY", "Deir ez-Zor", "Albu Kamal", 34.4536, 40.9183),
    "mayadin": ("SY", "Deir ez-Zor", "Al-Mayadin", 35.0207, 40.4515),
    "tanf": ("SY", "Homs", "Al-Tanf garrison", 33.4981, 38.6553),
    "sukhnah": ("SY", "Homs", "Sukhnah-Palmyra road near al-Sukhnah", 34.88, 38.87),
    "resafa": ("SY", "Ar-Raqqa", "Resafa desert, southwest of Raqqa", 35.63, 38.76),
    "uqayribat": ("SY", "Hama", "near Uqayribat, eastern Hama", 35.22, 37.45),
    "mezzeh": ("SY", "Damascus", "Iranian consulate, Mezzeh, Damascus", 33.503, 36.255),
    "aleppo_south": ("SY", "Aleppo", "Aleppo countryside (southern)", 36.15, 37.25),
    "sayyida_zainab": ("SY", "Rif Dimashq", "Sayyida Zainab", 33.444, 36.337),
    "tishreen": ("SY", "Aleppo", "Tishreen Dam", 36.384, 38.188),
    "ain_issa": ("SY", "Ar-Raqqa", "near Ain Issa, M4 road", 36.385, 38.86),
    "homs_academy": ("SY", "Homs", "Homs Military Academy", 34.735, 36.68),
    "idlib": ("SY", "Idlib", "Idlib city", 35.93, 36.63),
    "jisr": ("SY", "Idlib", "around Jisr al-Shughur", 35.81, 36.32),
    "aleppo_west": ("SY", "Aleppo", "western Aleppo countryside", 36.20, 36.95),
    "aleppo_countryside": ("SY", "Aleppo", "Aleppo countryside", 36.20, 37.16),
    "damascus": ("SY", "Damascus", "around Damascus", 33.5138, 36.2765),
    "shaab": ("SY", "As-Suwayda", "al-Shaab village, eastern Suwayda countryside", 32.60, 36.95),
    "kharab_shahm": ("SY", "Dar'a", "Kharab al-Shahm, western Daraa countryside", 32.71, 35.99),
    "koya_daraa": ("SY", "Dar'a", "Koya, Yarmouk basin", 32.73, 35.80),
    "t4": ("SY", "Homs", "T4 (Tiyas) airbase", 34.5225, 37.6297),
    "palmyra_ab": ("SY", "Homs", "Palmyra airbase", 34.557, 38.317),
    "rumeilan": ("SY", "Al-Hasakah", "Rumeilan base", 36.99, 41.93),
    "afes": ("SY", "Idlib", "Afes", 35.86, 36.77),
    "haddada": ("SY", "Latakia", "al-Haddada, Jabal al-Akrad", 35.78, 36.15),
    "sarmin": ("SY", "Idlib", "Sarmin-Qmeinas road", 35.89, 36.70),
    "aleppo_prov": ("SY", "Aleppo", "Aleppo province", 36.2, 37.3),
    "sur": ("SY", "Deir ez-Zor", "al-Sur", 35.50, 40.58),
    "shuhayl": ("SY", "Deir ez-Zor", "al-Shuhayl", 35.12, 40.42),
    "syria": ("SY", None, "Syria", 35.0, 38.5),
    "manbij_road": ("SY", "Aleppo", "Manbij-al-Khafsa road, outskirts of Manbij", 36.48, 37.98),
    "manbij": ("SY", "Aleppo", "Manbij", 36.527, 37.955),
    "salamiyah_badia": ("SY", "Hama", "desert southeast of Salamiyah", 34.90, 37.25),
    "maadan": ("SY", "Ar-Raqqa", "near Maadan Atiq", 35.74, 39.65),
    "hama_badia": ("SY", "Hama", "eastern Hama desert", 35.10, 37.60),
    "hasakah": ("SY", "Al-Hasakah", "near Al-Hasakah", 36.5024, 40.7477),
    "amuda": ("SY", "Al-Hasakah", "Amuda", 37.10, 40.93),
    "qamishli": ("SY", "Al-Hasakah", "Qamishli area", 37.05, 41.23),
    "malikiyah": ("SY", "Al-Hasakah", "al-Malikiyah area", 37.17, 42.13),
    "darbasiyah": ("SY", "Al-Hasakah", "al-Darbasiyah area", 37.07, 40.65),
    "dhiban": ("SY", "Deir ez-Zor", "Dhiban", 35.02, 40.50),
    "busayrah": ("SY", "Deir ez-Zor", "al-Busayrah", 35.15, 40.43),
    "quneitra": ("SY", "Quneitra", "Golan buffer zone", 33.13, 35.82),
    "dweila": ("SY", "Damascus", "Mar Elias church, al-Dweila, Damascus", 33.49, 36.33),
    "rif_dimashq": ("SY", "Rif Dimashq", "Rif Dimashq", 33.5, 36.5),
    # Jordan
    "jordan": ("JO", None, "Jordan", 31.2, 36.5),
    "tower22": ("JO", "Mafraq", "Tower 22", 33.32, 38.69),
    # elsewhere
    "sanaa": ("YE", "Amanat al-Asimah", "al-Jiraf, northern Sanaa", 15.40, 44.21),
    "saada": ("YE", "Saada", "Saada and Sahar district", 16.94, 43.76),
    "branit": ("IL", "Northern District", "Branit barracks", 33.07, 35.35),
    "israel": ("IL", None, "Israel", 31.5, 34.9),
    "nevatim": ("IL", "Southern District", "Nevatim Air Base", 31.208, 35.012),
    "aita": ("LB", "Nabatieh", "Aita al-Shaab outskirts", 33.10, 35.33),
    "bint_jbeil": ("LB", "Nabatieh", "Bint Jbeil outskirts", 33.12, 35.43),
    "beirut_dahiyeh": ("LB", "Beirut", "Dahiyeh, southern Beirut", 33.85, 35.50),
    "ir_tehran": ("IR", "Tehran", "Tehran province", 35.69, 51.39),
    "ir_khuzestan": ("IR", "Khuzestan", "Khuzestan province", 31.32, 48.67),
    "ir_ilam": ("IR", "Ilam", "Ilam province", 33.64, 46.42),
    "ankara": ("TR", "Ankara", "General Directorate of Security, Ankara", 39.93, 32.86),
}

NVT = "Non-violent transfer of territory"

# actors not in the GUIDE's list: several slugs accepted
RUS = ["russian-armed-forces", "russia-armed-forces", "russian-air-force", "russian-forces"]
HTS = ["hayat-tahrir-al-sham", "hts"]
SNA = ["syrian-national-army", "sna", "turkish-backed-factions"]
JAF = ["jordanian-armed-forces", "jordan-armed-forces"]
PKK = ["kurdistan-workers-party", "pkk"]
KDPI = ["democratic-party-of-iranian-kurdistan", "kurdistan-democratic-party-of-iran", "kdpi", "pdki"]
HOUTHI = ["houthis", "ansar-allah", "houthi-movement"]
IRAN_ARMY = ["iranian-armed-forces", "iran-armed-forces", "iranian-army", IRGC]
CTS = [ISF, "iraqi-counter-terrorism-service"]
KCT = [KSF, "kurdistan-counter-terrorism", "kurdistan-region-counter-terrorism"]
TRIBES = ["arab-tribal-forces", "arab-tribes", "tribal-fighters", "deir-ez-zor-tribal-forces", "arab-tribal-fighters"]
FATH = HTS + ["al-fateh-al-mubin-operations-room", "fateh-al-mubin"]
NEW_SY = [SGF, "syrian-interior-ministry", "syrian-ministry-of-interior", "syrian-general-security"]
SAS = ["saraya-ansar-al-sunna", "ansar-al-sunna"]
GID = ["jordanian-general-intelligence-directorate", "jordan-general-intelligence-directorate",
       "general-intelligence-directorate", "jordanian-intelligence", "jordanian-security-forces"] + JAF


gold = Gold(P)
inc, bg, tal, art = gold.inc, gold.bg, gold.tal, gold.art


# ---------------------------------------------------------------- tr-001
art("tr-001", "2023-10-26", [
    inc("ain_asad", ERV, SHELL, "2023-10-25", [None, "harakat-al-nujaba", IAM], [US, COAL], ["rocket"], 0, 0, False,
        note="'مساء أمس الأربعاء'; three Katyusha rockets; 'لم تتبنَّ أي جهة' but security sources accuse al-Nujaba ('اتهمت مصادر') -> null or al-Nujaba; 'لم يسفر عن وقوع خسائر بشرية' -> 0/0; the burnt launcher found near al-Baghdadi is part of the same incident"),
    inc("harir", SD, DWU, "2023-10-26", [COAL, US], [None, IAM], ["drone"], 0, 0, False,
        note="'فجر اليوم الخميس'; drone shot down by coalition air defence, 'لم يسفر عن أي خسائر بشرية أو مادية'; interceptor is actor1"),
    bg("ain_asad", ERV, AIR, "2023-10-18", [IRI], [US, COAL], ["drone"], claimed=True,
       note="background: 18 October drone attack claimed by the IRI"),
], [
    tal("attacks", 16, {"IQ": 10, "SY": 6}, ["IQ", "SY"], "2023-10-17", "2023-10-24", "Pentagon",
        note="'16 هجوماً على الأقل ... بواقع 10 هجمات في العراق و6 في سوريا'"),
], "troop numbers (2500/900) and 'ثلاثة صواريخ' are not tallies; the Kirkuk arrest is in the 'اقرأ أيضاً' teaser block")

# ---------------------------------------------------------------- tr-002
art("tr-002", "2023-11-09", [
    inc("huwayqa", ERV, AIR, "2023-11-08", [US], [IRGC, IAM], ["aircraft"], 9, None, Q, gp=2,
        note="'مساء الأربعاء'; two F-15s named by the US defence secretary (a ministry naming its own strike); Pentagon gives no toll, SOHR 'ما لا يقل عن تسعة' -> 9"),
    inc("shaddadi", ERV, AIR, "2023-11-09", [IRI], [US, COAL], ["drone"], None, None, True,
        note="'قالت في بيان إن مقاتليها استهدفوا ... ظهر اليوم الخميس'; no damage or casualty information -> null"),
    bg("albukamal", ERV, AIR, "2023-10-26", [US], [IRGC, IAM], ["aircraft"], gp=2,
       note="background: 26 October strikes on two facilities near Albu Kamal"),
], [
    tal("attacks", 41, {"IQ": 23, "SY": 18}, ["IQ", "SY"], "2023-10-17", "2023-11-09", "Pentagon"),
    tal("injured", 45, {}, ["IQ", "SY"], "2023-10-17", "2023-11-09", "Pentagon"),
    tal("strikes", 2, {}, ["SY"], "2023-10-17", "2023-11-08", None, optional=True,
        note="'ثاني ضربة أميركية في سوريا': the outlet's own ordinal, unattributed"),
], "the Aleppo airport strike and the Houthi MQ-9 shoot-down are in the 'اقرأ أيضا' teaser block: not coded. Troop numbers are not tallies")

# ---------------------------------------------------------------- tr-003
art("tr-003", "2023-12-26", [
    inc("harir", ERV, AIR, "2023-12-25", [KH, IRI], [US, COAL], ["drone"], None, 3, True,
        note="'فجر أمس الاثنين'; 'أعلنت كتائب حزب الله مسؤوليتها' (within the IRI umbrella, so IRI is accepted too); three injured, deaths not mentioned -> null"),
    inc("jurf", ERV, AIR, "2023-12-25", [US], [KH], ["aircraft"], 1, 18, Q,
        note="'مساء الاثنين بالتوقيت المحلي'; two KH headquarters in one area -> one incident; 'مقتل عنصر ... وإصابة 18 آخرين'"),
    inc("hilla", ERV, AIR, "2023-12-25", [US], [KH], ["aircraft"], None, None, Q, gp=2,
        note="drone warehouse near Hilla: a separate named place (~45 km from Jurf al-Nasr); 'لم ترد معلومات عن خسائر بشرية' -> null"),
    bg("jurf", ERV, AIR, "2023-11-22", [US], [KH], fat=8, note="background: strikes on Jurf al-Nasr, 22 November"),
    bg("ain_asad", ERV, SHELL, "2023-11-21", [IRI, IAM, None], [US, COAL], ["missile"],
       note="background: short-range ballistic missile on Ain al-Asad 'hours before' 22 November"),
], [
    tal("attacks", 103, {}, ["IQ", "SY"], Q, "2023-12-25", "AFP",
        note="'وفق إحصاء لوكالة فرانس برس ... الهجوم رقم 103': an ordinal, but attributed -> required (contrast with unattributed ordinals, which are optional)"),
], "White House/Austin statements, Iraqi and KRG condemnations are not incidents")

# ---------------------------------------------------------------- tr-004
art("tr-004", "2024-03-04", [
    inc("sukhnah", BAT, CLASH, "2024-03-02", [IS], [SGF], ["small_arms"], 6, 4, False, gp=2,
        note="ambush on a military convoy 'مساء السبت 2 من آذار', hour-long exchange of fire with light/medium arms and machine guns; Enab Baladi 6 killed vs SOHR 8 -> 6"),
    inc("resafa", ERV, AIR, "2024-03-03", RUS, [IS], ["aircraft"], None, None, False, gp=2,
        note="'الطيران الحربي الروسي ... أمس، الأحد 3 من آذار'; 30+ sorties in one area on one day = one incident; 'دون أن تُعرف حصيلة' -> null"),
    inc("uqayribat", ERV, IED, "2024-03-04", [None], [CIV], ["ied"], 3, 2, False, gp=2,
        note="landmine from war remnants ('لغم أرضي من مخلفات الحرب'), 'صباح اليوم الاثنين'; no perpetrator named -> actor1 null; landmine coded as weapon 'ied'"),
    bg("deirezzor_prov", VAC, ABD, "2024-02-16", [IS], [CIV], gp=3,
       note="background: abduction of truffle hunters in the Deir ez-Zor desert, 16 February"),
], [
    tal("killed", 24, {}, ["SY"], "2024-02-01", "2024-03-04", "SOHR",
        note="24 truffle hunters killed since the start of February"),
    tal("strikes", 30, {}, ["SY"], "2024-03-03", "2024-03-03", "local sources", optional=True,
        note="'أكثر من 30 غارة' within the single Resafa incident"),
], "Levantine month names; the '3000-5000 fighters' estimate is not a tally; teasers not coded")

# ---------------------------------------------------------------- tr-005
art("tr-005", "2024-09-14", [
    inc("chamchamal", ERV, AIR, "2024-09-14", [TAF], PKK + [CIV, None], Q, 3, None, False, gp=2,
        note="'عصر اليوم السبت'; 'مسيرة تركية' fired two missiles at a pick-up (drone-fired missiles -> weapons '?'); victims disputed: PKK per Ankara, civilians per PKK-close sources"),
    inc("barwari", ERV, SHELL, "2024-09-14", [TAF], [CIV, None], ["artillery"], 0, 0, False, tp=2, gp=2,
        note="'ليلة الجمعة على السبت': 13 or 14 September -> precision 2; 'لم يسفر عن خسائر بشرية' -> 0/0; '40 قذيفة' is not a tally"),
    inc("metina", BAT, CLASH, "2024-09-13", PKK, [TAF], Q, 2, 1, False, gp=2,
        note="'أمس الجمعة'; PKK attack on a Turkish military post announced by the Turkish MoD as a clash; two soldiers killed, one injured"),
], [
    tal("attacks", 1024, {}, ["IQ"], "2024-01-01", "2024-08-31", "CPT",
        note="Community Peacemaker Teams: 1024 Turkish attacks in the Kurdistan Region since the start of the year"),
    tal("killed", 14, {}, ["IQ"], Q, "2024-09-14", "Turkish Ministry of Defense", optional=True,
        note="'حيّدت 14 إرهابياً' = killed, captured or surrendered"),
], "the 'three neutralised' in the MoD statement are the Chamchamal victims, not a tally; statements by Kurdish MPs and the foreign ministry are not incidents")

# ---------------------------------------------------------------- tr-006
art("tr-006", "2024-04-02", [
    inc("mezzeh", ERV, AIR, "2024-04-01", [IDF], [IRGC, "iranian-diplomatic-mission", "iran"], Q, 7, None, False,
        note="'بعد ظهر أمس الاثنين'; 'طائرات حربية إسرائيلية ... بستة صواريخ' (weapons '?': aircraft or missile); IRGC: 7 killed vs SOHR: 13 -> 7; missiles downed by Syrian air defence are part of the strike; Israel did not comment"),
    bg("aleppo_south", ERV, AIR, "2024-03-29", [IDF], [SGF, HEZ], gp=2,
       note="background: 'فجر الجمعة الماضي' strikes in southern Aleppo countryside, 'عشرات العسكريين' (vague)"),
    bg("sayyida_zainab", ERV, AIR, "2023-12-25", [IDF], [IRGC], note="background: Razi Mousavi killed"),
    bg("mezzeh", ERV, AIR, "2024-01-20", [IDF], [IRGC], fat=5, note="background: Mezzeh strike 20 January, five IRGC advisers"),
], [], "threats (ambassador, Amir-Abdollahian, Hezbollah) and condemnations are statements; 'six missiles' is not a tally")

# ---------------------------------------------------------------- tr-007
art("tr-007", "2024-04-14", [
    inc("jordan", SD, DWU, "2024-04-14", JAF, [IRGC, "iran", "iranian-armed-forces"], ["drone", "missile"], Q, 0, False, tp=2, gp=3,
        note="published_at missing; dateline 'الأحد 14 نيسان 2024'. Jordanian air defence intercepted drones and missiles 'ليل السبت الأحد' (13 or 14 April -> precision 2); no place named (debris in Amman and Tafilah) -> country level; 'دون ... إصابات بين المواطنين' -> injuries 0"),
    bg("nevatim", ERV, Q, "2024-04-14", [IRGC], [IDF], ["missile"], tp=2,
       note="Iranian ballistic missiles hitting Nevatim, Israel: outside Iraq/Syria/Jordan, context of the Jordanian story"),
    bg("israel", SD, DWU, "2024-04-14", [IDF, US], [IRGC], ["drone", "missile"], tp=2, gp=3,
       note="interceptions over Israel"),
    bg("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], fat=3, tp=3,
       note="background: 'في كانون الثاني الماضي'"),
], [], "'أكثر من 300 طائرة مسيرة وصاروخ' and '99 بالمئة' describe one attack: not tallies. Ambassador summons and statements are not incidents")

# ---------------------------------------------------------------- tr-008
art("tr-008", "2024-12-08", [
    inc("tarmiyah", ERV, IED, "2024-12-08", [None, IS], [ISF], ["ied"], 2, 3, False, gp=2,
        note="Hijri+Gregorian dateline; 'فجر الأحد'; no claim, an official 'رجّح' ISIS cells -> null or ISIS"),
    inc("tarmiyah", SD, ARR, "2024-12-08", CTS, [None, IS], [], None, None, False, gp=2,
        note="three suspects arrested by CTS in the nearby village hours later; different event type from the IED -> separate incident"),
    bg("tarmiyah", BAT, CLASH, "2024-09-15", [None, IS], [ISF], fat=2, tp=3, gp=2,
       note="background: attack on an army post in September"),
    bg("damascus", SD, NVT, "2024-12-08", HTS + [None], [SGF], [], tp=1, gp=2,
       note="opposition factions entering Damascus, context only"),
], [
    tal("killed", 43, {}, ["IQ"], "2024-01-01", "2024-12-08", "Security Media Cell"),
], "'أكثر من 300' arrested (not a tally unit), '400-500' fighters, '10 آلاف جندي' and '600 كيلومتر' are not tallies")

# ---------------------------------------------------------------- tr-009
art("tr-009", "2025-01-16", [
    inc("tishreen", BAT, CLASH, "2025-01-15", SNA, [SDF], Q, 15, None, False,
        note="'أمس الأربعاء'; SNA factions attacked ('هجوم واسع شنته الفصائل') -> actor1; counts by side from the SDF: 12 SNA + 3 SDF = 15; heavy and medium weapons -> weapons '?'"),
    inc("tishreen", ERV, AIR, "2025-01-15", [TAF], [CIV], ["drone"], 4, 15, False,
        note="Turkish drone on a civilian convoy about 2 km from the dam, same evening: different actors and type from the clash -> separate incident; Turkey's denial does not change the coding"),
    inc("ain_issa", ERV, AIR, "2025-01-16", [TAF], [SDF], ["drone"], 2, None, False, gp=2,
        note="'ظهر اليوم الخميس' near Ain Issa on the M4"),
    bg("tishreen", ERV, AIR, "2024-12-19", [TAF], [CIV], ["drone"], fat=2,
       note="background: two Kurdish journalists killed on 19 December"),
], [
    tal("killed", 27, {}, ["SY"], "2024-12-08", "2025-01-16", "North Press"),
    tal("injured", 200, {}, ["SY"], "2024-12-08", "2025-01-16", "North Press", note="'أكثر من 200' -> 200"),
], "Levantine month names; repeated title and photo caption at the end; Abdi's statements are not incidents")

# ---------------------------------------------------------------- tr-010
art("tr-010", "2024-09-28", [
    bg("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], fat=3, tp=3, note="background: 'أواخر يناير'"),
    bg("qaim", ERV, AIR, "2024-02-02", [US], [PMF, KH, IAM], gp=2, note="background: 2 February strikes"),
    bg("akashat", ERV, AIR, "2024-02-02", [US], [PMF, KH, IAM], gp=2, note="background: 2 February strikes"),
    bg("mashtal", ERV, AIR, Q, [US], [KH], ["drone"], tp=2, gp=2, note="background: Abu Baqir al-Saadi killed 'بعد ذلك بأيام'"),
    bg("ain_asad", ERV, SHELL, "2024-08-05", [IAM, None], [US], ["rocket"], note="background: 5 August Katyusha attack"),
    bg("palestine_st", ERV, AIR, "2024-01-04", [US], ["harakat-al-nujaba", PMF], ["drone"], fat=2, note="background: Abu Taqwa killed"),
    bg("ain_asad", ERV, SHELL, "2024-01-20", [IRI], [US, COAL], ["missile"], claimed=True, note="background: 20 January ballistic missiles"),
    bg("anbar", BAT, CLASH, "2024-08-25", [US, ISF, COAL], [IS], fat=15, inj=7, tp=3, gp=3, note="background: joint raid in the Anbar desert, late August"),
], [
    tal("attacks", 175, {}, ["IQ", "SY", "JO"], Q, Q, "Pentagon",
        note="'نحو 175 هجوماً' between October 2023 and February 2024 (month-level period)"),
], "negative: analysis of the coalition-exit agreement; every incident is a background recap. Troop numbers (2500, <1000, 900), '86 نائباً' and fighter estimates are not tallies; KH threat is a statement")

# ---------------------------------------------------------------- tr-011
art("tr-011", "2023-10-06", [
    inc("homs_academy", ERV, AIR, "2023-10-05", [None], [SGF, CIV], ["drone"], 80, 240, False,
        note="'أمس الخميس'; passive 'استهدف من قبل التنظيمات الإرهابية' names no group, no claim -> null; health minister 80/240 vs SOHR 112 -> 80 (most conservative)"),
    inc("idlib", ERV, SHELL, "2023-10-05", [SGF], [CIV] + HTS, ["rocket", "artillery"], 5, None, False,
        note="'مساء أمس'; rocket launchers and heavy artillery; White Helmets: five civilians killed, 'وإصابة آخرين' -> null; the army says HTS targets"),
    inc("jisr", ERV, AIR, "2023-10-06", RUS, HTS + [None], ["aircraft"], None, None, False, gp=2,
        note="'الطيران الحربي الروسي، فجر اليوم الجمعة'; 'دون ورود معلومات عن الحصيلة' -> null"),
], [], "'ستة أطفال ونحو 30 امرأة' is a breakdown of one incident, not a tally; condemnations and mourning are not incidents")

# ---------------------------------------------------------------- tr-012
art("tr-012", "2025-07-16", [
    inc("khurmala", ERV, AIR, "2025-07-16", [None, PMF, IAM], Q, ["drone"], 0, 0, False,
        note="'فجر اليوم الأربعاء'; 'مسيرة مفخخة'; no claim, KRG accuses groups within the PMF (denied) -> null or PMF; 'لم يسفر عن خسائر بشرية' -> 0/0; target is an oil field -> actor2 '?'"),
    inc("sarsang", ERV, AIR, "2025-07-15", [None, PMF, IAM], Q, ["drone"], Q, 0, False,
        note="'مساء أمس الثلاثاء'; two drones, production stopped; 'من دون تسجيل إصابات' -> injuries 0"),
    inc("peshkhabour", SD, DWU, "2025-07-16", KCT, [None, PMF, IAM], ["drone"], Q, Q, False,
        note="drone shot down over the field near the Syrian-Turkish border 'قبل وصولها إلى هدفها'; 'لم يسفر عن أي أضرار' (damage, not casualties)"),
    bg("erbil_airport", SD, DWU, "2025-07-03", Q, [None, PMF, IAM], ["drone"], note="background: drone downed near Erbil airport on 3 July"),
], [
    tal("attacks", 8, {}, ["IQ"], "2025-07-01", "2025-07-16", "Kurdistan Region Ministry of Interior",
        note="'الهجوم الثامن ... منذ مطلع تموز' attributed to the KRG interior ministry -> required"),
], "'140-150 ألف برميل' is not a tally; investigation committee and US embassy statement are not incidents")

# ---------------------------------------------------------------- tr-013
art("tr-013", "2024-03-29", [
    inc("aleppo_countryside", ERV, AIR, "2024-03-29", [IDF], [SGF, CIV, HEZ], ["aircraft"], None, None, False, gp=2,
        note="SANA: 'عدوان جوياً ... فجر اليوم' on 'عدد من النقاط في ريف حلب'; 'ارتقاء عدد من الشهداء' has no number -> null"),
    inc("aleppo_west", SD, DWU, "2024-03-28", [SGF], HTS + ["jabhat-al-nusra", None], ["drone"], Q, Q, False, gp=2,
        note="'مساء أمس الخميس' three drones 'أطلقها إرهابيو جبهة النصرة' shot down; 'دون وقوع أي أضرار'"),
    bg("aleppo_countryside", ERV, AIR, "2024-03-29", HTS + [None], Q, ["drone"], gp=2,
       note="drone attacks by 'التنظيمات الإرهابية' on towns in Aleppo countryside during the Israeli strike: vague, SANA framing"),
    bg("damascus", ERV, AIR, "2024-03-26", [IDF], Q, gp=2, note="background: 'مساء الثلاثاء الماضي' strikes around Damascus"),
], [], "numeric dateline '29-03-2024'; ministry condemnation is a statement")

# ---------------------------------------------------------------- tr-014
art("tr-014", "2024-10-14", [
    inc("wadi_shay", ERV, AIR, "2024-10-13", [ISF, "iraqi-air-force"], [IS], ["aircraft"], 9, None, Q, gp=2,
        note="'مساء يوم أمس الأحد' two F-16 strikes on one hideout = one incident; the ground team that found the bodies is part of it"),
    inc("muqdadiyah", BAT, CLASH, "2024-10-14", [IS], [PMF], ["small_arms"], 1, None, False, gp=2,
        note="'فجر اليوم'; ISIS sniper shot a PMF member, the post returned fire -> Battles/Armed clash (attack on an armed force)"),
    bg("anbar", BAT, CLASH, "2024-08-15", [ISF, US, COAL], [IS], fat=15, tp=3, gp=3, note="background: August air-landing operation in the Anbar desert"),
], [
    tal("strikes", 76, {}, ["IQ"], "2024-01-01", "2024-10-14", "Joint Operations Command"),
], "published_at missing from the metadata; the body gives Monday 14 October 2024. 'بضع مئات' of fighters is not a tally")

# ---------------------------------------------------------------- tr-015
art("tr-015", "2023-05-08", [
    inc("shaab", ERV, AIR, "2023-05-08", JAF + [None], [CIV, None], ["aircraft"], 8, None, False, gp=2,
        note="'فجر اليوم الإثنين'; 'طائرة حربية يُعتقد أنها أردنية', Jordan did not comment -> JAF or null; trafficker, his wife and six children -> 8"),
    inc("kharab_shahm", ERV, AIR, "2023-05-08", JAF + [None], [IAM, HEZ, None], Q, None, None, False,
        note="'في توقيت متزامن' another strike in Daraa; 'لم ترد أنباء عن سقوط ضحايا' -> null"),
    bg("jordan", BAT, CLASH, "2022-01-15", JAF, Q, fat=27, tp=3, gp=3, note="background: January 2022 border clash, 27 smugglers killed"),
], [], "'65 مليون حبة' and '375 كيلومتراً' are not tallies; Safadi's warning and the Arab League decision are not incidents")

# ---------------------------------------------------------------- tr-016
art("tr-016", "2024-02-08", [
    inc("mashtal", ERV, AIR, "2024-02-07", [US], [KH], ["drone"], 3, None, Q, gp=2,
        note="'مساء الأربعاء'; CENTCOM names its own 'ضربة أحادية'; Iraqi officials: three killed including Abu Baqir al-Saadi"),
    bg("tower22", ERV, AIR, Q, [IAM, IRI, None], [US], ["drone"], fat=3, tp=3, note="background: Tower 22, no date given"),
], [
    tal("attacks", 165, {}, ["IQ", "SY", "JO"], "2023-10-17", "2024-02-08", "Pentagon", note="'أكثر من 165 هجوما'"),
    tal("strikes", 85, {}, ["IQ", "SY"], Q, Q, "Pentagon", optional=True, note="'85 هدفا في سبعة مواقع' = targets"),
], "negation 'لم تسجل أي هجمات ... منذ الرابع من فبراير'; KH's January suspension is a statement; protesters gathering at the site are not coded")

# ---------------------------------------------------------------- tr-017
art("tr-017", "2025-03-26", [
    inc("koya_daraa", ERV, AIR, "2025-03-25", [IDF], [CIV], ["drone", "artillery"], 6, 12, False,
        note="'أمس الثلاثاء 25 من آذار'; drone strike followed by artillery: first-named weapon is the drone -> Air/drone strike; Daraa health directorate 6 vs local sources 7 -> 6"),
    inc("koya_daraa", BAT, CLASH, "2025-03-25", [IDF], Q, ["small_arms"], Q, Q, False, optional=True,
        note="the brief exchange of fire between the incursion force and local gunmen, if coded separately"),
    inc("t4", ERV, AIR, "2025-03-25", [IDF], Q, ["aircraft"], None, None, False, tp=2,
        note="'أعلن الجيش الإسرائيلي، أمس، أن طائراته قصفت' (strike day not stated exactly -> precision 2); two named bases -> two incidents; no casualty information -> null"),
    inc("palmyra_ab", ERV, AIR, "2025-03-25", [IDF], Q, ["aircraft"], None, None, False, tp=2, note="see T4"),
], [], "'93 توغلاً' (incursions) is not a tally unit; 'مئات الغارات' is vague and unattributed; Netanyahu's demand is a statement")

# ---------------------------------------------------------------- tr-018
art("tr-018", "2024-07-27", [
    bg("ain_asad", ERV, SHELL, "2024-07-26", ["tashkil-al-warithin", None, IAM], [US, COAL], ["rocket"], claimed=True,
       note="claim by 'تشكيل الوارثين' denied by Iraqi security and a US official: not an incident"),
    bg("ain_asad", SD, DWU, "2024-07-15", [US, COAL, None], [None, IAM], ["drone"], tp=3, note="background: two drones downed in mid-July"),
], [
    tal("attacks", 170, {}, ["IQ", "SY"], Q, Q, None, optional=True, note="'أكثر من 170 هجوماً' unattributed"),
], "negative: denied claim, KH denial, Erbil airport sounds were an air-defence drill")

# ---------------------------------------------------------------- tr-019
art("tr-019", "2024-04-22", [
    inc("kalsu", ERV, Q, "2024-04-20", [None, IDF], [PMF], Q, 1, 8, False, tp=2,
        note="'قرابة منتصف ليل الجمعة - السبت' -> precision 2; cause disputed (PMF sources: air strike; JOC: no aircraft detected; CENTCOM denies; Israel no comment) -> sub-type and weapons '?'"),
    inc("rumeilan", ERV, SHELL, "2024-04-21", [None, IAM], [US, COAL], ["rocket"], Q, 0, False,
        note="five rockets fired 'مساء الأحد' from a truck in Zummar (Iraq) at Rumeilan (Syria): coded at the target in Syria; 'لم يسفر عن إصابات ... أو أضرار' -> injuries 0; no claim"),
    inc("zummar", ERV, AIR, "2024-04-21", [US], [None, IAM], ["aircraft"], None, None, Q,
        note="US fighter's 'ضربة دفاعية' destroyed the launch vehicle in Zummar, Iraq: separate incident in another country; no casualty information -> null"),
    bg("qaim", ERV, AIR, "2024-02-02", [US], [PMF, KH, IAM], gp=2, note="background: 2 February strikes"),
    bg("mashtal", ERV, AIR, "2024-02-07", [US], [KH], ["drone"], gp=2, note="background: al-Saadi killed 7 February"),
], [
    tal("strikes", 85, {}, ["IQ", "SY"], "2024-02-02", "2024-02-02", None, optional=True, note="'85 هدفاً في سبعة مواقع' = targets"),
], "'أول هجوم معلن منذ مطلع فبراير' is not a tally; troop numbers are not tallies")

# ---------------------------------------------------------------- tr-020
art("tr-020", "2024-05-22", [
    inc("jordan", BAT, CLASH, "2024-05-22", JAF, Q, Q, 2, 1, False, gp=3,
        note="'فجر اليوم الأربعاء' on the northern border, no place named -> country level; two smugglers killed, one border guard injured"),
    inc("jordan", SD, DWU, "2024-05-21", JAF, [None], ["drone"], Q, 0, False, gp=3, optional=True,
        note="drone carrying drugs shot down 'مساء أمس': intercepted, but not clearly a weapon -> optional"),
    bg("jordan", BAT, CLASH, "2023-12-15", JAF, Q, fat=1, tp=3, gp=3, note="background: December clashes"),
], [
    tal("killed", 32, {}, ["JO"], "2024-01-01", "2024-05-22", "Jordanian Armed Forces"),
], "'140 محاولة تهريب' (attempts) and '120 ألف حبة' are not tallies")

# ---------------------------------------------------------------- tr-021
art("tr-021", "2023-09-12", [
    inc("sidakan", ERV, SHELL, "2023-09-12", [IRGC], [CIV, None], ["artillery"], 0, 0, False, gp=2,
        note="passive 'قصف مدفعي من قبل الحرس الثوري'; 'لم يسفر عن خسائر بشرية' -> 0/0"),
    inc("koya", ERV, AIR, "2023-09-11", [IRGC, None], KDPI, ["drone"], 1, 2, False, gp=2,
        note="'مساء أمس الإثنين'; 'المسيرة الإيرانية', KDPI accuses the IRGC, no comment -> IRGC or null"),
    bg("koya", ERV, Q, "2022-09-28", [IRGC], KDPI, ["missile", "drone"], fat=17, claimed=True, gp=2,
       note="background: 28 September 2022 missile and drone strikes"),
], [], "published_at missing from the metadata; the body gives Tuesday 12 September 2023. Bagheri's 19 September deadline is a threat")

# ---------------------------------------------------------------- tr-022
art("tr-022", "2025-03-16", [
    inc("sanaa", ERV, AIR, "2025-03-15", [US], HOUTHI + [CIV], ["aircraft"], 13, None, Q, gp=2,
        note="'مساء السبت'; 13 of the 31 killed were in al-Jiraf; injuries not split -> null"),
    inc("saada", ERV, AIR, "2025-03-15", [US], HOUTHI + [CIV], ["aircraft"], None, None, Q, gp=2,
        note="'سقوط قتلى وجرحى ... دون أن تحدد عددهم' -> null (do not subtract 13 from 31)"),
    bg("israel", SD, DWU, "2025-03-16", [IDF], HOUTHI, ["missile"], gp=3, note="missile from Yemen intercepted, location not given"),
], [
    tal("killed", 31, {}, ["YE"], "2025-03-15", "2025-03-16", "Houthi health ministry"),
    tal("injured", 101, {}, ["YE"], "2025-03-15", "2025-03-16", "Houthi health ministry"),
    tal("attacks", 100, {}, ["YE"], "2023-11-01", "2025-01-19", None, optional=True,
        note="'أكثر من 100 هجوم على سفن تجارية' unattributed"),
], "the Houthi claim against the USS Harry Truman (at sea, unconfirmed) is not coded; '18 صاروخا' is not a tally; 'مئات الغارات' since January 2024 is vague")

# ---------------------------------------------------------------- tr-023
art("tr-023", "2023-12-12", [
    inc("branit", ERV, SHELL, "2023-12-12", [HEZ], [IDF], ["missile"], None, None, True,
        note="'المقاومة الإسلامية في لبنان' is Hezbollah, not the Islamic Resistance in Iraq; guided missile -> Shelling/artillery/missile attack; 'إصابات مؤكدة' has no number -> null; target is inside Israel"),
    inc("aita", ERV, SHELL, "2023-12-12", [IDF], [CIV, None], ["artillery"], Q, 0, False, gp=2,
        note="'ظهر اليوم'; 'من دون أن يبلغ عن إصابات' -> injuries 0"),
    inc("bint_jbeil", ERV, AIR, "2023-12-11", [IDF], [HEZ], ["drone"], 2, None, False, gp=2,
        note="'مساء أمس الاثنين'; two Hezbollah fighters"),
    bg("israel", ERV, SHELL, "2023-12-12", [HEZ, None], [IDF], gp=3, note="Israeli army claim of shells fired at the Upper Galilee, partly intercepted, unlocated"),
], [
    tal("killed", 100, {}, ["LB"], "2023-10-08", "2023-12-12", "Hezbollah", note="from Hezbollah's obituary statements"),
], "'60 ألف مستوطن' displaced is not a tally; Gallant's and Safieddine's threats are statements")

# ---------------------------------------------------------------- tr-024
art("tr-024", "2024-06-22", [
    inc("afes", ERV, SHELL, "2024-06-22", [SGF], [CIV], ["rocket", "artillery"], 3, None, False,
        note="'فجر اليوم السبت'; Grad rockets and artillery"),
    inc("haddada", BAT, CLASH, "2024-06-22", FATH, [SGF], Q, 4, None, True, tp=2, gp=2,
        note="'ليلة الجمعة على السبت' -> precision 2; 'عملية انغماسية'; claim 5 killed vs pro-government sources 4 -> 4; light arms and hand grenades -> weapons '?'"),
    inc("sarmin", ERV, AIR, "2024-06-21", [SGF], [CIV], ["drone"], None, 2, False, gp=2,
        note="'أمس الجمعة'; 'مسيّرة انتحارية من نوع درون FPV'; two civilians injured, deaths not mentioned -> null"),
], [
    tal("attacks", 74, {}, ["SY"], "2024-01-01", "2024-06-22", "Syria Response Coordinators"),
], "population figures (5 million, 2 million) are not tallies")

# ---------------------------------------------------------------- tr-025
art("tr-025", "2025-05-06", [], [
    tal("strikes", 730, {}, ["SY"], "2024-12-08", "2025-05-06", "SOHR", note="'أكثر من 730 غارة جوية'"),
], "negative: condemnation of 'الانتهاكات الإسرائيلية المتكررة' with no specific strike; phone calls; '25 كيلومتراً', '1.3 مليون لاجئ', '50 ألفاً' are not tallies")

# ---------------------------------------------------------------- tr-026
art("tr-026", "2023-06-20", [
    inc("qarachogh", BAT, CLASH, "2023-06-19", [IS], [KSF], ["small_arms"], 2, 1, False, gp=2,
        note="'ليلة أمس الإثنين' around 23:00; light/medium arms and snipers, two-hour exchange -> Armed clash"),
    inc("qarachogh", ERV, AIR, "2023-06-20", [COAL, US], [IS], ["aircraft"], None, None, Q, gp=2,
        note="'فجر اليوم الثلاثاء' coalition air strikes; 'مقتل عدد من الإرهابيين' -> null"),
    bg("qarachogh", BAT, CLASH, "2023-03-15", [IS], [KSF], inj=3, tp=3, gp=2, note="background: March attack"),
], [
    tal("killed", 23, {}, ["IQ"], "2021-01-01", "2023-06-20", "Peshmerga ministry"),
], "'1000-1500' fighters is not a tally")

# ---------------------------------------------------------------- tr-027
art("tr-027", "2023-07-10", [
    inc("aleppo_prov", ERV, AIR, "2023-07-07", [US], [IS], ["drone"], 1, None, Q, gp=3,
        note="'مساء الجمعة الماضي'; MQ-9 Reapers; exact site not disclosed -> province level; 'لا مؤشرات على سقوط ضحايا مدنيين' is not a total of 0; Russian harassment is not an incident"),
    inc("sur", SD, ARR, "2023-07-09", [SDF, COAL], [IS], [], Q, 0, False,
        note="'فجر الأحد' helicopter-supported raid; passive 'اعتُقل ... من قبل القوة المهاجمة'; 'دون وقوع إصابات'"),
    inc("shuhayl", BAT, CLASH, "2023-07-09", [None, IS], [SDF], ["small_arms"], 2, 1, False,
        note="'مساء اليوم ذاته'; 'مسلحون مجهولون' believed to be ISIS, no claim"),
    bg("syria", BAT, Q, "2023-04-15", [US], [IS], fat=1, tp=3, gp=3, note="background: April helicopter raid in northern Syria"),
], [
    tal("killed", 22, {}, ["IQ", "SY"], "2023-01-01", "2023-06-30", "CENTCOM"),
    tal("attacks", 149, {}, ["IQ", "SY"], "2023-01-01", "2023-06-30", "CENTCOM", optional=True,
        note="'149 عملية' (operations): unit unclear, accepted as attacks or strikes"),
    tal("strikes", 149, {}, ["IQ", "SY"], "2023-01-01", "2023-06-30", "CENTCOM", optional=True, note="see attacks"),
], "'153' arrested and '11 مرة' protocol violations are not tallies")

# ---------------------------------------------------------------- tr-028
art("tr-028", "2023-07-06", [
    inc("karrada", VAC, ABD, "2023-03-15", [KH, None], [CIV], Q, None, None, False, tp=3,
        note="abduction 'في آذار الماضي' in Karrada revealed now -> month precision; 'على يد كتائب حزب الله' per Israel, KH does not comment -> KH or null"),
], [], "teasers not coded; government statements are not incidents")

# ---------------------------------------------------------------- tr-029
art("tr-029", "2025-02-03", [
    inc("manbij_road", ERV, IED, "2025-02-03", [None, SDF, "ypg", "peoples-protection-units"], [CIV], ["ied"], 20, 15, False, gp=2,
        note="'سيارة مفخخة'; running toll 15 -> 20 (the update is kept); no claim, local administration accuses the YPG/SDF (denied) -> null or SDF"),
    bg("manbij", ERV, IED, "2025-02-01", [None], [CIV], ["ied"], fat=5, inj=10, note="background: 'السبت الماضي' car bomb"),
], [
    tal("attacks", 7, {}, ["SY"], "2024-12-01", "2025-02-03", "Syrian Civil Defence",
        note="'التفجير السابع ... بحسب الدفاع المدني' attributed -> required"),
], "condemnations are statements")

# ---------------------------------------------------------------- tr-030
art("tr-030", "2024-03-05", [
    bg("ain_asad", ERV, AIR, "2023-10-18", [IAM, IRI, None], [US, COAL], ["drone"], note="timeline"),
    bg("tanf", ERV, AIR, "2023-10-18", [IAM, IRI, None], [US, COAL], ["drone"], note="timeline"),
    bg("ain_asad", ERV, SHELL, "2023-11-21", [IAM, IRI, None], [US, COAL], ["missile"], note="timeline"),
    bg("jurf", ERV, AIR, "2023-11-22", [US], [KH], fat=8, tp=2, note="timeline: 'تبعته ضربات'"),
    bg("harir", ERV, AIR, "2023-12-25", [IAM, IRI, KH, None], [US, COAL], ["drone"], inj=3, note="timeline"),
    bg("babil", ERV, AIR, "2023-12-25", [US], [KH], gp=3, note="timeline"),
    bg("palestine_st", ERV, AIR, "2024-01-04", [US], ["harakat-al-nujaba", PMF], note="timeline"),
    bg("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], fat=3, inj=40, note="timeline"),
    bg("mashtal", ERV, AIR, "2024-02-07", [US], [KH], ["drone"], gp=2, note="timeline"),
], [
    tal("attacks", Q, {"IQ": 70, "SY": 96}, ["IQ", "SY"], "2023-10-17", "2024-02-04", "Pentagon",
        note="breakdown only, no total stated (166 or null both fine); Tower 22 mentioned separately"),
    tal("strikes", 85, {}, ["IQ", "SY"], "2024-02-02", "2024-02-02", None, optional=True, note="timeline: 85 targets"),
], "negative: announcement of a 'second phase' (threat), Pentagon negation 'لم تسجل أي هجمات منذ الرابع من فبراير', Nujaba/KSS/AAH statements; all incidents are in a dated timeline -> optional")

# ---------------------------------------------------------------- tr-031
art("tr-031", "2024-11-19", [
    inc("kirkuk", SD, ARR, "2024-11-18", CTS, [IS], [], Q, Q, False,
        note="announced Tuesday, raid 'أمس الإثنين' in al-Wasiti; 'دون اشتباكات' -> casualties '?'"),
    inc("radwaniyah", SD, DWU, "2024-11-18", [ISF, "iraqi-federal-police"], [None, IAM], ["rocket"], Q, Q, False, gp=2, optional=True,
        note="launcher with three Katyushas found and dismantled before firing: GUIDE's DWU covers interceptions, ACLED also counts defusals -> optional"),
], [], "teasers (Hawija arrest, Nukhaib IED) not coded; 'عشرات الهجمات' and 'عشرات المطلوبين' are vague and unattributed")

# ---------------------------------------------------------------- tr-032
art("tr-032", "2023-11-22", [
    inc("ain_asad", ERV, SHELL, "2023-11-21", [IRI], [US, COAL], ["missile"], None, 8, True,
        note="'مساء الثلاثاء'; short-range ballistic missile -> Shelling/artillery/missile attack; 'تبنت المقاومة الإسلامية في العراق'; Pentagon: 8 injured"),
    inc("abu_ghraib", ERV, AIR, "2023-11-21", [US], [IRI, IAM, None], ["aircraft"], None, None, Q, gp=2,
        note="AC-130 gunship struck the launch vehicle near Abu Ghraib right after the attack; 'عدد من المسلحين' -> null"),
    inc("jurf", ERV, AIR, "2023-11-22", [US], [KH], Q, 8, None, Q,
        note="'فجر اليوم الأربعاء'; two facilities in one area -> one incident; 8 killed per Iraqi sources and KH"),
    bg("albukamal", ERV, AIR, "2023-10-26", [US], [IRGC, IAM], ["aircraft"], gp=2, note="background"),
    bg("huwayqa", ERV, AIR, "2023-11-08", [US], [IRGC, IAM], ["aircraft"], gp=2, note="background"),
    bg("albukamal", ERV, AIR, "2023-11-12", [US], [IRGC, IAM], ["aircraft"], gp=2, note="background"),
    bg("mayadin", ERV, AIR, "2023-11-12", [US], [IRGC, IAM], ["aircraft"], note="background"),
], [
    tal("attacks", 66, {"IQ": 32, "SY": 34}, ["IQ", "SY"], "2023-10-17", "2023-11-22", "Pentagon"),
], "Iraqi government condemnation and KH threat are statements")

# ---------------------------------------------------------------- tr-033
art("tr-033", "2024-02-19", [
    inc("salamiyah_badia", VAC, ABD, "2024-02-18", [IS], [CIV], Q, None, None, False, gp=2,
        note="'يوم الأحد'; 15 truffle hunters abducted (not casualties); no claim but sources name ISIS"),
    inc("maadan", VAC, ATT, "2024-02-17", [None, IS], [CIV], ["small_arms"], 3, None, False, tp=2, gp=2,
        note="bodies found 'قبل يومين', killed 'قبل أيام' -> precision 2; shot dead"),
    bg("hama_badia", VAC, ATT, "2023-02-15", [IS], [CIV], fat=50, tp=3, gp=2, note="background: February 2023 attack, 'أكثر من 50'"),
], [], "clumsy translated style; the ongoing Russian air campaign is generic (no day) and not coded")

# ---------------------------------------------------------------- tr-034
art("tr-034", "2023-10-06", [
    inc("hasakah", SD, DWU, "2023-10-05", [US], [TAF, None], ["drone"], None, None, False, gp=2,
        note="'أمس الخميس'; US F-16 shot down an armed drone; US says Turkish, Turkey denies -> TAF or null; no other damage"),
    inc("amuda", ERV, AIR, "2023-10-05", [TAF], [SDF, "asayish", "internal-security-forces", KSF], ["drone"], 2, None, False,
        note="Asayish of the Autonomous Administration (SDF-affiliated); the GUIDE maps 'أسايش' to kurdistan-security-forces (Iraqi Kurdistan), so that id is accepted too"),
    bg("qamishli", ERV, AIR, "2023-10-05", [TAF], Q, gp=2, note="area listed among 'عشرات الضربات'"),
    bg("malikiyah", ERV, AIR, "2023-10-05", [TAF], Q, gp=2, note="area listed among 'عشرات الضربات'"),
    bg("darbasiyah", ERV, AIR, "2023-10-05", [TAF], Q, gp=2, note="area listed among 'عشرات الضربات'"),
    bg("ankara", ERV, "Suicide bomb", "2023-10-01", PKK, ["turkish-police", "turkish-security-forces"], ["suicide"], inj=2, note="background: Ankara bombing"),
], [
    tal("killed", 11, {}, ["SY"], "2023-10-05", "2023-10-06", "SDF", note="11 civilians since Thursday"),
    tal("killed", 58, {}, ["SY", "IQ"], Q, Q, "Turkish Ministry of Defense", optional=True, note="'حيدت 58' = neutralised"),
    tal("strikes", 30, {}, ["SY", "IQ"], Q, Q, "Turkish Ministry of Defense", optional=True, note="'30 هدفاً' = targets"),
], "Fidan's 'legitimate targets' is a threat; '900 جندي' is not a tally")

# ---------------------------------------------------------------- tr-035
art("tr-035", "2024-08-18", [
    bg("kalsu", ERV, Q, "2024-04-15", Q, [PMF], fat=1, inj=8, tp=3, note="background: April Kalsu explosion"),
], [], "negative: Hijri+Gregorian dateline; the explosion was a controlled detonation of ordnance; the depot fire is attributed to heat ('لا صحة لما يشاع عن استهداف'); the 2019 al-Saqr explosion is generic background")

# ---------------------------------------------------------------- tr-036
art("tr-036", "2025-04-15", [
    inc("jordan", SD, ARR, Q, GID, Q, [], None, None, False, tp=3, gp=3,
        note="arrests made 'خلال الأشهر الماضية' and announced today -> date '?'; Amman and Zarqa named for facilities, not the arrests -> country level; '16 متورطاً' is the size of one arrest operation, not a tally"),
], [], "ban of the Muslim Brotherhood and televised confessions are not incidents")

# ---------------------------------------------------------------- tr-037
art("tr-037", "2023-09-02", [
    inc("dhiban", BAT, CLASH, "2023-09-01", TRIBES, [SDF], ["small_arms"], 9, None, False,
        note="'أمس الجمعة' until dawn; tribal fighters attacked SDF positions; SOHR 9 (6+3) vs tribal sources 14 SDF -> 9"),
    inc("busayrah", ERV, SHELL, "2023-09-01", [SDF], [CIV], ["mortar"], 2, 5, False,
        note="'في وقت متأخر من مساء أمس'; mortar rounds by the SDF"),
    bg("deirezzor_prov", SD, ARR, "2023-08-27", [SDF], ["deir-ez-zor-military-council"], [], gp=3, tp=2,
       note="background: arrest of Abu Khawla"),
], [
    tal("killed", 96, {}, ["SY"], "2023-08-27", "2023-09-02", "SOHR", note="25 SDF + 54 tribal fighters + 17 civilians"),
], "statements by the SDF, al-Hafl and the US embassy are not incidents")

# ---------------------------------------------------------------- tr-038
IR_T = IRAN_ARMY + [None]
art("tr-038", "2024-10-27", [
    inc("ir_tehran", ERV, AIR, "2024-10-26", [IDF], IR_T, Q, Q, None, False, gp=3,
        note="'فجر السبت'; three provinces named -> three incidents at province level; deaths not split by province -> '?'; 'long-range missiles from aircraft' -> weapons '?'"),
    inc("ir_khuzestan", ERV, AIR, "2024-10-26", [IDF], IR_T, Q, Q, None, False, gp=3, note="see Tehran"),
    inc("ir_ilam", ERV, AIR, "2024-10-26", [IDF], IR_T, Q, Q, None, False, gp=3, note="see Tehran"),
    bg("israel", ERV, Q, "2024-10-01", [IRGC, "iranian-armed-forces"], [IDF], ["missile"], gp=3, note="background: 1 October Iranian missile attack"),
    bg("beirut_dahiyeh", ERV, AIR, Q, [IDF], [HEZ], tp=3, note="background: Nasrallah killed"),
], [
    tal("killed", 4, {}, ["IR"], "2024-10-26", "2024-10-26", "Iranian army"),
    tal("killed", 5, {}, ["IR"], "2024-10-26", "2024-10-27", "Iranian authorities", optional=True,
        note="updated total including one civilian"),
], "Iraqi protest note over airspace and the IRI threat are statements; '100 كيلومتر' and '200 صاروخ باليستي' are not tallies")

# ---------------------------------------------------------------- tr-039
art("tr-039", "2024-12-09", [
    inc("syria", ERV, AIR, "2024-12-08", [US], [IS], ["aircraft"], None, None, Q, gp=3,
        note="'أمس الأحد'; B-52, F-15, A-10; 'وسط سوريا' / the desert between Homs and Deir ez-Zor -> country level; 'لا توجد مؤشرات على سقوط ضحايا مدنيين' is not 0"),
    bg("quneitra", SD, NVT, "2024-12-08", [IDF], None, [], gp=2, note="Israeli deployment in the Golan buffer zone"),
    bg("damascus", SD, NVT, "2024-12-08", HTS, [SGF], [], gp=2, note="opposition takes Damascus"),
], [
    tal("strikes", 75, {}, ["SY"], "2024-12-08", "2024-12-08", "CENTCOM", optional=True, note="'أكثر من 75 هدفاً' = targets"),
], "'2500 مقاتل' and '900 جندي' are not tallies")

# ---------------------------------------------------------------- tr-040
art("tr-040", "2025-06-23", [
    inc("dweila", ERV, "Suicide bomb", "2025-06-22", [IS] + SAS, [CIV], ["small_arms", "suicide"], 25, 63, True,
        note="'مساء أمس الأحد'; gunman opened fire then detonated a suicide belt; interior ministry blames ISIS, Saraya Ansar al-Sunna claimed it -> either; running toll 22 -> 25"),
    inc("rif_dimashq", Q, Q, "2025-06-23", NEW_SY, [IS, None] + SAS, Q, 2, None, False, tp=2, gp=3,
        note="raids announced today, 'دون أن تحدد مكان العملية' -> province level; arrests plus two killed in a clash: Arrests or Armed clash -> event type '?'"),
    bg("rif_dimashq", SD, ARR, "2025-05-15", NEW_SY, [IS], [], tp=3, gp=3,
       note="background: foiled bombing at Sayyida Zainab in May; coded at province level like the required raid so that, on a tie, the required one (earlier in the list) is paired first"),
], [], "condemnations are statements")

gold.write(ROOT)
