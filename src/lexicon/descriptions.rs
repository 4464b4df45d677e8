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
bundesamt
carrier
club
company
corporation
council
department
feuerwehr
firm
firma
fluggesellschaft
flughafen
gemeinde
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
    heads(ORGANIZATIONS, w)
}

/// Whether `table` holds a folded word, or the last part (five letters or
/// more) of a German compound.
fn heads(table: &str, w: &str) -> bool {
    super::packed::contains(table, w)
        || w.char_indices().skip(1).any(|(i, _)| w.len() - i >= 5 && super::packed::contains(table, &w[i..]))
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
city
council
county
court
department
feuerwehr
gemeinde
gericht
government
kreis
landkreis
ministerium
ministry
partei
party
police
polizei
prosecutors
regierung
staatsanwaltschaft
stadt
verwaltung"
);

/// Whether a folded description is an institution's (`government`,
/// `Polizei`), also as the last part of a German compound
/// (`Innenministerium`, `Landgericht`, `Stadtverwaltung`).
pub fn is_institution(w: &str) -> bool {
    heads(INSTITUTIONS, w)
}

crate::packed_table!(
    /// Roles a person speaks in (`Sprecher der Polizei`, `spokesperson for
    /// the hospital`): shared by sources of different parties, so never
    /// what makes two sources one.
    pub ROLES,
    "\
chef
chefin
chief
director
head
leiter
leiterin
minister
ministerin
spokesman
spokesperson
spokeswoman
sprecher
sprecherin"
);

/// Whether a folded word is a role a person speaks in.
pub fn is_role(w: &str) -> bool {
    super::packed::contains(ROLES, w)
}

/// Whether a folded word heads a description of a person.
pub fn is_person(w: &str) -> bool {
    super::packed::contains(PERSONS, w)
}

crate::packed_table!(
    /// Institutions by one key in both languages (`Polizei`, `police`):
    /// the same institution named in a German and an English report is one
    /// source. A closed class: bodies every news story has.
    pub INSTITUTION_KEYS,
    "\
armee army
army army
authorities authority
authority authority
behörde authority
behörden authority
court court
feuerwehr fire
fire fire
gericht court
gewerkschaft union
government government
ministerium ministry
ministry ministry
police police
polizei police
prosecutor prosecutor
prosecutors prosecutor
regierung government
staatsanwaltschaft prosecutor
union union"
);

/// The key of an institution's word in both languages (`polizei` →
/// `police`); the word itself when it names none.
pub fn institution_key(w: &str) -> &str {
    super::packed::get(INSTITUTION_KEYS, w).filter(|v| !v.is_empty()).unwrap_or(w)
}
