#!/usr/bin/env python3
"""Build /work/holdout2/expected.jsonl (gold) for the h2 hold-out set.

Gold conventions (see /work/shared/corpus/GUIDE.md and dev/gold.jsonl):
  "?"            field not scored (text ambiguous)
  list actor     any of the listed ids is accepted (null = nobody named)
  optional:true  finding it is neither rewarded nor penalised
"""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "..", "corpus_tools"))
from gold import *  # noqa: E402,F403 (Gold, Q, event types, actor ids)

# place key -> (country, admin1, location, lat, lon)
P = {
    "ain_asad": ("IQ", "Al-Anbar", "Ain al-Asad Air Base", 33.7856, 42.4414),
    "harir": ("IQ", "Erbil", "Harir Air Base", 36.533, 44.35),
    "victory": ("IQ", "Baghdad", "Victory Base Complex, Baghdad Airport", 33.2625, 44.2346),
    "erbil_airport": ("IQ", "Erbil", "Erbil International Airport", 36.2376, 43.9632),
    "erbil": ("IQ", "Erbil", "Erbil", 36.1912, 44.0092),
    "us_embassy": ("IQ", "Baghdad", "US Embassy, Baghdad", 33.2984, 44.3958),
    "mashtal": ("IQ", "Baghdad", "Al-Mashtal, eastern Baghdad", 33.31, 44.47),
    "palestine_st": ("IQ", "Baghdad", "Palestine Street, Baghdad", 33.34, 44.44),
    "qaim": ("IQ", "Al-Anbar", "Al-Qaim", 34.37, 41.08),
    "anbar": ("IQ", "Al-Anbar", "Al-Anbar", 33.3, 42.0),
    "rutba": ("IQ", "Al-Anbar", "desert southeast of Rutba", 33.0381, 40.2848),
    "near_kirkuk": ("IQ", "Kirkuk", "near Kirkuk", 35.4681, 44.3922),
    "wadi_shay": ("IQ", "Kirkuk", "Wadi al-Shay, southwest of Kirkuk", 35.28, 44.12),
    "hawija": ("IQ", "Kirkuk", "Hawija", 35.3217, 43.7653),
    "udhaim": ("IQ", "Diyala", "Hamrin hills near al-Udhaim", 34.45, 44.52),
    "muqdadiyah": ("IQ", "Diyala", "al-Jayayla, Muqdadiyah", 33.98, 44.94),
    "mutaibija": ("IQ", "Salah al-Din", "Mutaibija", 34.05, 44.30),
    "makhoul": ("IQ", "Salah al-Din", "Makhoul mountains", 35.10, 43.45),
    "sulaymaniyah": ("IQ", "Sulaymaniyah", "Sulaymaniyah", 35.5613, 45.4375),
    "sinjar_road": ("IQ", "Ninewa", "Sinuni-Sinjar road near Khanasor", 36.42, 41.72),
    "makhmour": ("IQ", "Ninewa", "Makhmour refugee camp", 35.78, 43.58),
    "metina": ("IQ", "Duhok", "Metina region", 37.20, 43.50),
    "tanf": ("SY", "Homs", "Al-Tanf garrison", 33.4981, 38.6553),
    "shaddadi": ("SY", "Al-Hasakah", "Al-Shaddadi base", 36.0566, 40.7317),
    "hasakah": ("SY", "Al-Hasakah", "near Al-Hasakah", 36.5024, 40.7477),
    "kharab_jir": ("SY", "Al-Hasakah", "Kharab al-Jir base", 36.96, 41.95),
    "rumeilan": ("SY", "Al-Hasakah", "Rumeilan base", 36.99, 41.93),
    "malikiyah": ("SY", "Al-Hasakah", "Suwaydiyah plant, al-Malikiyah countryside", 37.03, 42.05),
    "qamishli": ("SY", "Al-Hasakah", "Qamishli countryside", 37.05, 41.23),
    "kobani": ("SY", "Aleppo", "Kobani countryside", 36.89, 38.35),
    "albukamal": ("SY", "Deir ez-Zor", "Albu Kamal", 34.4536, 40.9183),
    "mayadin": ("SY", "Deir ez-Zor", "Al-Mayadin", 35.0207, 40.4515),
    "mayadin_desert": ("SY", "Deir ez-Zor", "Mayadin desert, road to al-Shoula", 35.0, 40.30),
    "diban": ("SY", "Deir ez-Zor", "Diban", 35.02, 40.50),
    "deirezzor": ("SY", "Deir ez-Zor", "Deir ez-Zor", 35.3359, 40.1408),
    "conoco": ("SY", "Deir ez-Zor", "Conoco gas field", 35.37, 40.27),
    "marrat": ("SY", "Deir ez-Zor", "Marrat", 35.35, 40.18),
    "omar": ("SY", "Deir ez-Zor", "Al-Omar oil field", 35.02, 40.58),
    "damascus": ("SY", "Damascus", "Damascus", 33.5138, 36.2765),
    "mezzeh": ("SY", "Damascus", "Mezzeh, Damascus", 33.50, 36.25),
    "kafr_sousa": ("SY", "Damascus", "Kafr Sousa, Damascus", 33.50, 36.27),
    "barzeh": ("SY", "Damascus", "Barzeh Scientific Research Centre, Damascus", 33.55, 36.32),
    "sayyida_zainab": ("SY", "Rif Dimashq", "Sayyida Zainab", 33.444, 36.337),
    "dam_airport": ("SY", "Rif Dimashq", "Damascus International Airport", 33.411, 36.5156),
    "rif_dimashq_south": ("SY", "Rif Dimashq", "southern Rif Dimashq", 33.40, 36.25),
    "aleppo_airport": ("SY", "Aleppo", "Aleppo International Airport", 36.1807, 37.2244),
    "homs": ("SY", "Homs", "near Homs", 34.7324, 36.7137),
    "tartus": ("SY", "Tartus", "Tartus", 34.889, 35.887),
    "palmyra": ("SY", "Homs", "Palmyra", 34.556, 38.267),
    "latakia": ("SY", "Latakia", "Latakia port", 35.52, 35.77),
    "quneitra": ("SY", "Quneitra", "Golan buffer zone", 33.13, 35.82),
    "idlib": ("SY", "Idlib", "Idlib province", 35.93, 36.63),
    "arman": ("SY", "As-Suwayda", "Arman", 32.51, 36.76),
    "tower22": ("JO", "Mafraq", "Tower 22", 33.32, 38.69),
    "jordan_north": ("JO", None, "northern border of Jordan", 32.34, 36.21),
    "zvulun": ("IL", "Haifa", "Zvulun naval facility, Haifa bay", 32.80, 35.03),
    "gaza_ahli": ("PS", "Gaza", "Al-Ahli Arab Hospital, Gaza City", 31.5047, 34.4619),
    "jurf": ("IQ", "Babil", "Jurf al-Sakhar", 32.87, 44.13),
    "kerman": ("IR", "Kerman", "Kerman", 30.2839, 57.0834),
    "tehran": ("IR", "Tehran", "Tehran", 35.6892, 51.389),
    "beirut_dahiyeh": ("LB", "Beirut", "Dahiyeh, southern Beirut", 33.85, 35.50),
}



