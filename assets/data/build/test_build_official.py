"""Unit tests of build_official.py's cleaning rules, one test per rule.

Standard library only; no input files needed:
    python3 -m unittest assets/data/build/test_build_official.py
"""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_official as bo  # noqa: E402


class Missing(unittest.TestCase):
    def test_non_disponibile_is_empty(self):
        self.assertEqual(bo.empty("Non Disponibile"), "")
        self.assertEqual(bo.empty(" NON DISPONIBILE "), "")
        self.assertEqual(bo.empty(None), "")
        self.assertEqual(bo.empty("VIA ROMA 1"), "VIA ROMA 1")


class TitleCase(unittest.TestCase):
    def test_words_and_particles(self):
        self.assertEqual(bo.title_case("ISTITUTO COMPRENSIVO DI BORGO SAN LORENZO"),
                         "Istituto Comprensivo di Borgo San Lorenzo")
        self.assertEqual(bo.title_case("OSPEDALE DEGLI INFERMI"), "Ospedale degli Infermi")
        self.assertEqual(bo.title_case("DI VITTORIO"), "Di Vittorio")  # first word

    def test_acronyms_kept(self):
        self.assertEqual(bo.title_case("CPIA 1 SONDRIO"), "CPIA 1 Sondrio")
        self.assertEqual(bo.title_case("IC ROSSANO I CTP"), "IC Rossano I CTP")
        self.assertEqual(bo.title_case("ITIS E IPSIA DI PRATO"), "ITIS e IPSIA di Prato")
        self.assertEqual(bo.title_case("CASA DI CURA VILLE AUGUSTA - S.R.L."),
                         "Casa di Cura Ville Augusta - S.R.L.")
        self.assertEqual(bo.title_case("C.T.P. 24 C/O I.C. SUBIACO"), "C.T.P. 24 c/o I.C. Subiaco")
        self.assertEqual(bo.title_case("AZIENDA OSPEDALIERO UNIV. AOU IRCCS"),
                         "Azienda Ospedaliero Univ. AOU IRCCS")
        self.assertEqual(bo.title_case("CPIA DI CZ"), "CPIA di CZ")  # no vowels: a sigla
        self.assertEqual(bo.title_case("VIA PAPA GIOVANNI XXIII"), "Via Papa Giovanni XXIII")

    def test_elision(self):
        self.assertEqual(bo.title_case("VIA DELL'ISTRIA 45"), "Via dell'Istria 45")
        self.assertEqual(bo.title_case("ISTITUTO D'ARTE"), "Istituto d'Arte")
        # known limit: a surname's D' inside a name reads as the preposition
        self.assertEqual(bo.title_case("L.CLASSICO D'ANNUNZIO"), "L.Classico d'Annunzio")
        self.assertEqual(bo.title_case("D'ANNUNZIO"), "D'Annunzio")
        self.assertEqual(bo.title_case("SANT'ANNA"), "Sant'Anna")

    def test_street_abbreviations(self):
        self.assertEqual(bo.title_case("P.ZZA CARMINE SNC"), "P.zza Carmine snc")
        self.assertEqual(bo.title_case("V.LE MANNARINO 47"), "V.le Mannarino 47")

    def test_mixed_case_left_alone(self):
        self.assertEqual(bo.title_case("Via Chambéry, 105"), "Via Chambéry, 105")

    def test_lost_accent(self):
        self.assertEqual(bo.accents("CIRIE'"), "CIRIÈ")
        self.assertEqual(bo.title_case("PRESIDI OSPED. RIUNITI CIRIE'"), "Presidi Osped. Riuniti Ciriè")
        self.assertEqual(bo.title_case("VIA CANTU' 5"), "Via Cantù 5")
        self.assertEqual(bo.title_case("VIA DELL'ARCELLA"), "Via dell'Arcella")  # elision stays


class HouseNumber(unittest.TestCase):
    def test_glued_number_split(self):
        self.assertEqual(bo.split_house_number("VIA FIUME4"), "VIA FIUME 4")
        self.assertEqual(bo.clean_address("VIA FIUME4"), "Via Fiume 4")
        self.assertEqual(bo.split_house_number("VIA ZUARA7/9"), "VIA ZUARA 7/9")
        self.assertEqual(bo.split_house_number("VIA ROCCAFRANCA7/B"), "VIA ROCCAFRANCA 7/B")
        self.assertEqual(bo.split_house_number("VIA STAZIONE23, X"), "VIA STAZIONE 23, X")

    def test_codes_left_alone(self):
        self.assertEqual(bo.split_house_number("VIA ROMA 12"), "VIA ROMA 12")
        self.assertEqual(bo.split_house_number("SS16 KM 3"), "SS16 KM 3")
        self.assertEqual(bo.split_house_number("I.C.61"), "I.C.61")


