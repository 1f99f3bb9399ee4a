#!/usr/bin/env python3
"""Build /work/main/tests/holdout3/expected.jsonl (gold) for the h3 hold-out set.

Gold conventions (see /work/shared/corpus/GUIDE.md and dev/gold.jsonl):
  "?"            field not scored (text ambiguous)
  list actor     any of the listed ids is accepted (null = nobody named)
  optional:true  finding it is neither rewarded nor penalised
Coordinates marked (~) in the README are approximate (within about 10 km).
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
    "victory": ("IQ", "Baghdad", "Victory Base Complex, Baghdad Airport", 33.2625, 44.2346),
    "us_embassy": ("IQ", "Baghdad", "US Embassy, Baghdad", 33.2984, 44.3958),
    "jadriya": ("IQ", "Baghdad", "Al-Jadriya, Baghdad", 33.28, 44.38),
    "baghdad": ("IQ", "Baghdad", "Baghdad", 33.3152, 44.3661),
    "mashtal": ("IQ", "Baghdad", "Al-Mashtal, eastern Baghdad", 33.31, 44.47),
    "palestine_st": ("IQ", "Baghdad", "Palestine Street, Baghdad", 33.34, 44.44),
    "tarmiyah": ("IQ", "Baghdad", "Al-Bu Saeed, Tarmiyah", 33.68, 44.38),
    "taji": ("IQ", "Baghdad", "Camp Taji", 33.53, 44.25),
    "ain_asad": ("IQ", "Al-Anbar", "Ain al-Asad Air Base", 33.7856, 42.4414),
    "qaim": ("IQ", "Al-Anbar", "Al-Qaim", 34.37, 41.08),
    "akashat": ("IQ", "Al-Anbar", "Akashat", 33.72, 40.58),
    "balad": ("IQ", "Salah al-Din", "Balad Air Base", 33.94, 44.36),
    "hamrin_tuz": ("IQ", "Salah al-Din", "Hamrin mountains east of Tuz Khurmatu", 34.85, 44.75),
    "hamrin": ("IQ", "Diyala", "Hamrin mountains", 34.45, 44.52),
    "zghaytun": ("IQ", "Kirkuk", "Wadi Zghaytun, southwest of Kirkuk", 35.18, 43.92),
    "imam_ali": ("IQ", "Dhi Qar", "Imam Ali Air Base, Nasiriyah", 30.9358, 46.0901),
    "hilla": ("IQ", "Babil", "PMF 47th Brigade HQ near Hilla", 32.48, 44.42),
    "jurf": ("IQ", "Babil", "Jurf al-Nasr (Jurf al-Sakhar)", 32.88, 44.14),
    "kalsu": ("IQ", "Babil", "Kalsu base, Iskandariya", 32.88, 44.35),
    "harir": ("IQ", "Erbil", "Harir Air Base", 36.533, 44.35),
    "khurmala": ("IQ", "Erbil", "Khurmala oil field", 36.02, 43.83),
    "sidakan": ("IQ", "Erbil", "border villages of Sidakan, Soran", 36.80, 44.67),
    "qandil": ("IQ", "Erbil", "Qandil mountains", 36.38, 45.10),
    "arbat": ("IQ", "Sulaymaniyah", "Arbat airstrip", 35.42, 45.58),
    "sul_airport": ("IQ", "Sulaymaniyah", "Sulaymaniyah International Airport", 35.56, 45.31),
    "tawke": ("IQ", "Duhok", "Tawke oil field, Zakho", 37.06, 42.80),
    "peshkhabour": ("IQ", "Duhok", "Peshkhabour oil field", 37.06, 42.43),
    "sarsang": ("IQ", "Duhok", "Sarsang oil field, Amadiya", 37.05, 43.35),
    "makhmour": ("IQ", "Ninewa", "Makhmour refugee camp", 35.78, 43.58),
    "sinjar": ("IQ", "Ninewa", "Sinjar district", 36.32, 41.87),
    "iraq": ("IQ", None, "Iraq", 33.2, 43.7),
    # Syria
    "damascus_airport": ("SY", "Rif Dimashq", "Damascus International Airport", 33.411, 36.5156),
    "aleppo_airport": ("SY", "Aleppo", "Aleppo International Airport", 36.1807, 37.2244),
    "consulate": ("SY", "Damascus", "Iranian consulate, Mezzeh, Damascus", 33.503, 36.252),
    "mezzeh_bldg": ("SY", "Damascus", "Mezzeh, Damascus", 33.50, 36.25),
    "mezzeh_airbase": ("SY", "Rif Dimashq", "Mezzeh military airport", 33.477, 36.223),
    "palace": ("SY", "Damascus", "vicinity of the People's Palace, Damascus", 33.505, 36.24),
    "dweila": ("SY", "Damascus", "Mar Elias church, Dweila, Damascus", 33.496, 36.33),
    "harasta": ("SY", "Rif Dimashq", "Harasta", 33.558, 36.365),
    "sahnaya": ("SY", "Rif Dimashq", "Ashrafiyat Sahnaya", 33.45, 36.21),
    "sayyida_zainab": ("SY", "Rif Dimashq", "Sayyida Zainab", 33.444, 36.337),
    "jdeidet_yabous": ("SY", "Rif Dimashq", "Beirut-Damascus road near the Lebanese border", 33.63, 36.13),
    "qusayr": ("SY", "Homs", "Qusayr - Lebanese border road", 34.51, 36.55),
    "sukhnah": ("SY", "Homs", "near al-Sukhnah", 34.89, 38.87),
    "palmyra": ("SY", "Homs", "near Palmyra", 34.556, 38.267),
    "homs_badia": ("SY", "Homs", "Homs desert", 34.6, 38.0),
    "uqayribat": ("SY", "Hama", "near Uqayribat, east of Salamiyah", 35.15, 37.45),
    "masyaf": ("SY", "Hama", "Masyaf", 35.065, 36.342),
    "shaab": ("SY", "As-Suwayda", "Al-Shaab, eastern Suwayda countryside", 32.45, 36.98),
    "kh_ghazaleh": ("SY", "Dar'a", "Khirbet Ghazaleh", 32.735, 36.20),
    "kuwaya": ("SY", "Dar'a", "Kuwaya, western Daraa countryside", 32.74, 35.89),
    "amuda": ("SY", "Al-Hasakah", "Amuda", 37.104, 40.93),
    "odeh": ("SY", "Al-Hasakah", "Odeh oil station, south of al-Qahtaniyah", 37.00, 41.52),
    "hasakah": ("SY", "Al-Hasakah", "near Al-Hasakah", 36.50, 40.75),
    "qamishli_hasakah_road": ("SY", "Al-Hasakah", "Qamishli-Hasakah road", 36.78, 40.95),
    "jawadiyah": ("SY", "Al-Hasakah", "Al-Jawadiyah, al-Malikiyah countryside", 37.00, 41.96),
    "kobani": ("SY", "Aleppo", "Kobani (Ain al-Arab)", 36.89, 38.35),
    "tishrin": ("SY", "Aleppo", "Tishrin Dam", 36.383, 38.183),
    "omar": ("SY", "Deir ez-Zor", "Al-Omar oil field", 35.02, 40.58),
    "mayadin_desert": ("SY", "Deir ez-Zor", "Mayadin desert, southwest of al-Mayadin", 34.95, 40.30),
    "sabha": ("SY", "Deir ez-Zor", "Al-Sabha", 35.10, 40.45),
    "shuhayl": ("SY", "Deir ez-Zor", "Al-Shuhayl", 35.08, 40.52),
    "kasrah": ("SY", "Deir ez-Zor", "Al-Kasrah", 35.35, 39.95),
    "diban": ("SY", "Deir ez-Zor", "Diban", 35.02, 40.50),
    "deirezzor": ("SY", "Deir ez-Zor", "Deir ez-Zor province", 35.3, 40.3),
    "syria": ("SY", None, "Syria", 35.0, 38.5),
    "central_syria": ("SY", None, "central Syria (Badia)", 34.6, 38.5),
    # elsewhere
    "jordan": ("JO", None, "Jordan", 31.3, 36.5),
    "tower22": ("JO", "Mafraq", "Tower 22", 33.32, 38.69),
    "israel": ("IL", None, "Israel", 31.5, 34.9),
    "udeid": ("QA", "Al Rayyan", "Al-Udeid Air Base", 25.117, 51.315),
    "fordow": ("IR", "Qom", "Fordow", 34.88, 50.99),
    "natanz": ("IR", "Isfahan", "Natanz", 33.72, 51.73),
    "isfahan": ("IR", "Isfahan", "Isfahan", 32.65, 51.67),
    "tusas": ("TR", "Ankara", "TUSAS headquarters, Kahramankazan", 40.19, 32.68),
    "ankara": ("TR", "Ankara", "Interior Ministry, Ankara", 39.92, 32.85),
}

SAF = "syrian-government-forces"
# slugs not in the GUIDE's list: several spellings accepted
JAF = ["jordanian-armed-forces", "jordan-armed-forces"]
PKK = ["kurdistan-workers-party", "pkk"]
YBS = ["sinjar-resistance-units", "ybs", "yazidi-sinjar-resistance-units"]
SNA = ["syrian-national-army", "sna", "turkish-backed-factions"]
ASAYISH = ["asayish", "internal-security-forces", "internal-security-forces-nes", KSF, SDF]
IRAN = ["irgc", "iran", "iranian-armed-forces", "iran-armed-forces"]
CTG = [KSF, "sulaymaniyah-counter-terrorism-group", "counter-terrorism-group", "kurdistan-counter-terrorism-group"]
SY_MOI = [SAF, "syrian-general-security", "syrian-internal-security-forces", "syrian-interior-ministry",
          "syrian-ministry-of-interior", "syrian-internal-security"]


gold = Gold(P)
inc, bg, tal, art = gold.inc, gold.bg, gold.tal, gold.art


# ---------------------------------------------------------------- h3-001
art("h3-001", "2023-10-21", [
    inc("victory", ERV, SHELL, "2023-10-21", [None, IAM], [US, COAL], ["rocket"], 0, 0, False,
        note="'فجر اليوم السبت'; three Katyusha inside the perimeter; 'لم يسفر عن خسائر بشرية' -> 0/0; the launcher with a fourth rocket found in Radwaniyah is part of the same incident; nobody claimed"),
    inc("ain_asad", SD, DWU, "2023-10-20", [US, COAL, None], [IRI], ["drone"], Q, Q, True,
        note="'مساء أمس الجمعة'; drone shot down 2 km from the fence 'دون تسجيل أي أضرار' (damage, not casualties); claimed by the IRI, which gives no result; interceptor (the base's air defence) is actor1"),
    inc("ain_asad", ERV, AIR, "2023-10-18", [IRI], [US, COAL], ["drone"], None, None, True, optional=True,
        note="background: 'يوم الأربعاء الماضي', two drones, 'إصابات طفيفة لعدد من جنودها' -> injuries null"),
], [], "the ISIS attack in Kirkuk is in the 'مواضيع ذات صلة' block; troop numbers are not tallies")

# ---------------------------------------------------------------- h3-002
art("h3-002", "2023-12-17", [
    inc("tarmiyah", ERV, IED, "2023-12-17", [IS, None], ISF, ["ied"], 3, 3, False,
        note="'ظهر اليوم'; roadside IED on an army Humvee; officer and two soldiers killed, three wounded; unclaimed, the source only suspects ISIS cells -> islamic-state or null"),
    inc("tarmiyah", SD, ARR, "2023-12-17", ISF, [IS, None], [], None, None, False,
        note="four suspects arrested hours later 'في قرية مجاورة' -> same place, same day"),
    inc("tarmiyah", ERV, Q, "2023-10-15", Q, PMF, Q, 2, None, False, tp=3, optional=True,
        note="background: two PMF members killed in Tarmiyah 'في تشرين الأول الماضي'"),
], [], "Security Media Cell statement and condolences are not incidents; the Diwaniyah IED is in the 'اقرأ أيضاً' block")

# ---------------------------------------------------------------- h3-003
art("h3-003", "2024-05-12", [
    inc("tower22", ERV, AIR, "2024-01-28", [IAM, None], [US], ["drone"], 3, None, Q, optional=True,
        note="background: drone attack in Jordan near the Syrian border, 28 January, three US soldiers killed"),
], [
    tal("attacks", 170, {}, ["IQ", "SY", "JO"], Q, Q, "Pentagon",
        note="'أكثر من 170 هجوماً ... بين منتصف أكتوبر 2023 وأوائل فبراير 2024'"),
], "negative: the Harir 'attack' is denied by the Pentagon (controlled detonation of old ordnance) and the video was old; nobody claimed it -> not coded. Kor Mor and the ISIS strike are in the 'مواضيع ذات صلة' block")

# ---------------------------------------------------------------- h3-004
art("h3-004", "2023-09-19", [
    inc("arbat", ERV, AIR, "2023-09-18", [TAF, None], CTG, ["drone"], 3, 3, Q,
        note="'ظهر أمس الاثنين (18 أيلول 2023)'; the Sulaymaniyah CTG blames 'a Turkish drone', Ankara silent -> TAF or null; victims are CTG members"),
    inc("sidakan", ERV, SHELL, "2023-09-18", IRAN, [CIV, None], ["artillery"], 0, 0, False, gp=2,
        note="'مساء أمس الاثنين'; about 20 Iranian artillery shells on border villages; 'لم يسفر عن خسائر بشرية' -> 0/0; 'المدفعية الإيرانية' is not named as IRGC -> several ids"),
    inc("sul_airport", ERV, AIR, "2023-04-07", [TAF, None], Q, ["drone"], 0, Q, Q, tp=3, gp=2, optional=True,
        note="background: April drone strike near Sulaymaniyah airport, 'دون أن يسفر عن ضحايا'"),
], [
    tal("killed", 19, {}, ["IQ"], "2023-01-01", "2023-09-19", "CPT",
        note="Community Peacemaker Teams: 19 civilians killed by Turkish operations in the Kurdistan Region since the start of the year"),
    tal("killed", 6, {}, ["IQ"], Q, Q, "Turkish Ministry of National Defense", optional=True,
        note="'تحييد ستة' = killed, captured or surrendered; no place or date"),
], "Kurdistan presidency and Iraqi foreign ministry statements, the Iranian deadline and threats are not incidents")

# ---------------------------------------------------------------- h3-005
OILA = [None, IAM, PMF]
art("h3-005", "2025-07-16", [
    inc("tawke", ERV, AIR, "2025-07-16", OILA, Q, ["drone"], Q, 0, False,
        note="'صباح اليوم الأربعاء ١٦ تموز ٢٠٢٥'; DNO: 'لم تقع إصابات بين العاملين' -> injuries 0, fatalities '?'; unclaimed, KRG blames groups inside the PMF (denied)"),
    inc("peshkhabour", ERV, AIR, "2025-07-16", OILA, Q, ["drone"], None, None, False,
        note="an hour later; hit a crude tank, fire; casualties not mentioned -> null"),
    inc("sarsang", ERV, AIR, "2025-07-15", OILA, Q, ["drone"], 0, 0, False,
        note="'مساء أمس الثلاثاء'; 'دون أن يسفر الهجوم عن أي خسائر بشرية' -> 0/0"),
    inc("khurmala", SD, DWU, "2025-07-14", [KSF, None], OILA, ["drone"], Q, Q, False, gp=2,
        note="'فجر الاثنين الماضي' (14 July); drone shot down near the field 'ولم يتسبب بأي أضرار'"),
], [
    tal("attacks", 9, {}, ["IQ"], "2025-07-06", "2025-07-16", "Kurdistan Region Ministry of Interior",
        note="'ما لا يقل عن تسعة هجمات ... خلال الأيام العشرة الأخيرة'; the since date is approximate"),
], "'٢٠٠ ألف برميل' and '١٥ مليون دولار' are not tallies; the Sulaymaniyah airport attack is in the 'اقرأ أيضاً' block")

# ---------------------------------------------------------------- h3-006
art("h3-006", "2024-03-10", [
    inc("uqayribat", VAC, "Attack", "2024-03-09", [IS, None], CIV, ["small_arms"], 11, None, False, gp=2,
        note="'أمس السبت' relative to the body date 10 March 2024; gunmen shot truffle gatherers 'قرب منطقة عقيربات'; unclaimed, SOHR attributes to ISIS; injured 'لم يُعرف عددهم' -> null"),
    inc("sukhnah", ERV, IED, "2024-03-10", [None], CIV, Q, 2, 1, False, gp=2,
        note="'صباح اليوم الأحد'; war-remnant landmine near al-Sukhnah; no perpetrator -> null; weapons '?' (landmine is not in the list; 'ied' is the nearest)"),
    inc("homs_badia", VAC, "Attack", "2023-03-15", [IS, None], CIV, Q, 50, None, False, tp=3, gp=3, optional=True,
        note="background: 'في آذار من العام الماضي ... أكثر من 50'"),
], [
    tal("killed", 97, {}, ["SY"], "2024-02-01", "2024-03-10", "SOHR",
        note="truffle-season victims since the start of February"),
], "published_at missing from the metadata; the body gives 10 آذار 2024. Price and salary figures are not tallies; 'اقرأ أيضًا' block not coded")

# ---------------------------------------------------------------- h3-007
art("h3-007", "2023-10-12", [
    inc("damascus_airport", ERV, AIR, "2023-10-12", [IDF], Q, ["aircraft"], 0, 0, Q,
        note="'حوالي الساعة 13:50 من ظهر اليوم', 'عدواناً جوياً'; runway damaged; 'دون وقوع خسائر بشرية' -> 0/0"),
    inc("aleppo_airport", ERV, AIR, "2023-10-12", [IDF], Q, ["aircraft"], 0, 0, Q,
        note="same simultaneous raid, second airport = second incident"),
    inc("damascus_airport", ERV, AIR, "2022-06-10", [IDF], Q, Q, Q, Q, Q, tp=3, optional=True,
        note="background: June 2022 strike that closed the airport for two weeks"),
], [
    tal("killed", 1400, {}, ["PS"], "2023-10-07", "2023-10-12", "Palestinian Ministry of Health", optional=True,
        note="Gaza toll as context"),
], "foreign ministry condemnation and flight diversion are not incidents")

# ---------------------------------------------------------------- h3-008
art("h3-008", "2024-07-22", [
    inc("qusayr", ERV, AIR, "2024-07-22", [IDF], ["hezbollah"], ["drone"], 2, None, Q, gp=2,
        note="'صباح اليوم'; car on the road between Qusayr and the Lebanese border; two Hezbollah members killed"),
    inc("jdeidet_yabous", ERV, AIR, "2024-07-10", [IDF], Q, ["drone"], 1, None, Q, gp=2, optional=True,
        note="background: 10 July strike on a car on the Beirut-Damascus road near the border"),
], [
    tal("strikes", 63, {}, ["SY"], "2024-01-01", "2024-07-22", "SOHR",
        note="49 air + 14 ground; the governorate split is not a country breakdown"),
    tal("killed", 196, {}, ["SY"], "2024-01-01", "2024-07-22", "SOHR", note="military personnel killed by Israeli strikes"),
    tal("killed", 14, {}, ["SY"], "2024-01-01", "2024-07-22", "SOHR", note="civilians killed by Israeli strikes"),
    tal("strikes", 134, {}, ["SY"], "2024-01-01", "2024-07-22", "SOHR", optional=True,
        note="'نحو 134 هدفاً': count of targets"),
], "SOHR calls for action are statements")

# ---------------------------------------------------------------- h3-009
art("h3-009", "2024-02-08", [
    inc("mashtal", ERV, AIR, "2024-02-07", [US], [KH], Q, 3, None, Q,
        note="'مساء أمس الأربعاء'; drone fired two missiles at a car; three killed incl. Abu Baqir al-Saadi; weapons '?' (drone firing missiles)"),
    inc("qaim", ERV, AIR, "2024-02-02", [US], [PMF, KH, IAM, "irgc"], Q, Q, None, Q, gp=2, optional=True,
        note="background: Friday 2 February strikes; the 16 dead are given for al-Qaim and Akashat together"),
    inc("akashat", ERV, AIR, "2024-02-02", [US], [PMF, KH, IAM, "irgc"], Q, Q, None, Q, gp=2, optional=True,
        note="background: same strikes"),
    inc("syria", ERV, AIR, "2024-02-02", [US], ["irgc", IAM], Q, Q, None, Q, gp=3, optional=True,
        note="background: four sites in Syria, unnamed"),
    inc("tower22", ERV, AIR, "2024-01-28", [IAM, None], [US], ["drone"], 3, None, Q, tp=3, optional=True,
        note="background: 'أواخر الشهر الماضي'"),
], [
    tal("attacks", 165, {}, ["IQ", "SY"], Q, Q, "US officials",
        note="'أكثر من 165 هجوماً ... منذ منتصف تشرين الأول الماضي، وفق إحصائيات أمريكية'"),
    tal("strikes", 85, {}, ["IQ", "SY"], "2024-02-02", "2024-02-02", "Pentagon", optional=True,
        note="'أكثر من 85 هدفاً في سبعة مواقع': count of targets"),
], "Hijri dateline 27 رجب 1445. KH/Nujaba threats, government condemnation and analysis are not incidents")

# ---------------------------------------------------------------- h3-010
art("h3-010", "2023-11-18", [
    inc("deirezzor", ERV, AIR, Q, [US], ["irgc", IAM], Q, Q, Q, Q, tp=3, gp=3, optional=True,
        note="background: 'ثلاث جولات من الضربات الجوية' in Deir ez-Zor, no dates or places"),
], [
    tal("attacks", 61, {"IQ": 29, "SY": 32}, ["IQ", "SY"], "2023-10-17", "2023-11-16", "Pentagon",
        note="Sabrina Singh 'الخميس' (16 November)"),
    tal("injured", 59, {}, ["IQ", "SY"], "2023-10-17", "2023-11-16", "Pentagon"),
    tal("attacks", 52, {}, ["IQ", "SY"], "2023-10-17", "2023-11-18", "Al-Araby Al-Jadeed",
        note="the outlet's own count of IRI-claimed operations"),
], "negative: analysis, threats and meetings; troop numbers are not tallies; 'مواضيع ذات صلة' block not coded")

# ---------------------------------------------------------------- h3-011
art("h3-011", "2024-09-09", [
    inc("masyaf", ERV, AIR, "2024-09-08", [IDF], Q, Q, 14, 43, Q,
        note="'23:20 من مساء الأحد'; several sites around Masyaf = one incident; 14 killed and 43 injured per the hospital/SANA, SOHR says 18 -> most conservative 14; weapons '?' ('عدواناً جوياً' plus 'صواريخ العدوان')"),
    inc("consulate", ERV, AIR, "2024-04-01", [IDF], ["irgc"], Q, 7, None, Q, tp=3, optional=True,
        note="background: April consulate strike"),
], [
    tal("strikes", 85, {}, ["SY"], "2024-01-01", "2024-09-09", "SOHR"),
    tal("killed", 242, {}, ["SY"], "2024-01-01", "2024-09-09", "SOHR"),
], "Hijri + Gregorian dateline; condemnations are statements; 2017/2018 strikes on the centre are too vague to code")

# ---------------------------------------------------------------- h3-012
art("h3-012", "2023-10-06", [
    inc("amuda", ERV, AIR, "2023-10-05", [TAF], ASAYISH, Q, 2, 1, Q,
        note="'أمس الخميس'; drone fired two missiles at an Asayish vehicle at the eastern entrance of Amuda; two killed, one passer-by injured; weapons '?' (drone firing missiles); the GUIDE maps أسايش to kurdistan-security-forces, so SDF-side slugs are accepted too"),
    inc("odeh", ERV, AIR, "2023-10-05", [TAF], Q, ["drone"], 0, 0, Q,
        note="Odeh oil station south of al-Qahtaniyah; 'دون أن يسفر ذلك عن خسائر بشرية' -> 0/0; coordinates approximate"),
    inc("hasakah", SD, DWU, "2023-10-05", [US], [TAF, None], ["drone"], None, None, False, gp=2,
        note="US F-16 shot down an armed drone near Hasakah; Turkey says the drone was not its own -> TAF or null; no casualties mentioned -> null"),
    inc("ankara", ERV, "Suicide bomb", "2023-10-01", PKK, Q, ["suicide"], Q, Q, True, optional=True,
        note="background: Ankara interior ministry attack 'الأحد الماضي', claimed by the PKK"),
], [
    tal("strikes", 21, {}, ["SY"], "2023-10-05", "2023-10-06", "North Press"),
    tal("killed", 11, {}, ["SY"], "2023-10-05", "2023-10-06", "SDF"),
    tal("strikes", 30, {}, ["SY"], Q, Q, "Turkish Ministry of National Defense", optional=True,
        note="'دمّرت 30 هدفاً': count of targets"),
], "Fidan's threat and AANES appeal are statements")

# ---------------------------------------------------------------- h3-013
art("h3-013", "2023-12-26", [
    inc("hilla", ERV, AIR, "2023-12-26", [US], [PMF, KH], Q, 1, 18, Q, gp=2,
        note="'فجر اليوم الثلاثاء'; 47th Brigade HQ near Hilla; one killed, 18 wounded"),
    inc("jurf", ERV, AIR, "2023-12-26", [US], [PMF, KH], Q, None, None, Q,
        note="'لم ترد معلومات بعد عن حجم الخسائر' -> null; the White House's third site is not named"),
    inc("harir", ERV, AIR, "2023-12-25", [IRI], [US, COAL], ["drone"], None, 3, True,
        note="'مساء أمس الاثنين'; claimed and confirmed by the Pentagon: three injured, one critically"),
    inc("omar", ERV, AIR, "2023-12-25", [IRI], [US, COAL], ["drone"], Q, Q, True, optional=True,
        note="IRI claim only, 'لم يصدر تعليق أميركي'"),
], [
    tal("attacks", 100, {}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon", note="'أكثر من 100 هجوم'"),
], "Mousavi assassination and Maghazi are in 'اقرأ أيضاً' blocks; PMF, government and KH statements are not incidents")

# ---------------------------------------------------------------- h3-014
art("h3-014", "2024-07-18", [
    inc("deirezzor", SD, ARR, "2024-06-15", [SDF, COAL], [IS], [], None, None, False, tp=3, gp=3, optional=True,
        note="background: SDF/coalition air-landing arrest 'الشهر الماضي'"),
    inc("hamrin", ERV, AIR, "2024-05-15", [ISF], [IS], ["aircraft"], None, None, False, tp=3, gp=2, optional=True,
        note="background: Iraqi air strikes in Hamrin in May, 'عدد من' killed -> null"),
], [
    tal("attacks", 153, {}, ["IQ", "SY"], "2024-01-01", "2024-06-30", "CENTCOM",
        note="ISIS-claimed attacks in the first half of 2024"),
    tal("killed", 44, {}, ["IQ", "SY"], "2024-01-01", "2024-06-30", "CENTCOM", note="ISIS operatives killed"),
    tal("strikes", 196, {"IQ": 137, "SY": 59}, ["IQ", "SY"], "2024-01-01", "2024-06-30", "CENTCOM", optional=True,
        note="counter-ISIS 'missions' (raids and strikes), not strictly strikes"),
    tal("attacks", 196, {"IQ": 137, "SY": 59}, ["IQ", "SY"], "2024-01-01", "2024-06-30", "CENTCOM", optional=True,
        note="same figure, if coded as attacks"),
], "negative: CENTCOM statement and analysis; 166 detained, 9,000 detainees and 40,000 in al-Hol are not tallies; the Salah al-Din attack is in the 'اقرأ أيضا' block")

# ---------------------------------------------------------------- h3-015
art("h3-015", "2025-08-27", [
    inc("taji", ERV, AIR, "2025-06-24", [None, IAM], [ISF], ["drone"], Q, Q, False, tp=3, optional=True,
        note="background: radar attacks during the June war"),
    inc("imam_ali", ERV, AIR, "2025-06-24", [None, IAM], [ISF], ["drone"], Q, Q, False, tp=3, optional=True,
        note="background"),
    inc("tower22", ERV, AIR, "2024-01-28", [IAM, None], [US], ["drone"], 3, None, Q, tp=3, optional=True,
        note="background: 'تجربة يناير 2024'"),
], [
    tal("attacks", 180, {}, ["IQ", "SY", "JO"], "2023-10-15", Q, "Pentagon", note="'نحو 180 هجوماً ... بين أكتوبر 2023 وصيف 2024'"),
    tal("attacks", 23, {}, ["IQ"], "2025-06-01", "2025-08-27", "Washington Institute",
        note="Militia Spotlight count of drone attacks on Kurdistan energy sites"),
], "negative: analysis; threats and the PMF law are not incidents; troop numbers (2000, 2500) are not tallies")

# ---------------------------------------------------------------- h3-016
art("h3-016", "2024-04-14", [
    inc("jordan", SD, DWU, "2024-04-13", JAF, IRAN + [None], Q, Q, 0, False, tp=2, gp=3,
        note="'الليلة الماضية' (night of Saturday 13 to Sunday 14 April, either day defensible -> time_precision 2 for tolerance); Jordanian air force and air defence intercepted 'أجسام طائرة'; debris in Marka and Tafilah is part of it -> country level; 'دون ... تسجيل إصابات بشرية' -> injuries 0; the objects are not explicitly said to be Iranian -> null accepted"),
    inc("israel", ERV, Q, "2024-04-13", IRAN, [IDF, None], Q, Q, 1, Q, gp=3, optional=True,
        note="Iranian drone and missile attack on Israel (Nevatim hit, a girl wounded near Arad), context for the Jordanian interception"),
    inc("consulate", ERV, AIR, "2024-04-01", [IDF], ["irgc"], Q, 7, None, Q, tp=2, optional=True,
        note="background: 'مطلع الشهر الجاري'"),
], [], "'أكثر من 300 طائرة مسيرة وصاروخ' and '99 بالمئة' are not tallies; Bagheri threat and the summoning of the ambassador are statements")

# ---------------------------------------------------------------- h3-017
art("h3-017", "2025-06-24", [
    inc("taji", ERV, AIR, "2025-06-24", [None, IAM], [ISF], ["drone"], 0, 0, False,
        note="'فجر الثلاثاء' 4:30; radar damaged; 'لم يسفر عن خسائر بشرية' -> 0/0; nobody claimed, KH denies"),
    inc("imam_ali", ERV, AIR, "2025-06-24", [None, IAM], [ISF], ["drone"], None, None, False,
        note="'لم ترد معلومات عن وقوع إصابات في ذي قار' -> null"),
    inc("balad", SD, DWU, "2025-06-24", [ISF], [None, IAM], ["drone"], None, None, False, gp=2,
        note="third drone shot down 'قبل وصولها إلى قاعدة بلد'"),
    inc("udeid", ERV, Q, "2025-06-23", ["irgc", "iran", "iranian-armed-forces"], [US], ["missile"], Q, 0, Q, optional=True,
        note="context: Iranian missile attack on al-Udeid in Qatar, 'دون وقوع إصابات'"),
    inc("fordow", ERV, AIR, "2025-06-22", [US], Q, Q, Q, Q, Q, optional=True, note="context: US strikes on Iranian nuclear sites"),
    inc("natanz", ERV, AIR, "2025-06-22", [US], Q, Q, Q, Q, Q, optional=True, note="context"),
    inc("isfahan", ERV, AIR, "2025-06-22", [US], Q, Q, Q, Q, Q, optional=True, note="context"),
], [], "ceasefire, investigation committee and embassy warnings are not incidents; 'اقرأ أيضاً' block not coded")

# ---------------------------------------------------------------- h3-018
art("h3-018", "2024-11-13", [
    inc("zghaytun", BAT, CLASH, "2024-11-12", [IS], [ISF], ["small_arms"], 3, 1, False, gp=2,
        note="'مساء أمس الثلاثاء'; half-hour firefight; two soldiers and one attacker killed -> 3; one soldier injured; coordinates approximate"),
    inc("hamrin_tuz", ERV, AIR, "2024-11-13", [ISF, "iraqi-air-force"], [IS], ["aircraft"], 4, None, Q, gp=2,
        note="'صباح اليوم الأربعاء'; Iraqi F-16 strike east of Tuz Khurmatu, four killed"),
    inc("zghaytun", BAT, Q, "2024-10-15", [IS], [ISF], Q, 4, None, False, tp=3, gp=2, optional=True,
        note="background: ambush 'الشهر الماضي', four soldiers killed"),
], [
    tal("killed", 57, {}, ["IQ"], "2024-01-01", "2024-11-13", "Security Media Cell",
        note="ISIS members killed by Iraqi operations since the start of the year"),
], "calls for more checkpoints are statements")

# ---------------------------------------------------------------- h3-019
art("h3-019", "2025-01-19", [
    inc("tishrin", ERV, AIR, "2025-01-18", [TAF, None], [CIV, SDF], ["drone"], 4, 15, False, gp=2,
        note="'أمس السبت'; convoy heading to the dam; SDF says Turkish drone and civilians, SNA sources say fighters -> both actor2 accepted; Turkey silent"),
    inc("tishrin", BAT, CLASH, "2025-01-18", SNA + [SDF], [SDF] + SNA, Q, 14, None, False, gp=2,
        note="clashes around Tishrin Dam and the Qara Qozak bridge after an SDF attack -> either side as actor1; SOHR: 9 SNA + 5 SDF = 14"),
], [
    tal("killed", 397, {}, ["SY"], "2024-12-12", "2025-01-19", "SOHR", note="Manbij/Tishrin fighting since 12 December"),
    tal("killed", 21, {}, ["SY"], "2025-01-16", "2025-01-18", "Turkish Ministry of National Defense", optional=True,
        note="'تحييد 21' = killed, captured or surrendered"),
], "Shaibani statement and negotiations are not incidents; Manbij capture on 9 December is background territory change, not coded")

# ---------------------------------------------------------------- h3-020
art("h3-020", "2024-04-02", [
    inc("consulate", ERV, AIR, "2024-04-01", [IDF], ["irgc", "iranian-diplomatic-mission", "iran"], Q, 7, None, Q,
        note="'أمس الاثنين' ~17:00; IRGC: seven killed, SOHR: 11 -> most conservative 7; weapons '?' (F-35s firing six missiles); injured unknown -> null"),
    inc("sayyida_zainab", ERV, AIR, "2023-12-25", [IDF], ["irgc"], Q, 1, None, Q, tp=3, optional=True,
        note="background: Razi Mousavi, December"),
    inc("mezzeh_bldg", ERV, AIR, "2024-01-20", [IDF], ["irgc"], Q, 5, None, Q, tp=3, optional=True,
        note="background: five advisers killed in Mezzeh in January"),
], [], "Israeli refusal to comment; reactions and the Security Council request are statements")

# ---------------------------------------------------------------- h3-021
art("h3-021", "2023-05-09", [
    inc("shaab", ERV, AIR, "2023-05-08", JAF + [None], Q, ["aircraft"], 8, None, False,
        note="'فجر أمس الاثنين' relative to the body date ٩ أيار ٢٠٢٣; warplanes; trafficker, his wife and six children -> 8; Reuters sources say Jordanian, no official comment -> Jordan or null; coordinates approximate"),
    inc("kh_ghazaleh", ERV, AIR, "2023-05-08", JAF + [None], Q, Q, None, None, False,
        note="alleged Captagon factory; 'دون ورود معلومات عن وقوع إصابات' -> null"),
], [], "published_at missing from the metadata; the body gives ٩ أيار (مايو) ٢٠٢٣ in Arabic-Indic digits. Safadi's earlier threat, the Arab League decision and the 2022 rule change are not incidents; 'إقرأ أيضاً' block not coded")

# ---------------------------------------------------------------- h3-022
art("h3-022", "2025-05-03", [
    inc("palace", ERV, AIR, "2025-05-02", [IDF], [SAF, None], Q, None, None, True, gp=2,
        note="'فجر أمس الجمعة'; claimed by Netanyahu and Katz; 'لم تُعرف على الفور حصيلة الغارة' -> null"),
    inc("harasta", ERV, AIR, "2025-05-02", [IDF], [SAF], ["aircraft"], None, 4, Q, gp=2,
        note="'في ساعة متأخرة من ليل الجمعة'; four MoD personnel injured"),
    inc("sahnaya", BAT, CLASH, "2025-04-30", SY_MOI, ["druze-gunmen", "druze-militias", "druze-armed-groups", None], Q, Q, Q, False,
        tp=2, optional=True, note="background: clashes in Jaramana/Sahnaya since Tuesday"),
    inc("sahnaya", ERV, AIR, "2025-04-30", [IDF], Q, Q, Q, Q, True, optional=True,
        note="background: Israeli strike on an 'extremist group' on Wednesday"),
    inc("kuwaya", ERV, Q, "2025-03-25", [IDF], [CIV, None], Q, 6, None, Q, tp=3, optional=True,
        note="background: March shelling of Kuwaya, six killed"),
], [
    tal("killed", 102, {}, ["SY"], "2025-04-29", "2025-05-03", "SOHR", note="sectarian violence since Tuesday"),
], "condemnations and analysis are not incidents; the IDF's generic 'قصف موقعاً عسكرياً' statement is part of the Harasta strikes; 'مئات الغارات' is vague")

# ---------------------------------------------------------------- h3-023
art("h3-023", "2023-12-20", [
    inc("baghdad", SD, ARR, "2023-12-18", [ISF], Q, [], None, None, False, tp=2, gp=3,
        note="arrests 'خلال الأيام الماضية' announced today; place not stated -> country level, dated two days before"),
    inc("jadriya", ERV, SHELL, "2023-12-20", [None, IAM], ["us-diplomatic-mission", None], ["rocket"], Q, 0, False, gp=2,
        note="'فجر اليوم'; one Katyusha in open ground near the Tigris, hundreds of metres from the embassy; 'لم يسفر عن إصابات' -> injuries 0"),
    inc("us_embassy", ERV, SHELL, "2023-12-08", [None, IAM], ["us-diplomatic-mission"], ["rocket"], Q, 0, False, optional=True,
        note="background: 8 December rocket attack, 'دون أن يسفر عن إصابات'"),
], [
    tal("attacks", 100, {}, ["IQ", "SY"], "2023-10-17", "2023-12-20", "Pentagon", note="'نحو 100 هجوم منذ 17 تشرين الأول'"),
], "statements and analysis; the faction's denial is not an incident")

# ---------------------------------------------------------------- h3-024
art("h3-024", "2025-06-23", [
    inc("dweila", ERV, "Suicide bomb", "2025-06-22", [IS], [CIV], ["small_arms", "suicide"], 25, 63, False,
        note="'مساء أمس الأحد'; attacker opened fire then detonated a suicide belt -> both weapons; interior ministry attributes to ISIS; no claim in the text"),
    inc("harasta", Q, Q, "2025-06-23", SY_MOI, [IS], Q, 2, None, False,
        note="'فجر اليوم'; security raid: six arrested, two killed after firing on the forces -> Arrests or Armed clash both defensible, event types '?'"),
    inc("sayyida_zainab", SD, ARR, "2025-05-15", SY_MOI, [IS], [], None, None, False, tp=3, optional=True,
        note="background: May plot foiled and cell arrested"),
], [], "condemnations, mourning and statements are not incidents; the gathering at the church is solidarity, not coded")

# ---------------------------------------------------------------- h3-025
art("h3-025", "2023-08-11", [
    inc("mayadin_desert", BAT, CLASH, "2023-08-10", [IS], [SAF], ["small_arms"], 23, 10, False, gp=2,
        note="'أمس الخميس'; ambush on a military bus with an exchange of fire -> Armed clash (attack on armed forces); SOHR 23 killed (SANA no number); 'أكثر من 10' injured -> 10; coordinates approximate"),
    inc("central_syria", ERV, AIR, "2023-08-11", ["russian-armed-forces", "russia", "russian-air-force"], [IS], ["aircraft"], None, None, Q,
        gp=3, optional=True, note="Russian strikes 'على مناطق متفرقة من البادية السورية' today, no place"),
    inc("palmyra", BAT, Q, "2023-07-15", [IS], [SAF], Q, 10, None, False, tp=3, gp=2, optional=True,
        note="background: July bus attack near Palmyra"),
], [
    tal("killed", 140, {}, ["SY"], "2023-01-01", "2023-08-11", "SOHR",
        note="government forces and allies killed by ISIS in the Badia since the start of the year"),
], "ISIS leader's death (Idlib, HTS denial) is background without a usable event; not coded")

# ---------------------------------------------------------------- h3-026
art("h3-026", "2024-10-25", [
    inc("jawadiyah", ERV, AIR, "2024-10-24", [TAF], [CIV], ["drone"], 5, 6, Q,
        note="'صباح الخميس'; drone hit a bakery, five civilians killed, six injured (per SDF)"),
    inc("kobani", ERV, AIR, "2024-10-23", [TAF], Q, ["aircraft"], Q, 0, Q,
        note="'مساء الأربعاء'; power transformer station; 'دون وقوع إصابات' -> injuries 0"),
    inc("qandil", ERV, AIR, "2024-10-23", [TAF], PKK, ["aircraft"], None, None, Q, gp=2,
        note="'مساء الأربعاء', 'المقاتلات التركية'; no casualty information -> null"),
    inc("makhmour", ERV, AIR, "2024-10-23", [TAF], PKK + [CIV], ["aircraft"], None, None, Q, gp=2,
        note="'محيط مخيم مخمور'"),
    inc("sinjar", ERV, AIR, "2024-10-23", [TAF], YBS, ["aircraft"], None, None, Q, gp=2,
        note="two YBS headquarters in Sinjar district"),
    inc("qamishli_hasakah_road", ERV, AIR, Q, [TAF], ASAYISH, Q, None, None, Q, gp=2, optional=True,
        note="Asayish checkpoint 'من دون أن تحدد موقعه أو حصيلة القصف': no place or date"),
    inc("tusas", BAT, Q, "2024-10-23", PKK, Q, Q, 5, 22, True, optional=True,
        note="background: TUSAS attack near Ankara, claimed by the PKK"),
], [
    tal("killed", 12, {}, ["SY"], "2024-10-23", "2024-10-24", "SDF"),
    tal("injured", 25, {}, ["SY"], "2024-10-23", "2024-10-24", "SDF"),
    tal("strikes", 47, {"IQ": 29, "SY": 18}, ["IQ", "SY"], "2024-10-23", "2024-10-24", "Turkish Ministry of National Defense",
        optional=True, note="'تدمير 47 هدفاً، بينها 29 ... في شمال العراق و18 ... في شمال سوريا': count of targets"),
    tal("killed", 59, {}, ["IQ", "SY"], "2024-10-23", "2024-10-24", "Turkish Ministry of National Defense", optional=True,
        note="'تحييد 59'"),
], "Hijri + Gregorian dateline; statements, Bahceli's call and the Baghdad protest note are not incidents; October 2023 and January 2024 campaigns are generic background; 12,000 refugees is not a tally")

# ---------------------------------------------------------------- h3-027
art("h3-027", "2024-12-09", [
    inc("central_syria", ERV, AIR, "2024-12-08", [US], [IS], ["aircraft"], None, None, Q, gp=3,
        note="'أمس الأحد'; B-52, F-15, A-10 against more than 75 targets 'في وسط سوريا' -> one incident at country level; 'يجري تقييم الأضرار' -> null"),
    inc("mezzeh_airbase", ERV, AIR, "2024-12-09", [IDF], Q, ["aircraft"], None, None, Q,
        note="'صباح اليوم الإثنين'; 'دون أن ترد معلومات عن سقوط ضحايا' -> null"),
], [
    tal("strikes", 75, {}, ["SY"], "2024-12-08", "2024-12-08", "CENTCOM", optional=True,
        note="'أكثر من ٧٥ هدفاً': count of targets"),
], "Arabic-Indic digits throughout; Egyptian statements, Biden's speech, the rebel entry into Damascus and the Israeli move into the buffer zone are not coded; ٩٠٠ troops and ٩ آلاف detainees are not tallies")

# ---------------------------------------------------------------- h3-028
art("h3-028", "2024-06-20", [
    inc("tower22", ERV, AIR, "2024-01-28", [IAM, None], [US], ["drone"], 3, None, Q, tp=3, optional=True,
        note="background"),
    inc("mashtal", ERV, AIR, "2024-02-07", [US], [KH], Q, 1, None, Q, tp=3, optional=True,
        note="background: al-Saadi killed"),
    inc("kalsu", ERV, Q, "2024-04-20", Q, [PMF], Q, 1, 8, False, tp=3, optional=True,
        note="background: April explosion at Kalsu, cause unresolved"),
], [
    tal("attacks", 60, {}, ["IL"], "2024-01-01", "2024-06-20", "Islamic Resistance in Iraq",
        note="'أكثر من 60 عملية ... ضد أهداف في الأراضي المحتلة', attributed to the IRI"),
], "negative: threats; the al-Qaim 'strike' is denied by the PMF (heat fire in an ammunition store) -> not coded; 'لم تسجل ... أي هجمات' and 'محاولتين محدودتين' are too vague; Hijri dateline 14 ذو الحجة 1445")

# ---------------------------------------------------------------- h3-029
art("h3-029", "2024-01-21", [
    inc("ain_asad", ERV, SHELL, "2024-01-20", [IRI, IAM], [US, COAL], ["missile", "rocket"], 0, Q, True,
        note="'مساء أمس السبت' relative to the body date 21 جانفي 2024; ballistic missiles and rockets, most intercepted; 'لم يسفر عن سقوط قتلى' -> 0; injured: several US under TBI evaluation plus at least one Iraqi soldier -> '?'"),
    inc("palestine_st", ERV, AIR, "2024-01-04", [US], ["harakat-al-nujaba"], Q, 1, None, Q, tp=2, optional=True,
        note="background: Baghdad strike 'مطلع جانفي' killing a Nujaba commander"),
], [
    tal("attacks", 140, {"IQ": 57, "SY": 83}, ["IQ", "SY"], "2023-10-17", "2024-01-21", "Pentagon"),
    tal("killed", 24000, {}, ["PS"], "2023-10-07", "2024-01-21", "Gaza Ministry of Health", optional=True, note="Gaza toll as context"),
], "published_at missing from the metadata (Algerian month name جانفي); troop numbers are not tallies; Houthi strikes are generic background")

# ---------------------------------------------------------------- h3-030
art("h3-030", "2025-03-18", [
    inc("sabha", BAT, CLASH, "2025-03-17", [IS], [SDF], Q, 2, None, False,
        note="'مساء أمس' relative to the body date ١٨ مارس ٢٠٢٥; armed attack on an SDF post, hour-long clash; two SDF killed"),
    inc("shuhayl", ERV, IED, "2025-03-18", [None, IS], [SDF], ["ied"], None, 3, False,
        note="'صباح اليوم'; unclaimed -> null or ISIS; three injured, deaths not mentioned -> null"),
    inc("kasrah", SD, ARR, "2025-03-18", [SDF, COAL], [IS, None], [], None, None, False,
        note="'فجر اليوم'; air-landing raid, two suspects arrested; coordinates approximate"),
    inc("diban", BAT, Q, "2025-03-02", [IS], [SDF], Q, 4, None, False, optional=True,
        note="background: 2 March attack on a checkpoint"),
], [
    tal("attacks", 63, {}, ["SY"], "2025-01-01", "2025-03-18", "SOHR"),
    tal("killed", 29, {}, ["SY"], "2025-01-01", "2025-03-18", "SOHR", note="21 SDF + 8 civilians"),
], "published_at missing from the metadata; Arabic-Indic digits; the 10 March SDF-Damascus agreement is not an incident")

gold.write(ROOT)