gold = Gold(P)
inc, bg, tal, art = gold.inc, gold.bg, gold.tal, gold.art


# ---------------------------------------------------------------- h2-001
art("h2-001", "2023-10-18", [
    inc("ain_asad", ERV, AIR, "2023-10-18", [IRI], [US, COAL], ["drone"], None, None, True,
        note="two drones, one shot down, the other exploded inside the base: one incident, not Disrupted weapons use; 'إصابات طفيفة' with no number -> injuries null"),
    inc("harir", SD, DWU, "2023-10-18", [COAL, US], [IRI], ["drone"], 0, 0, True,
        note="drone shot down by coalition air defence, 'لم يسفر عن أي خسائر بشرية أو مادية'; interceptor is actor1 per GUIDE"),
    inc("gaza_ahli", ERV, Q, "2023-10-17", Q, ["civilians"], Q, None, None, False, optional=True,
        note="al-Ahli hospital explosion mentioned as context, responsibility disputed"),
    inc("ain_asad", ERV, SHELL, "2020-01-15", ["irgc"], [US, COAL], ["missile"], None, None, Q, tp=3,
        optional=True, note="background: Iranian ballistic missiles on Ain al-Asad, January 2020"),
], [], "fajr attack on Ain al-Asad and interception at Harir, both claimed by the Islamic Resistance in Iraq; troop numbers are not tallies")

# ---------------------------------------------------------------- h2-002
art("h2-002", "2023-10-20", [
    inc("tanf", ERV, AIR, "2023-10-19", [IRI, IAM], [US, COAL], ["drone"], None, None, True,
        note="one drone destroyed, the second hit the base: one incident; injured 'عدد من' -> null"),
    inc("victory", SD, DWU, "2023-10-19", [US, COAL, None], [None, IAM], ["drone"], Q, Q, False,
        note="drone shot down near Victory base, 'لم تسفر عن أضرار' (no damage; casualties not stated); nobody claimed it"),
    inc("ain_asad", ERV, AIR, "2023-10-18", [IRI, IAM], [US, COAL], ["drone"], None, None, Q,
        optional=True, note="background recap of Wednesday's attack"),
    inc("harir", ERV, AIR, "2023-10-18", [IRI, IAM], [US, COAL], ["drone"], None, None, Q,
        optional=True, note="background recap of Wednesday's attack"),
], [], "explosions heard near al-Omar field were denied by the SDF (live-fire training) and not confirmed: not an incident. The Houthi/USS Carney interception and the Gaza strike are in the 'اقرأ أيضا' teaser block: not coded. Threats by Kataib Sayyid al-Shuhada are statements")

# ---------------------------------------------------------------- h2-003
art("h2-003", "2023-10-27", [
    inc("albukamal", ERV, AIR, "2023-10-27", [US], ["irgc", IAM], ["aircraft"], None, None, Q, gp=2,
        note="F-16 strikes on two facilities near Albu Kamal: one place, one day, one actor -> one incident; casualties unclear -> null"),
    inc("ain_asad", ERV, SHELL, "2023-10-26", [IRI], [US, COAL], ["rocket"], None, None, True,
        optional=True, note="claimed by the IRI on Telegram late Thursday, not confirmed by US or Iraqi officials"),
    inc("tanf", ERV, AIR, Q, [IAM, IRI, None], [US, COAL], ["drone"], Q, Q, Q, tp=2, optional=True,
        note="background: 'last week' drone attack; the 21 injured are given only for both attacks together"),
    inc("ain_asad", ERV, AIR, Q, [IAM, IRI, None], [US, COAL], ["drone"], Q, Q, Q, tp=2, optional=True,
        note="background: 'last week' drone attack"),
], [
    tal("attacks", 19, {"IQ": 10, "SY": 9}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon",
        note="'ما لا يقل عن 19 مرة ... عشرة مرات في العراق وتسعة مرات في سوريا'"),
    tal("injured", 21, {}, ["IQ", "SY"], Q, Q, "Pentagon",
        note="21 US service members lightly injured in the two drone attacks on al-Tanf and Ain al-Asad"),
    tal("killed", 7000, {}, ["PS"], Q, Q, "Gaza health ministry", optional=True, note="Gaza toll"),
], "clumsy machine-translated style. The civilian contractor who died of a cardiac arrest during a false alarm is not an incident (the Pentagon says there was no attack)")