class LostCharacters(unittest.TestCase):
    def test_degree_and_numero(self):
        self.assertEqual(bo.lost_characters("VIA FLAIANO N? 12"), "VIA FLAIANO N. 12")
        self.assertEqual(bo.lost_characters("VIA 1? MAGGIO"), "VIA 1° MAGGIO")
        self.assertEqual(bo.lost_characters("CONTRA? PORNARO"), "CONTRA PORNARO")
        self.assertEqual(bo.clean_address("VIA FLAIANO N? 12"), "Via Flaiano n. 12")


class WebAddresses(unittest.TestCase):
    def test_repaired(self):
        self.assertEqual(bo.clean_url("https//cpiavenezia.edu.it/"), "https://cpiavenezia.edu.it/")
        self.assertEqual(bo.clean_url("http//www.denina.it"), "http://www.denina.it")
        self.assertEqual(bo.clean_url("http/www.icmiramare.gov.it"), "http://www.icmiramare.gov.it")
        self.assertEqual(bo.clean_url("htt//www.iccarignano.it"), "http://www.iccarignano.it")
        self.assertEqual(bo.clean_url("//www.ritalevi.gov.it"), "http://www.ritalevi.gov.it")
        self.assertEqual(bo.clean_url("http//http//www.icpinerolo2.gov.it"), "http://www.icpinerolo2.gov.it")
        self.assertEqual(bo.clean_url("www..icvasicorleone.it"), "http://www.icvasicorleone.it")
        self.assertEqual(bo.clean_url("www.primolevi-bs..edu.it"), "http://www.primolevi-bs.edu.it")
        self.assertEqual(bo.clean_url("https//www iclevimontalcini.edu.it"),
                         "https://www.iclevimontalcini.edu.it")
        self.assertEqual(bo.clean_url("WWW.ICDAMASIANO. GOV.IT"), "http://www.icdamasiano.gov.it")
        self.assertEqual(bo.clean_url("www.istitutocomprensivocadeo.edu,it"),
                         "http://www.istitutocomprensivocadeo.edu.it")
        self.assertEqual(bo.clean_url("http//iccastelnovonemonti.edu.it."),
                         "http://iccastelnovonemonti.edu.it")
        self.assertEqual(bo.clean_url("http//wwwicsfrankag.it"), "http://www.icsfrankag.it")
        # Characters a URI cannot carry after the host, as HSDS's `uri`
        # format checks: encoded, existing escapes kept.
        self.assertEqual(bo.clean_url("http://4.icudine.it/a/test-fermi#photo[gallery]"),
                         "http://4.icudine.it/a/test-fermi#photo%5Bgallery%5D")
        self.assertEqual(bo.clean_url("www.scuola.it/pagina|1/caffè"),
                         "http://www.scuola.it/pagina%7C1/caff%C3%A8")
        self.assertEqual(bo.clean_url("www.scuola.it/a%20b?x=1&y=2"), "http://www.scuola.it/a%20b?x=1&y=2")

    def test_scheme_added(self):
        self.assertEqual(bo.clean_url("www.cpia1sondrio.edu.it/"), "http://www.cpia1sondrio.edu.it/")

    def test_dropped(self):
        for bad in ["Non Disponibile", "ist.compren.levanto@libero.it", "www.luic84000p@istruzione.it",
                    "montesangiovanniuno", "WWW.", "www", "I.C.S.QUASIMODO AGRIGENTO.IT",
                    "www.montegrappa_sanzio.gov.it", "I.C. F. GESUE'"]:
            self.assertEqual(bo.clean_url(bad), "", bad)

    def test_same_site(self):
        self.assertTrue(bo.same_site("http://www.x.it/", "https://x.it"))
        self.assertFalse(bo.same_site("http://www.x.it/a", "https://x.it"))


class Email(unittest.TestCase):
    def test_email(self):
        self.assertEqual(bo.clean_email("GEMM18600B@PEC.ISTRUZIONE.IT"), "gemm18600b@pec.istruzione.it")
        self.assertEqual(bo.clean_email("Non Disponibile"), "")
        self.assertEqual(bo.clean_email("not an address"), "")


