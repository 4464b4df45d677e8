//! Nouns that describe a party without naming it: `der Konzern`, `the
//! airline`, `the man`. A closed class of news language: the attribution
//! reader resolves such a description to the party the report named before
//! it (`…, the airline confirmed` after `Air India has confirmed …`), and
//! does not take a phrase with one of them for a personal name.

crate::packed_table!(
    /// Heads of descriptions of an organization, folded, German and English.
    pub ORGANIZATIONS,
    "\
agency
airline
airport
army
association
authority
bank
behörde
betreiber
brand
bundesamt
carrier
club
company
corporation
council
department
firm
firma
fluggesellschaft
flughafen
gericht
gesellschaft
gewerkschaft
government
group
hersteller
hospital
institut
institute
konzern
krankenhaus
kreis
marke
ministerium
ministry
office
operators
organisation
organization
partei
party
police
polizei
reederei
regierung
staatsanwaltschaft
stadt
union
unternehmen
verband
verbund
verein
verwaltung"
);

crate::packed_table!(
    /// Heads of descriptions of a person (or people), folded.
    pub PERSONS,
    "\
frau
man
mann
woman"
);

/// Whether a folded word heads a description of an organization, also as
/// the head of a German compound (`Flughafenverband`, `Klinikverbund`:
/// the compound's last part of five letters or more).
pub fn is_organization(w: &str) -> bool {
    super::packed::contains(ORGANIZATIONS, w)
        || w.char_indices().skip(1).any(|(i, _)| w.len() - i >= 5 && super::packed::contains(ORGANIZATIONS, &w[i..]))
}

crate::packed_table!(
    /// Descriptions of institutions with a referent of their own (`the
    /// government`, `die Polizei`): the report names whose they are, so a
    /// description stands for one only through the name it was given with,
    /// never for whichever organization was named last.
    pub INSTITUTIONS,
    "\
army
behörde
council
department
gericht
government
ministerium
ministry
partei
party
police
polizei
regierung
stadt
verwaltung"
);

/// Whether a folded description is an institution's (`government`,
/// `Polizei`).
pub fn is_institution(w: &str) -> bool {
    super::packed::contains(INSTITUTIONS, w)
}

/// Whether a folded word heads a description of a person.
pub fn is_person(w: &str) -> bool {
    super::packed::contains(PERSONS, w)
}