# ---------------------------------------------------------------- h2-004
art("h2-004", "2023-11-21", [
    inc("erbil_airport", SD, DWU, "2023-11-21", [COAL, US], [None], ["drone"], 0, 0, False,
        note="drone shot down at 02:40 before reaching the target, 'لم يسفر عن أي خسائر بشرية أو أضرار مادية'; the IRI claim does not mention the airport"),
    inc("harir", ERV, AIR, "2023-11-20", [IRI], [US, COAL], ["drone"], Q, 0, True,
        note="'مساء أمس الاثنين'; drone fell inside the base and started a small fire -> damage, so not Disrupted weapons use; 'من دون تسجيل إصابات' -> injuries 0, deaths not stated explicitly"),
], [
    tal("attacks", 58, {}, ["IQ", "SY"], "2023-10-17", Q, "Pentagon"),
    tal("attacks", 5, {}, ["IQ"], "2023-10-15", "2023-11-21", None, optional=True,
        note="'الهجوم الخامس على قاعدة حرير' is the outlet's own unattributed count"),
], "published_at missing from the metadata; the body dateline gives Tuesday 21-11-2023. Condemnations and the Barzani-Romanowski meeting are not incidents")

# ---------------------------------------------------------------- h2-005
art("h2-005", "2024-01-29", [
    inc("tower22", ERV, AIR, "2024-01-28", [IRI, IAM], [US], ["drone"], 3, 34, True,
        note="Jordanian spokesman first said the attack hit al-Tanf in Syria; US officials locate it at Tower 22 in Jordan. Injured: first 25, updated to 34 (headline figure 'at least 34'). Claimed: the IRI claimed 'Rukban', which is the Tower 22 area"),
    inc("shaddadi", ERV, AIR, "2024-01-28", [IRI], [US, COAL], ["drone"], Q, 0, True,
        note="claimed by the IRI and confirmed by a US official, 'لم يسفر عن إصابات'"),
    inc("tanf", ERV, AIR, "2024-01-28", [IRI], [US, COAL], ["drone"], Q, Q, True, optional=True,
        note="claimed only; US official neither confirmed nor denied; may be the same event as Tower 22 in the Jordanian version"),
    inc("zvulun", ERV, AIR, "2024-01-28", [IRI], ["israel-defense-forces"], ["drone"], Q, Q, True, optional=True,
        note="claim only, outside Iraq/Syria"),
    inc("hasakah", ERV, AIR, "2023-03-15", [IAM, None], [US], ["drone"], 1, Q, Q, tp=3, optional=True,
        note="background: March 2023 attack that killed a US contractor"),
    inc("deirezzor", ERV, AIR, "2023-03-15", [US], [IAM], ["aircraft"], Q, Q, Q, tp=3, gp=3, optional=True,
        note="background: US retaliatory strikes in Deir ez-Zor, March 2023"),
], [
    tal("attacks", 160, {"IQ": 66, "SY": 97}, ["IQ", "SY"], "2023-10-17", "2024-01-28", "Pentagon",
        note="'أكثر من 160 ... 66 في العراق و97 في سوريا' (breakdown sums to 163)"),
], "threats of retaliation (Biden, Austin, Kirby) and Iran's denial are statements")

# ---------------------------------------------------------------- h2-006
MIL_IQ = ["popular-mobilization-forces", "kataib-hezbollah", IAM, "irgc"]
MIL_SY = ["irgc", IAM]
art("h2-006", "2024-02-03", [
    inc("qaim", ERV, AIR, "2024-02-02", [US], MIL_IQ, ["aircraft"], 16, 25, Q, gp=2,
        note="'مساء الجمعة'; three Iraqi facilities, all named only as al-Qaim -> one incident. PMF lists 16 dead at al-Qaim; the Iraqi government gives 16 dead and 25 wounded for the strikes in Iraq"),
    inc("albukamal", ERV, AIR, "2024-02-02", [US], MIL_SY, ["aircraft"], 6, None, Q, gp=2,
        note="SOHR source: six of the dead in Albu Kamal"),
    inc("mayadin", ERV, AIR, "2024-02-02", [US], MIL_SY, ["aircraft"], Q, None, Q,
        note="remaining 12 dead split between Mayadin and Deir ez-Zor without numbers"),
    inc("deirezzor", ERV, AIR, "2024-02-02", [US], MIL_SY, ["aircraft"], Q, None, Q,
        note="al-Hamidiyah district and the military airport surroundings: one incident at city level"),
    inc("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], 3, Q, Q, optional=True,
        note="background: the Tower 22 attack 'الأحد الماضي'"),
    inc("jurf", ERV, AIR, "2024-01-23", [US], ["kataib-hezbollah"], ["aircraft"], Q, Q, Q, gp=2, optional=True,
        note="background: 23 January strikes on KH facilities at Jurf al-Sakhar"),
    inc("qaim", ERV, AIR, "2024-01-23", [US], ["kataib-hezbollah"], ["aircraft"], Q, Q, Q, gp=2, optional=True,
        note="background: 23 January strike at al-Qaim"),
    inc("ain_asad", ERV, SHELL, Q, [IAM, None], [US], ["missile"], Q, Q, Q, tp=2, optional=True,
        note="background: ballistic missile attack on Ain al-Asad 'days before' 23 January"),
], [
    tal("attacks", 165, {}, ["IQ", "SY", "JO"], Q, Q, "Pentagon", note="'أكثر من 165 هجوماً ... منذ منتصف أكتوبر'"),
    tal("killed", 18, {}, ["SY"], "2024-02-02", "2024-02-03", "SOHR"),
    tal("killed", 16, {}, ["IQ"], "2024-02-02", "2024-02-03", "Iraqi government", optional=True,
        note="the same figure as the al-Qaim incident"),
    tal("injured", 25, {}, ["IQ"], "2024-02-02", "2024-02-03", "Iraqi government", optional=True),
    tal("strikes", 85, {}, ["IQ", "SY"], "2024-02-02", "2024-02-02", "CENTCOM", optional=True,
        note="85 targets at 7 facilities; 125 munitions is not a tally"),
], "Hijri+Gregorian dateline. Biden's 'our response began today and will continue' is a future statement; Kirby/Baghdad dispute and KH suspension are statements")

