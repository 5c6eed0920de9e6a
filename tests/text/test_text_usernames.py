"""Usernames that a reader would take for one another share a key; different names keep different keys."""
from __future__ import annotations

import pytest

from checker.text.usernames import confusable_prototypes, normalise_username, skeleton, username_key

SAME = [
    # case and compatibility forms
    ("Admin", "admin"), ("ADMIN", "admin"), ("ａｄｍｉｎ", "admin"), ("  admin ", "admin"), ("Straße", "strasse"),
    ("ﬁona", "fiona"),
    # Cyrillic and Greek lookalikes
    ("аdmin", "admin"),            # Cyrillic а
    ("аdmіn", "admin"),            # Cyrillic а and Ukrainian і
    ("АDMIN", "admin"),            # Cyrillic capital А
    ("ѕага", "sara"),              # Cyrillic ѕ, а and г (read as r)
    ("αdmin", "admin"),            # Greek alpha
    ("ɑdmin", "admin"),            # Latin alpha
    ("Τοm", "tom"),                # Greek capital tau and omicron
    ("ρaul", "paul"),              # Greek rho
    # letters read as other letters, and digits as letters
    ("rnaria", "maria"), ("r0ot", "root"), ("ROOT", "r0ot"), ("adm1n", "admln"),
    ("user٥", "usero"),
    # invisible characters
    ("ad\u200dmin", "admin"), ("ad\u00admin", "admin"), ("admin\u200f", "admin"),
    # accents and Arabic marks
    ("maría", "maria"), ("José", "jose"), ("مُحَمَّد", "محمد"), ("أحمد", "احمد"), ("إيمان", "ايمان"),
    # Arabic letter variants a reader does not tell apart
    ("علي", "علی"),                # Arabic yeh and Farsi yeh
    ("علي", "على"),                # yeh and alef maksura
    ("كريم", "کریم"),              # Arabic kaf and keheh
]

DIFFERENT = [
    ("admin", "admins"), ("admin", "adm1n"), ("adm1n", "admIn"), ("maria", "marta"), ("user1", "user2"),
    ("user5", "usero"), ("sara_2024", "sara-2024"),
    ("محمد", "أحمد"), ("سارة", "ساره"), ("عمر", "عمرو"), ("فاطمة", "فاطمه"), ("يوسف", "يونس"),
    ("Μαρία", "maria"),            # Greek mu is not read as m
]


@pytest.mark.parametrize("left, right", SAME)
def test_lookalike_usernames_share_a_key(left, right):
    assert username_key(left) == username_key(right)


@pytest.mark.parametrize("left, right", DIFFERENT)
def test_different_usernames_keep_different_keys(left, right):
    assert username_key(left) != username_key(right)


@pytest.mark.parametrize("name, key", [
    ("admin", "adrnin"),           # the key is not for display: TR39 reads m as rn
    ("محمد", "محمد"),              # Arabic names without lookalike letters are untouched
    ("عمر", "عمر"),
    ("يوسف", "ىوسف"),
    ("2024", "2o24"),
    ("", ""),
])
def test_username_key_values(name, key):
    assert username_key(name) == key


@pytest.mark.parametrize("name", ["admin", "Аdmin", "مُحَمَّد", "r0ot", "ΑΒΓ", "علی"])
def test_username_key_is_stable(name):
    assert username_key(username_key(name)) == username_key(name)


@pytest.mark.parametrize("name, stored", [("  Sara ", "Sara"), ("ａｄｍｉｎ", "admin"), ("علی", "علی"), ("ﬁ", "fi")])
def test_normalise_username_keeps_case_and_script(name, stored):
    assert normalise_username(name) == stored


def test_skeleton_is_tr39():
    assert skeleton("раураl") == "paypal"                  # Cyrillic р, а, у
    assert len(confusable_prototypes()) > 6000
    assert confusable_prototypes()["\u0430"] == "a"