def row(name="SCUOLA", address="VIA ROMA 1", char="NORMALE", kind="SCUOLA PRIMARIA"):
    return {"DENOMINAZIONESCUOLA": name, "INDIRIZZOSCUOLA": address,
            "DESCRIZIONECARATTERISTICASCUOLA": char,
            "DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA": kind}


class Exclusions(unittest.TestCase):
    def test_prison(self):
        self.assertEqual(bo.excluded_reason(row(char="SPEC. PER CARCERARI")), "prison")
        self.assertEqual(bo.excluded_reason(row(name="C.T.P. - CARCERE - ALESSANDRIA")), "prison")
        self.assertEqual(bo.excluded_reason(row(name="S.M.S. SOGLIANO (SC.CARCERARIA)")), "prison")
        self.assertEqual(bo.excluded_reason(row(name="CASA CIRCONDARIALE SAN VITO")), "prison")
        self.assertEqual(bo.excluded_reason(row(name="CPIA - REMS - CASTIGLIONE D/S")), "prison")
        self.assertEqual(bo.excluded_reason(row(address="STRADA S'ANNA 370 - CARCERE")), "prison")
        # a street named after a prison is not enough to be wrong often, but
        # VIA CIRCONVALLAZIONE must not match
        self.assertIsNone(bo.excluded_reason(row(address="VIA CIRCONVALLAZIONE N.15")))
        self.assertIsNone(bo.excluded_reason(row(address="VIA CARCHIDIO 7")))

    def test_hospital_school(self):
        self.assertEqual(bo.excluded_reason(row(char="C/O IST. OSPEDALIERO")), "hospital")

    def test_not_operating_and_boarding(self):
        self.assertEqual(bo.excluded_reason(
            row(address="PUNTO DI EROGAZIONE ATTUALMENTE NON OPERANTE")), "not-operating")
        self.assertEqual(bo.excluded_reason(row(kind="CONVITTO ANNESSO")), "boarding")

    def test_normal(self):
        self.assertIsNone(bo.excluded_reason(row()))


class Levels(unittest.TestCase):
    def test_levels(self):
        self.assertEqual(bo.school_level(row(kind="SCUOLA INFANZIA")), "infanzia")
        self.assertEqual(bo.school_level(row(kind="SCUOLA PRIMO GRADO")), "secondaria-1")
        self.assertEqual(bo.school_level(row(kind="LICEO CLASSICO")), "secondaria-2")
        self.assertEqual(bo.school_level(row(kind="LICEO CLASSICO", char="PERCORSO II LIVELLO")), "serale")
        self.assertEqual(bo.school_level(row(kind="CENTRO TERRITORIALE")), "cpia")
        self.assertEqual(bo.school_level(row(kind="SCUOLA PRIMO GRADO", char="CPIA")), "cpia-hq")
        self.assertEqual(bo.school_level(row(kind="ISTITUTO COMPRENSIVO")), "hq")


class Places(unittest.TestCase):
    def test_same_place(self):
        c = {"name": "Fubine Monferrato", "alt_names": ""}
        self.assertTrue(bo.same_place("Fubine", c))
        self.assertTrue(bo.same_place("FUBINE MONFERRATO", c))
        self.assertFalse(bo.same_place("Quargnento", c))
        self.assertTrue(bo.same_place("Bozen", {"name": "Bolzano", "alt_names": "Bozen"}))

    def test_normalize(self):
        self.assertEqual(bo.words_of("Forlì-Cesena"), "forli cesena")


class HealthNames(unittest.TestCase):
    def test_cut_kept_and_sigle(self):
        stats = bo.Stats()
        self.assertEqual(bo.clean_health_name("AZIENDA OSPEDALIERO UNIVERSITARIA S.LUIG", stats),
                         "Azienda Ospedaliero Universitaria S.Luig")
        self.assertEqual(bo.clean_health_name("ASL BA", stats), "ASL BA")
        self.assertEqual(bo.clean_health_name("OSPEDALI RIUNITI A.S.L. TO 5", stats),
                         "Ospedali Riuniti A.S.L. TO 5")
        self.assertEqual(bo.clean_health_name("TO3", stats), "TO3")


if __name__ == "__main__":
    unittest.main()