# ---------------------------------------------------------------- h2-007
art("h2-007", "2024-02-07", [
    inc("mashtal", ERV, AIR, "2024-02-07", [US], ["kataib-hezbollah"], Q, 3, None, Q,
        note="drone fired two missiles at a car; CENTCOM confirms. weapons '?' (['drone'] or ['drone','missile'] both defensible)"),
    inc("mashtal", "Protests", "Peaceful protest", "2024-02-07", Q, None, [], None, None, False, optional=True,
        note="dozens of faction supporters gathered at the site chanting against the US"),
    inc("qaim", ERV, AIR, Q, [US], ["popular-mobilization-forces", IAM], ["aircraft"], Q, Q, Q, tp=2, gp=2,
        optional=True, note="background: US strikes on al-Qaim 'less than a week ago'"),
    inc("tower22", ERV, AIR, Q, [IAM, None], [US], ["drone"], 3, Q, Q, tp=3, optional=True,
        note="background: Tower 22 'late last month'"),
    inc("palestine_st", ERV, AIR, "2024-01-04", [US], ["harakat-al-nujaba", "popular-mobilization-forces"], ["drone"], 2, Q, Q,
        optional=True, note="background: 4 January strike that killed Abu Taqwa and a companion"),
], [], "Iraqi condemnation and the call for a parliamentary session are statements")

# ---------------------------------------------------------------- h2-008
art("h2-008", "2024-01-20", [
    inc("mezzeh", ERV, AIR, "2024-01-20", ["israel-defense-forces"], ["irgc"], Q, 5, None, False,
        note="IRGC: five advisers killed; SOHR: 13 killed in total -> most conservative figure 5. Partial interception by Syrian air defence is part of the same strike. Israel did not comment"),
    inc("sayyida_zainab", ERV, AIR, "2023-12-25", ["israel-defense-forces"], ["irgc"], Q, Q, Q, False, optional=True,
        note="background: Razi Mousavi killed 25 Dec 2023"),
], [
    tal("strikes", 7, {}, ["SY"], "2024-01-01", "2024-01-20", "SOHR"),
    tal("killed", 22, {}, ["SY"], "2024-01-01", "2024-01-20", "SOHR"),
], "the two headlines after 'اقرأ أيضًا' are other stories. Threats by the IRGC and Raisi are statements")

# ---------------------------------------------------------------- h2-009
art("h2-009", "2023-10-22", [
    inc("dam_airport", ERV, AIR, "2023-10-22", ["israel-defense-forces"], Q, Q, 1, 1, False,
        note="05:25 fajr; one worker killed and another injured at Damascus airport; missiles shot down are part of the strike, not a separate Disrupted weapons use"),
    inc("aleppo_airport", ERV, AIR, "2023-10-22", ["israel-defense-forces"], Q, Q, Q, Q, False,
        note="runway damage; the casualties are attributed to Damascus airport only (0 or null both defensible)"),
    inc("dam_airport", ERV, AIR, "2023-10-12", ["israel-defense-forces"], Q, Q, Q, Q, False, optional=True,
        note="background: 12 October strikes"),
    inc("aleppo_airport", ERV, AIR, "2023-10-12", ["israel-defense-forces"], Q, Q, Q, Q, False, optional=True,
        note="background: 12 October strikes"),
    inc("aleppo_airport", ERV, AIR, "2023-10-14", ["israel-defense-forces"], Q, Q, Q, Q, False, optional=True,
        note="background: 14 October strike"),
], [], "two airports = two incidents. Kremlin and Syrian foreign ministry statements are not incidents")

# ---------------------------------------------------------------- h2-010
art("h2-010", "2024-02-26", [
    inc("homs", ERV, AIR, "2024-02-25", ["israel-defense-forces"], Q, Q, 0, 0, False, gp=2,
        note="'مساء أمس الأحد'; most missiles intercepted but material damage and a fire -> strike, not Disrupted weapons use; 'اقتصرت الخسائر على الماديات' -> 0/0"),
    inc("rif_dimashq_south", ERV, AIR, "2024-02-25", ["israel-defense-forces"], Q, Q, 0, 0, False, gp=2,
        note="simultaneous strike on 'some points in southern Rif Dimashq'"),
    inc("kafr_sousa", ERV, AIR, Q, ["israel-defense-forces"], Q, Q, 2, Q, False, tp=2, optional=True,
        note="background: Kafr Sousa strike 'منذ أيام'"),
], [], "analyst's and MP's statements are not incidents")

