"""The organisation's profile (names, transparency links, scale definitions) and the import label table."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlmodel import Session, select

from checker.report.label_map import DEFAULT_LABEL_MAP, build_label_map, label_key
from checker.report.records import Organisation, ScaleStep
from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.articles import check_url
from checker.store.errors import N_, InvalidInput
from checker.store.people.tables import User
from checker.store.reports.tables import OrganisationProfile, VerdictLabelMapping
from checker.store.verdicts.scale import ratings
from checker.store.verdicts.tables import Rating

PROFILE_ID = 1
EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")
# What each label of the default scale means, until an admin writes the organisation's own wording.
DEFAULT_SCALE_DEFINITIONS: dict[str, dict[str, str]] = {
    "true": {"en": "The claim is accurate and nothing significant is missing.",
             "ar": "الادعاء دقيق ولا ينقصه شيء جوهري."},
    "mostly_true": {"en": "The claim is accurate but needs clarification or additional information.",
                    "ar": "الادعاء دقيق في معظمه لكنه يحتاج إلى توضيح أو معلومات إضافية."},
    "misleading": {"en": "The claim contains accurate elements but leaves a false impression.",
                   "ar": "يتضمن الادعاء عناصر صحيحة لكنه يترك انطباعاً خاطئاً."},
    "mostly_false": {"en": "The claim contains an element of truth but ignores facts that change its meaning.",
                     "ar": "يتضمن الادعاء جزءاً من الحقيقة لكنه يتجاهل وقائع تغيّر معناه."},
    "false": {"en": "The claim is inaccurate.", "ar": "الادعاء غير دقيق."},
    "unproven": {"en": "The available evidence neither confirms nor refutes the claim.",
                 "ar": "الأدلة المتاحة لا تثبت الادعاء ولا تنفيه."},
}


@dataclass(frozen=True)
class ProfileForm:
    """What the admin's settings page submits."""

    name_en: str
    name_ar: str = ""
    url: str = ""
    methodology_url: str = ""
    corrections_policy_url: str = ""
    contact_email: str = ""
    contact_url: str = ""
    scale_definitions: dict[str, dict[str, str]] = field(default_factory=dict)


def get_profile(session: Session) -> OrganisationProfile | None:
    """The stored profile, or None before an admin has saved one."""
    return session.get(OrganisationProfile, PROFILE_ID)


def scale_steps(session: Session, definitions: dict[str, dict[str, str]] | None = None) -> tuple[ScaleStep, ...]:
    """The scale in order with each label's definition (the admin's, else the default)."""
    definitions = definitions or {}
    steps = []
    for rating in ratings(session):
        own = definitions.get(rating.key) or {}
        default = DEFAULT_SCALE_DEFINITIONS.get(rating.key, {})
        steps.append(ScaleStep(
            key=rating.key, label_en=rating.label_en, label_ar=rating.label_ar, value=rating.value,
            definition_en=own.get("en") or default.get("en", ""), definition_ar=own.get("ar") or default.get("ar", ""),
        ))
    return tuple(steps)


def organisation(session: Session, fallback_name: str, fallback_url: str) -> Organisation:
    """The publishing organisation for reports: the admin's profile over the configured name and URL."""
    profile = get_profile(session)
    if profile is None:
        return Organisation(name=fallback_name, url=fallback_url, scale=scale_steps(session))
    return Organisation(
        name=profile.name_en or fallback_name, url=profile.url or fallback_url, name_ar=profile.name_ar,
        methodology_url=profile.methodology_url, corrections_policy_url=profile.corrections_policy_url,
        contact_email=profile.contact_email, contact_url=profile.contact_url,
        scale=scale_steps(session, profile.scale_definitions),
    )


def _profile_values(form: ProfileForm, rating_keys: set[str]) -> dict:
    """Check the form: a name, http(s) links, a plausible email, definitions for known ratings only."""
    if not form.name_en.strip():
        raise InvalidInput(N_("The organisation needs a name."))
    values = {"name_en": form.name_en.strip()[:200], "name_ar": form.name_ar.strip()[:200]}
    for name in ("url", "methodology_url", "corrections_policy_url", "contact_url"):
        values[name] = check_url(getattr(form, name))[:2000]
    email = form.contact_email.strip()
    if email and not EMAIL.match(email):
        raise InvalidInput(N_("The contact email address is not valid."))
    values["contact_email"] = email[:200]
    values["scale_definitions"] = {
        key: {lang: text.strip()[:2000] for lang, text in texts.items() if lang in ("en", "ar") and text.strip()}
        for key, texts in form.scale_definitions.items() if key in rating_keys
    }
    return values


def save_profile(
    session: Session, form: ProfileForm, user: User, label_pairs: list[tuple[str, str]] | None = None,
) -> OrganisationProfile:
    """Save the organisation's profile and, when given, its label table, in one audited transaction."""
    if label_pairs is not None:
        _replace_label_mappings(session, label_pairs, user)
    values = _profile_values(form, {r.key for r in ratings(session)})
    profile = get_profile(session)
    before = None
    if profile is None:
        profile = OrganisationProfile(id=PROFILE_ID)
    else:
        before = {name: getattr(profile, name) for name in values}
    for name, value in values.items():
        setattr(profile, name, value)
    profile.updated_at = utcnow()
    profile.updated_by_id = user.id
    session.add(profile)
    record_event(session, user, "organisation.update", "organisation_profile", PROFILE_ID,
                 before=before, after=values)
    session.commit()
    return profile


def label_mappings(session: Session) -> list[tuple[VerdictLabelMapping, Rating]]:
    """The admin's label table with each entry's rating."""
    statement = select(VerdictLabelMapping, Rating).join(Rating).order_by(VerdictLabelMapping.label)
    return list(session.exec(statement))


def label_lookup(session: Session, extra: list[tuple[str, str]] | None = None) -> dict[str, int]:
    """Normalised foreign label → local rating id: built-in table, then the admin's, then `extra` (label, key)."""
    by_key = {rating.key: rating.id for rating in ratings(session)}
    stored = [(mapping.label, rating.key) for mapping, rating in label_mappings(session)]
    table = build_label_map(DEFAULT_LABEL_MAP, stored, extra or [])
    return {label: by_key[key] for label, key in table.items() if key in by_key}


def _replace_label_mappings(session: Session, pairs: list[tuple[str, str]], user: User) -> int:
    """Replace the admin's label table with (label, rating key) pairs; unknown keys are refused. No commit."""
    by_key = {rating.key: rating.id for rating in ratings(session)}
    unknown = sorted({key for _label, key in pairs if key not in by_key})
    if unknown:
        raise InvalidInput(N_("Unknown rating key: %(keys)s. Use one of: %(known)s."),
                           keys=", ".join(unknown), known=", ".join(by_key))
    before = [mapping.label + " = " + rating.key for mapping, rating in label_mappings(session)]
    for mapping, _rating in label_mappings(session):
        session.delete(mapping)
    session.flush()
    unique = {label_key(label): (label.strip()[:200], key) for label, key in pairs if label_key(label)}
    for normalised, (label, key) in unique.items():
        session.add(VerdictLabelMapping(label=label, normalised_label=normalised[:200], rating_id=by_key[key]))
    record_event(session, user, "organisation.label_map", "organisation_profile", PROFILE_ID,
                 before={"mappings": before}, after={"mappings": [f"{l} = {k}" for l, k in unique.values()]})
    return len(unique)