# ---------------------------------------------------------------- h2-011
YBS = ["sinjar-resistance-units", "ybs", "yazidi-sinjar-resistance-units"]
art("h2-011", "2024-06-16", [
    inc("sinjar_road", ERV, AIR, "2024-06-15", ["turkish-armed-forces"], YBS, Q, 2, None, False, gp=2,
        note="'ظهر أمس السبت'; drone fired a missile at a pick-up near Khanasor; YBS confirms two fighters killed. Any slug for the YBS is acceptable; weapons '?' as for other drone-fired missiles"),
    inc("makhmour", ERV, AIR, "2024-06-15", ["turkish-armed-forces"], Q, ["drone"], 0, 0, False, gp=2,
        note="hill overlooking Makhmour camp, Saturday evening, 'من دون أن يسفر القصف عن خسائر بشرية'"),
], [
    tal("killed", 9, {}, ["IQ"], Q, Q, "Turkish Ministry of Defense", optional=True,
        note="'تحييد 9' = killed, captured or surrendered; no dates or places"),
], "Iraqi MP's demand and the Sinjar agreement are statements")

# ---------------------------------------------------------------- h2-012
art("h2-012", "2024-01-14", [
    inc("malikiyah", ERV, AIR, "2024-01-13", ["turkish-armed-forces"], Q, Q, None, None, False, gp=2,
        note="Suwaydiyah gas and power plant in al-Malikiyah countryside, 'مساء السبت'; warplanes and drones named for the campaign as a whole"),
    inc("qamishli", ERV, AIR, "2024-01-13", ["turkish-armed-forces"], ["civilians"], Q, 2, 3, False, gp=2,
        note="oil facility in Qamishli countryside: two civilian guards killed, three workers injured"),
    inc("kobani", ERV, AIR, "2024-01-13", ["turkish-armed-forces"], ["syrian-democratic-forces"], Q, None, None, False, gp=2,
        note="SDF military site, 'من دون ورود معلومات عن خسائر بشرية' -> null"),
    inc("metina", "Battles", "Armed clash", "2024-01-12", ["kurdistan-workers-party", "pkk"], ["turkish-armed-forces"], Q, 9, 4, Q,
        gp=2, optional=True, note="background trigger: PKK attack on a Turkish base in Metina, Duhok, Friday; 9 Turkish soldiers killed"),
], [
    tal("strikes", 29, {}, ["IQ", "SY"], "2024-01-13", "2024-01-13", "Turkish Ministry of Defense", optional=True,
        note="'دمرت 29 هدفاً' = targets"),
], "Hijri+Gregorian dateline. The October 2023 campaign is a generic recap without places")

# ---------------------------------------------------------------- h2-013
art("h2-013", "2023-11-28", [], [
    tal("attacks", 74, {"IQ": 36, "SY": 38}, ["IQ", "SY"], "2023-10-17", "2023-11-27", "Pentagon"),
    tal("injured", 60, {}, ["IQ", "SY"], "2023-10-17", "2023-11-27", "Pentagon", note="'نحو 60'"),
    tal("strikes", 5, {"SY": 3, "IQ": 2}, ["IQ", "SY"], "2023-10-17", "2023-11-27", "Pentagon"),
], "negative: no attack since the truce (negation), threats by al-Nujaba, troop numbers")

# ---------------------------------------------------------------- h2-014
art("h2-014", "2024-03-10", [
    inc("wadi_shay", "Battles", "Armed clash", "2024-03-09", ["islamic-state"], ["iraqi-security-forces"], ["small_arms"], 2, 3, False, gp=2,
        note="'مساء أمس السبت'; ISIS attack on an army post, half-hour exchange of fire"),
    inc("udhaim", ERV, AIR, "2024-03-10", ["iraqi-security-forces"], ["islamic-state"], ["aircraft"], 5, None, Q, tp=2, gp=2,
        note="announced on Sunday; the strike came 'hours after' Saturday-night attack, so 9 or 10 March"),
    inc("mutaibija", ERV, "Remote explosive/landmine/IED", "2024-03-10", [None, "islamic-state"], ["popular-mobilization-forces"], ["ied"], 3, 2, False, gp=2,
        note="'فجر اليوم الأحد'; nobody claimed it"),
    inc("rutba", "Violence against civilians", "Abduction/forced disappearance", "2024-03-08", [None, "islamic-state"], ["civilians"], Q, None, None, False, gp=2,
        note="'الجمعة الماضية' relative to Sunday 10 March; gunmen 'believed to be' ISIS remnants"),
    inc("rutba", "Violence against civilians", "Attack", "2023-02-15", ["islamic-state"], ["civilians"], Q, Q, Q, Q, tp=3, gp=2, optional=True,
        note="background: truffle hunters killed in February 2023"),
    inc("makhoul", "Battles", "Armed clash", Q, ["iraqi-security-forces"], ["islamic-state"], Q, 1, Q, Q, tp=3, gp=2, optional=True,
        note="background: ISIS leader killed in an air-landing operation 'last month'"),
], [], "security round-up: four incidents in four provinces on three different days. 3,000-5,000 fighters is not a tally")

# ---------------------------------------------------------------- h2-015
art("h2-015", "2024-04-17", [
    inc("muqdadiyah", "Violence against civilians", "Attack", "2022-12-15", [None, "islamic-state"], ["civilians"], Q, 10, Q, False, tp=3, gp=2,
        optional=True, note="background: al-Jayayla attack, end of December 2022"),
    inc("udhaim", "Battles", "Armed clash", "2023-10-15", [None, "islamic-state"], ["popular-mobilization-forces"], Q, Q, Q, False, tp=3, gp=2,
        optional=True, note="background: night attack near al-Udhaim, October 2023, no toll"),
], [
    tal("attacks", 120, {}, ["IQ"], "2023-01-01", "2023-12-31", "Joint Operations Command"),
    tal("attacks", 400, {}, ["IQ"], "2021-01-01", "2021-12-31", "Joint Operations Command", optional=True,
        note="comparison figure for 2021"),
], "negative: analysis piece; fighter estimates are not tallies")

# ---------------------------------------------------------------- h2-016
art("h2-016", "2024-10-22", [
    inc("hawija", SD, "Arrests", "2024-10-21", ["iraqi-security-forces", "iraqi-national-security-service"], ["islamic-state"], [], None, None, False,
        note="'أمس الاثنين'; National Security Service detachments, three arrested"),
    inc("qaim", SD, "Arrests", "2024-10-22", ["iraqi-security-forces"], ["islamic-state"], [], None, None, False, tp=2,
        note="raid announced 'today', the raid day itself is not given"),
    inc("sulaymaniyah", SD, "Arrests", "2024-10-20", ["kurdistan-security-forces"], ["islamic-state"], [], None, None, False, gp=2,
        note="Asayish arrests 'قبل يومين'"),
], [], "Arabic-Indic digits. The death sentence by a Karkh court is a judicial decision, not an incident")

# ---------------------------------------------------------------- h2-017
art("h2-017", "2023-08-11", [
    inc("mayadin_desert", "Battles", "Armed clash", "2023-08-10", ["islamic-state"], ["syrian-government-forces"], Q, 23, 10, False, gp=2,
        note="ambush on a military bus, 'مساء أمس الخميس'; machine guns and 'القذائف' -> weapons '?'"),
    inc("diban", SD, "Arrests", "2023-08-11", ["syrian-democratic-forces", COAL], ["islamic-state"], [], Q, 0, False,
        note="SDF raid with coalition helicopters, 'فجر اليوم الجمعة', 'دون تسجيل اشتباكات أو إصابات'"),
], [
    tal("killed", 151, {}, ["SY"], "2023-01-01", "2023-08-11", "SOHR"),
], "Hijri+Gregorian dateline; 'اقرأ أيضًا' teasers not coded")

# ---------------------------------------------------------------- h2-018
art("h2-018", "2024-05-21", [
    inc("us_embassy", ERV, SHELL, "2023-12-08", [IAM, None], ["us-diplomatic-mission"], ["rocket"], Q, Q, False, optional=True,
        note="background: 8 December rocket attack on the embassy"),
], [], "negative: sirens and C-RAM sounds were a drill; 'لم يتم تسجيل أي هجوم'; old videos")

# ---------------------------------------------------------------- h2-019
art("h2-019", "2024-01-18", [
    inc("arman", ERV, AIR, "2024-01-18", ["jordanian-armed-forces", "jordan-armed-forces", None], ["civilians"], ["aircraft"], 10, None, False,
        note="strikes 'believed to be Jordanian', Jordan did not comment; 10 civilians 'على الأقل'"),
    inc("jordan_north", "Battles", "Armed clash", "2024-01-17", ["jordanian-armed-forces", "jordan-armed-forces"], Q, Q, 5, Q, False, gp=3,
        note="'أمس الأربعاء' on the northern border, no place named -> country level; 15 arrests are part of the clash; no injuries among the border guards, smugglers' injuries unknown"),
    inc("jordan_north", SD, "Arrests", "2024-01-17", ["jordanian-armed-forces", "jordan-armed-forces"], Q, [], None, None, False, gp=3,
        optional=True, note="the 15 arrests during the clash, if coded separately"),
    inc("jordan_north", "Battles", "Armed clash", "2023-12-15", ["jordanian-armed-forces", "jordan-armed-forces"], Q, Q, 1, Q, False, tp=3, gp=3,
        optional=True, note="background: 14-hour clash in December"),
], [
    tal("strikes", 3, {}, ["SY"], "2024-01-01", "2024-01-18", None, optional=True,
        note="'ثالث غارة من نوعها منذ بداية الشهر', unattributed"),
], "published_at missing from the metadata; the body gives Thursday 18 January 2024. Actor slugs for smugglers vary, actor2 of the clash is '?'")

# ---------------------------------------------------------------- h2-020
art("h2-020", "2023-12-21", [
    inc("kharab_jir", ERV, AIR, "2023-12-21", [IRI], [US, COAL], ["drone"], None, None, True,
        note="claimed; explosions heard by a local correspondent, helicopters; no toll"),
    inc("rumeilan", ERV, AIR, "2023-12-21", [IRI], [US, COAL], ["drone"], None, None, True, optional=True,
        note="claimed by the IRI but explicitly denied by a US military official"),
    inc("near_kirkuk", ERV, AIR, "2023-12-03", [US], [IRI, IAM], Q, 5, Q, Q, tp=2, gp=2, optional=True,
        note="background: US strike near Kirkuk 'early this month'"),
], [
    tal("attacks", 100, {}, ["IQ", "SY"], "2023-10-17", "2023-12-21", "Islamic Resistance in Iraq"),
    tal("attacks", 103, {}, ["IQ", "SY"], Q, Q, "Pentagon", note="'نحو 103 هجمات حتى نهاية الأسبوع الماضي'"),
], "KH threat and the Iraqi NSA statement are not incidents")

# ---------------------------------------------------------------- h2-021
art("h2-021", "2024-01-19", [
    inc("conoco", ERV, SHELL, "2024-01-18", [IRI], [US, COAL], ["rocket"], Q, 0, True,
        note="'مساء الخميس'; two rockets inside the perimeter, 'لم يسفر عن إصابات أو أضرار تذكر'"),
    inc("marrat", ERV, SHELL, "2024-01-18", [US], Q, ["artillery"], None, None, False, gp=2,
        note="immediate US counter-battery fire on the launch site near Marrat; casualties unknown -> null"),
    inc("omar", ERV, SHELL, "2024-01-19", [None, IAM], [US, COAL], ["mortar"], None, None, False,
        note="'فجر الجمعة'; at least three mortar rounds; 'لم ترد حتى الآن معلومات عن وقوع خسائر بشرية' -> null; the IRI claim covers Conoco only"),
], [
    tal("attacks", 140, {}, ["IQ", "SY"], Q, Q, "Pentagon", note="'أكثر من 140 هجوما ... منذ منتصف أكتوبر'"),
], "US/UK strikes on the Houthis are a generic background mention; SDF statement is not an incident")

# ---------------------------------------------------------------- h2-022
art("h2-022", "2024-08-06", [
    inc("ain_asad", ERV, SHELL, "2024-08-05", [IAM, None], [US], ["rocket"], 0, 7, False,
        note="'مساء الإثنين'; five service members and two contractors injured, 'لم يسفر عن سقوط قتلى'; the launcher found near al-Baghdadi is not a separate incident"),
    inc("ain_asad", SD, DWU, "2024-07-25", [US, COAL, None], [None, IAM], ["drone"], Q, Q, False, tp=3, optional=True,
        note="background: two drones downed near the base in late July"),
    inc("tehran", ERV, Q, "2024-07-31", Q, ["hamas"], Q, Q, Q, Q, optional=True,
        note="background: Haniyeh assassinated in Tehran 'last week'"),
    inc("beirut_dahiyeh", ERV, AIR, "2024-07-30", ["israel-defense-forces"], ["hezbollah"], Q, Q, Q, Q, optional=True,
        note="background: Fuad Shukr killed in Beirut"),
    inc("tower22", ERV, AIR, Q, [IAM, None], [US], ["drone"], 3, Q, Q, tp=3, optional=True,
        note="background: three US soldiers killed in Jordan"),
], [], "threats and White House meeting are not incidents")

# ---------------------------------------------------------------- h2-023
art("h2-023", "2024-07-09", [
    inc("qaim", ERV, AIR, Q, [US], ["popular-mobilization-forces"], Q, Q, Q, Q, tp=3, gp=2, optional=True,
        note="generic background to the February lull"),
    inc("mashtal", ERV, AIR, Q, [US], ["kataib-hezbollah"], Q, Q, Q, Q, tp=3, gp=2, optional=True,
        note="generic background: 'حياً سكنياً في بغداد'"),
], [
    tal("attacks", 170, {}, ["IQ", "SY"], "2023-10-07", "2024-07-09", "Harakat al-Nujaba",
        note="'أكثر من 170 عملية ... منذ طوفان الأقصى' attributed to al-Kaabi"),
], "negative: speech with threats and conditions; 'لم تسجل أي هجمات' negation; Hijri new year 1446")

# ---------------------------------------------------------------- h2-024
art("h2-024", "2024-01-16", [
    inc("erbil", ERV, Q, "2024-01-15", ["irgc"], ["civilians"], ["missile"], 4, 6, True,
        note="ballistic missiles fired from Iran, 23:30 Monday; sub_event_type '?': GUIDE maps Iranian state strikes to Air/drone strike, ACLED codes ground-launched missiles as Shelling/artillery/missile attack"),
    inc("idlib", ERV, Q, "2024-01-15", ["irgc"], Q, ["missile"], None, None, True, gp=3,
        note="IRGC says it hit ISIS-linked sites in Syria; the article places them in Idlib province only"),
    inc("erbil", ERV, Q, "2022-03-15", ["irgc"], ["civilians"], ["missile"], Q, Q, True, tp=3, optional=True,
        note="background: March 2022 missile strike on Erbil"),
    inc("kerman", ERV, "Suicide bomb", "2024-01-03", ["islamic-state"], ["civilians"], ["suicide"], Q, Q, True, tp=2, optional=True,
        note="background: Kerman bombings 'early this month', claimed by ISIS"),
    inc("sayyida_zainab", ERV, AIR, "2023-12-25", ["israel-defense-forces"], ["irgc"], Q, Q, Q, False, tp=2, optional=True,
        note="background: Razi Mousavi killed 'late last year'"),
], [], "'11 ballistic missiles' is not a tally; ambassador recall, complaints and the funeral are not incidents")

# ---------------------------------------------------------------- h2-025
art("h2-025", "2024-12-10", [
    inc("latakia", ERV, Q, "2024-12-09", ["israel-defense-forces"], ["syrian-government-forces", None], Q, None, None, False,
        note="Israeli navy struck Minet al-Beida and Latakia port 'الليلة الماضية' (Monday night); one incident in Latakia city; naval strike -> sub_event_type '?'"),
    inc("barzeh", ERV, AIR, "2024-12-08", ["israel-defense-forces"], Q, Q, None, None, False,
        note="'مساء الأحد'; 'من دون ورود أنباء عن ضحايا' -> null"),
    inc("latakia", ERV, Q, "2024-12-09", ["israel-defense-forces"], ["syrian-government-forces", None], Q, None, None, False, optional=True,
        note="second port (Minet al-Beida) if coded separately; same coordinates so a single incident pairs with the required one"),
    inc("damascus", ERV, AIR, Q, ["israel-defense-forces"], Q, Q, Q, Q, False, tp=2, optional=True, note="Damascus listed among the 48-hour targets (beyond Barzeh)"),
    inc("homs", ERV, AIR, Q, ["israel-defense-forces"], Q, Q, Q, Q, False, tp=2, optional=True, note="listed among the 48-hour targets"),
    inc("tartus", ERV, AIR, Q, ["israel-defense-forces"], Q, Q, Q, Q, False, tp=2, optional=True, note="listed among the 48-hour targets"),
    inc("palmyra", ERV, AIR, Q, ["israel-defense-forces"], Q, Q, Q, Q, False, tp=2, optional=True, note="listed among the 48-hour targets"),
    inc("quneitra", SD, "Non-violent transfer of territory", Q, ["israel-defense-forces"], None, [], None, None, False, tp=2, gp=2,
        optional=True, note="Israeli deployment in the Golan buffer zone"),
], [
    tal("strikes", 480, {}, ["SY"], "2024-12-08", "2024-12-10", "Israel Defense Forces"),
    tal("strikes", 310, {}, ["SY"], "2024-12-08", "2024-12-10", "SOHR"),
], "after the fall of Assad; condemnations by Arab states, UN and Russia are statements. '15 vessels' is not a tally")

# ---------------------------------------------------------------- h2-026
art("h2-026", "2025-03-15", [
    inc("anbar", ERV, AIR, "2025-03-13", [US, "iraqi-security-forces", COAL], ["islamic-state"], Q, 2, None, Q, gp=3,
        note="CENTCOM gives 13 March; Sudani announced on Friday 14 March; exact site not disclosed -> province level"),
    inc("anbar", "Battles", "Armed clash", "2024-08-15", [US, "iraqi-security-forces"], ["islamic-state"], Q, 15, 7, Q, tp=3, gp=3,
        optional=True, note="background: August 2024 joint raid in the western desert"),
], [], "Hijri+Gregorian dateline; Trump post and statements are not incidents")

# ---------------------------------------------------------------- h2-027
art("h2-027", "2025-05-18", [
    inc("tower22", ERV, AIR, "2024-01-28", [IAM, IRI, None], [US], ["drone"], 3, Q, Q, tp=3, optional=True,
        note="background: 'أواخر يناير 2024'"),
    inc("ain_asad", ERV, SHELL, "2024-08-15", [IAM, None], [US], ["rocket"], Q, Q, Q, tp=3, optional=True,
        note="background: August 2024 rocket attack"),
], [
    tal("attacks", 170, {}, ["IQ", "SY", "JO"], "2023-10-17", Q, "Pentagon",
        note="'أكثر من 170 هجوماً بين 17 أكتوبر 2023 ومطلع فبراير 2024'"),
    tal("attacks", 10, {}, ["IQ"], Q, Q, "Peshmerga ministry official", optional=True,
        note="'لعشرات الهجمات' on Erbil airport and Harir: vague (GUIDE: tens = 10)"),
], "negative: analysis of the coalition drawdown; troop numbers are not tallies; the ISIS attack in the 'اقرأ أيضاً' block is another story")

# ---------------------------------------------------------------- h2-028
art("h2-028", "2024-01-31", [
    inc("tower22", ERV, AIR, "2024-01-28", [IAM, None], [US], ["drone"], 3, Q, Q, optional=True,
        note="background: 'بعد يومين من هجوم' relative to Tuesday's announcement"),
    inc("palestine_st", ERV, AIR, "2024-01-04", [US], ["harakat-al-nujaba"], Q, 1, Q, Q, tp=2, optional=True,
        note="background: strike in Baghdad early January that killed a Nujaba commander"),
], [], "negative: KH announcement, Pentagon/White House and Nujaba statements; 'عشرات الهجمات' is vague and unattributed, not a tally")

# ---------------------------------------------------------------- h2-029
art("h2-029", "2024-07-03", [], [
    tal("killed", 138, {}, ["IQ"], "2015-01-01", "2024-07-03", "CPT",
        note="Community Peacemaker Teams: 138 civilians killed by Turkish and Iranian bombardment in the Kurdistan Region since 2015"),
    tal("killed", 1200, {}, ["IQ"], "2024-01-01", "2024-07-03", "Turkish Ministry of Defense", optional=True,
        note="'حيدت 1,200' = killed, captured or surrendered"),
], "negative: published_at missing, the body gives ٣ يوليو ٢٠٢٤. The condemnation names no specific strike; reported troop deployments in Amadiya are not coded")

# ---------------------------------------------------------------- h2-030
art("h2-030", "2023-11-13", [
    inc("albukamal", ERV, AIR, "2023-11-12", [US], MIL_SY, ["aircraft"], None, None, Q, gp=2,
        note="training facility near Albu Kamal, F-15s, 'مساء الأحد'; no casualty information -> null"),
    inc("mayadin", ERV, AIR, "2023-11-12", [US], MIL_SY, ["aircraft"], 7, None, Q,
        note="safe house in Mayadin; SOHR: at least seven killed"),
    inc("omar", ERV, SHELL, "2023-11-13", [IRI], [US, COAL], ["rocket"], Q, 0, True,
        note="'صباح اليوم الإثنين'; claimed; 'لم يسفر عن إصابات أو أضرار'"),
], [
    tal("attacks", 46, {"IQ": 24, "SY": 22}, ["IQ", "SY"], "2023-10-17", "2023-11-13", "Pentagon"),
    tal("injured", 56, {}, ["IQ", "SY"], "2023-10-17", "2023-11-13", "Pentagon"),
    tal("strikes", 3, {}, ["SY"], "2023-10-17", "2023-11-12", None, optional=True,
        note="'ثالث جولة من الضربات الأميركية في سوريا', unattributed"),
], "two strikes at two places = two incidents; the militia attack hours later is a third incident on another day")

gold.write(ROOT)
