//! Cross-article comparison: relates candidate pairs of claims slot by slot
//! (corroborates, consistent, conflicts, disputes, updates, or no link) and
//! gives each claim a verdict and its independent sources.
//!
//! Two claims are linked only when their content matches (see [`relate`]):
//!
//! 1. **Time**: resolved event times must overlap; two claims without times
//!    from articles published months apart are about different events. A
//!    toll told as a total on a later day (`rose to 62 on Thursday`) is the
//!    one exception: it can only be an update of the earlier count.
//! 2. **Content**: the events (and newsworthy acts) of one claim must all be
//!    among the other's — same predicate concept, not just the same topic.
//!    A *confirmation* is news of its own: it links to a claim without one
//!    only when that claim comes from the confirming party itself.
//! 3. **Polarity**: the same event affirmed on one side and denied (or stated
//!    as not so) on the other is a dispute, scoped to that event.
//! 4. **Figures**: a figure whose measure belongs to a shared event must be
//!    on both sides (a claim without the figure states a different fact).
//!    Figures of the same measure are compared as intervals widened by what
//!    the wording says and by the rounding a figure shows (`370.000`);
//!    figures given only as written (a count of a noun, a share, a sum) must
//!    also be said of the same thing, and never conflict. Disjoint figures
//!    are an *update* when a later
//!    report gives a higher count of something that only grows, else a
//!    *conflict*.
//! 5. When the wording is nearly the same sentence (the same agency copy),
//!    the claims corroborate whatever the lexicon knows of them.
//!
//! When unsure, no link: a wrong "bestätigt" is worse than none.
//!
//! `independent_sources` counts origin parties (`party`) behind a
//! claim and the claims that corroborate it: two outlets repeating KCNA are
//! one source, and so are KCNA and Kim Jong Un.

pub mod align;
mod explain;
mod party;
mod snowball;
pub mod statement;
pub(crate) mod stem;

use crate::hash::IdMap;
use crate::lexicon::predicates;
use crate::report::{
    ArticleReport, Claim, EntityKind, Link, OriginParty, Qualifier, Quantity, Relation, TimeExpr, Verdict,
};
use align::Pair;
use party::Party;
use statement::Statement;

/// How far an approximate figure (`etwa`, `rund`, `about`) may be off.
const APPROX: f64 = 0.05;
/// Figures further apart than this factor are not estimates of one number.
const MAX_RATIO: f64 = 10.0;
/// Articles published further apart than this report different events,
/// unless both claims name times that overlap.
const MAX_UNTIMED_DAYS: i64 = 45;
/// How many days after a toll a report of its total can still revise it.
const MAX_TOLL_DAYS: i64 = 7;
/// Least share of shared content stems for two sentences to count as the
/// same wording.
const SAME_WORDING: f64 = 0.7;

/// Relates candidate pairs, sets each claim's verdict, evidence and
/// independent sources, and returns the links. `statements` are what the
/// claims state, one per claim in the same order ([`statement::read`] as the
/// pipeline reads them, or [`statement::of_claims`] from a report).
pub fn compare(articles: &[ArticleReport], claims: &mut [Claim], statements: &[Statement]) -> Vec<Link> {
    assert_eq!(claims.len(), statements.len(), "one statement per claim");
    // Each claim's article, as an index: alignment, dates and labels read it.
    let article_of: Vec<usize> = {
        // An id's last article, as a map collected from the list would have it.
        let (mut ids, mut index_of) = (IdMap::with_capacity(articles.len()), Vec::with_capacity(articles.len()));
        for (i, a) in articles.iter().enumerate() {
            match ids.insert(a.id.as_str()) {
                (_, true) => index_of.push(i),
                (id, false) => index_of[id as usize] = i,
            }
        }
        claims
            .iter()
            .map(|c| index_of[ids.get(c.article.as_str()).expect("a claim of a listed article") as usize])
            .collect()
    };
    let pairs = align::align(articles, claims, statements, &article_of);
    let published: Vec<Option<crate::date::Date>> =
        articles.iter().map(|a| a.published.as_deref().and_then(crate::date::Date::parse_iso)).collect();
    // How explanations name each article, made once per article.
    let labels: Vec<(String, String)> = (0..articles.len()).map(|i| explain::label(articles, i)).collect();
    let label = |c: usize| &labels[article_of[c]];
    let mut links = Vec::with_capacity(pairs.len());
    let mut relations: Vec<Vec<(usize, Relation)>> = vec![Vec::new(); claims.len()];
    let push = |links: &mut Vec<Link>,
                relations: &mut Vec<Vec<(usize, Relation)>>,
                a: usize,
                b: usize,
                relation: Relation,
                score: f64| {
        let (from, to) = (a, b);
        relations[a].push((b, relation));
        relations[b].push((a, relation));
        let same = statements[from].party.is_some() && statements[from].party == statements[to].party;
        links.push(Link {
            from: claims[from].id.clone(),
            to: claims[to].id.clone(),
            relation,
            score: (score * 1000.0).round() / 1000.0,
            explanation: explain::explain(
                articles,
                [label(from), label(to)],
                &claims[from],
                &claims[to],
                &statements[from],
                &statements[to],
                relation,
            ),
            same_source: same,
        });
    };
    for Pair { a, b, score } in pairs {
        let (pa, pb) = (published[article_of[a]], published[article_of[b]]);
        let Some(relation) = relate(&claims[a], &claims[b], &statements[a], &statements[b], pa, pb) else {
            continue;
        };
        // An update points from the earlier report to the later one.
        let (from, to) = if relation == Relation::Updates && pa > pb { (b, a) } else { (a, b) };
        push(&mut links, &mut relations, from, to, relation, score);
    }
    for (p, d) in denials_in_place(articles, claims, statements) {
        push(&mut links, &mut relations, p, d, Relation::Disputes, 1.0);
    }
    // Display names of entities, for parties without a built-in name: one
    // map for the run, not a scan of every claim per party.
    let mut entity_names: Vec<(String, String)> =
        claims.iter().flat_map(|c| &c.entities).map(|e| (e.id.clone(), e.name.clone())).collect();
    crate::sort::sort_by(&mut entity_names, |a, b| a.0.cmp(&b.0));
    entity_names.dedup_by(|a, b| a.0 == b.0);
    for i in 0..claims.len() {
        let rel = &relations[i];
        let mut parties: Vec<(Party, Vec<String>)> = Vec::new();
        // A source the gazetteer does not know still counts once (`die
        // Polizei` relayed by two outlets is one source, not none).
        let named = |j: usize| claims[j].attribution.as_ref().and_then(party::of_named_source);
        // Who asserts it: the source, or the party whose act the claim
        // reports (`Nordkorea hat … bestätigt`); a state a claim only names
        // (`German airport strikes …`) asserts nothing.
        let asserts = |j: usize| claims[j].attribution.is_some() || !statements[j].acts.is_empty();
        let mut add = |j: usize| {
            let party = statements[j].party.clone().filter(|_| asserts(j)).or_else(|| named(j));
            if let Some(p) = &party {
                let named =
                    claims[j].attribution.as_ref().map(|a| a.source.clone()).or_else(|| actor_name(&claims[j], p));
                match parties.iter_mut().find(|(q, _)| q == p || party::same_named_source(q, p)) {
                    // Two names say who it is; more only repeat it.
                    Some((_, names)) if names.len() < 2 => names.extend(named.filter(|n| !names.contains(n))),
                    Some(_) => {}
                    None => parties.push((p.clone(), named.into_iter().collect())),
                }
            }
        };
        add(i);
        for &(j, r) in rel {
            if matches!(r, Relation::Corroborates | Relation::Consistent) {
                add(j);
            }
        }
        let evidence = rel.iter().map(|&(j, _)| claims[j].id.clone()).collect();
        let parties: Vec<OriginParty> = parties
            .into_iter()
            .map(|(p, named)| {
                // A source the gazetteer does not know: as the text names it.
                let as_written = named.first().filter(|_| p.id.starts_with("src:")).map(|n| (n.clone(), n.clone()));
                let (de, en) = p.names().or(as_written).unwrap_or_else(|| {
                    // A party of its own (a person, an authority): its entity's name.
                    let name = entity_names
                        .binary_search_by(|(id, _)| id.as_str().cmp(&p.id))
                        .map_or_else(|_| p.id.clone(), |k| entity_names[k].1.clone());
                    (name.clone(), name)
                });
                OriginParty { id: p.id, de, en, named }
            })
            .collect();
        let c = &mut claims[i];
        c.verdict = verdict(c, rel, parties.len());
        c.evidence = evidence;
        c.independent_sources = parties.len().max(1);
        c.sources_note = explain::sources_note(&parties);
        c.parties = parties;
    }
    links
}

/// The name the text gives the actor of an act (`Nordkorea` in `Nordkorea
/// hat … bestätigt`).
fn actor_name(claim: &Claim, party: &Party) -> Option<String> {
    claim
        .entities
        .iter()
        .find(|e| crate::compare::party::of_entity(&e.id, e.kind).as_ref() == Some(party))
        .map(|e| e.name.clone())
}

/// Denials that answer the claim just before them in the same article
/// (`… habe Gerassimow Putin über die Rückeroberung informiert. Das
/// ukrainische Militär bestritt die Darstellung des Kremls …`): (claim,
/// denial) index pairs. Only what is denied is disputed: the two must state
/// the same event with opposite polarity.
fn denials_in_place(articles: &[ArticleReport], claims: &[Claim], st: &[Statement]) -> Vec<(usize, usize)> {
    // A heading answers nothing before it: `Kiew weist Darstellung zurück`
    // over a paragraph is about what follows.
    let heading = |c: &Claim| {
        let blocks = articles.iter().find(|a| a.id == c.article).map_or(&[][..], |a| &a.blocks[..]);
        blocks.iter().find(|b| b.start <= c.start && c.start < b.end).is_some_and(|b| b.kind.is_heading())
    };
    let mut out = Vec::new();
    for d in 1..claims.len() {
        let p = d - 1;
        if !st[d].denied || claims[p].article != claims[d].article {
            continue;
        }
        if !st[p].denied && opposed(&st[p], &st[d]) {
            out.push((p, d));
            continue;
        }
        // `Die ukrainische Armeeführung wies das zurück.`, `Kyiv denied
        // the accusations.`, `bestritt die Darstellung des Kremls, es gebe
        // keine …`: a denial that points back answers a claim a few
        // sentences before it at most.
        if heading(&claims[d]) || !st[d].figures.is_empty() || !points_back(&claims[d].text) {
            continue;
        }
        let named = named_parties(&claims[d], &st[d]);
        let answered = (d.saturating_sub(MAX_POINTER_CLAIMS)..d).rev().find(|&q| {
            let candidate = claims[q].article == claims[d].article
                && near(&claims[q], &claims[d], d - q)
                && !st[q].denied
                && !heading(&claims[q])
                && !st[q].events.is_empty();
            // What the denial says is not so, the nearest claim that says
            // it is; else the nearest claim of the party it names; else,
            // naming nothing, the claim right before.
            candidate
                && (opposed(&st[q], &st[d])
                    || (st[d].events.is_empty()
                        && if named.is_empty() {
                            q == p
                        } else {
                            st[q].party.as_ref().is_some_and(|party| named.contains(party))
                        }))
        });
        if let Some(q) = answered {
            out.push((q, d));
        }
    }
    out
}

/// Whether claim `p` stands close enough before the denial `d`, `back`
/// claims before it, to be what a pointer (`das`, `diese Darstellung`)
/// means.
fn near(p: &Claim, d: &Claim, back: usize) -> bool {
    p.end <= d.start && d.start - p.end <= MAX_POINTER_GAP * back
}

/// The parties a denial names as the claimant of what it rejects (`die
/// Darstellung des Kremls`, `Moscow's claims`): those of its entities that
/// are not its own speaker's.
fn named_parties(c: &Claim, s: &Statement) -> Vec<crate::compare::party::Party> {
    let mut named = Vec::new();
    let others = c.entities.iter().filter(|e| c.attribution.as_ref().is_none_or(|a| !a.entities.contains(&e.id)));
    for p in others.filter_map(|e| crate::compare::party::of_entity(&e.id, e.kind)) {
        if s.party.as_ref() != Some(&p) && !named.contains(&p) {
            named.push(p);
        }
    }
    named
}

/// How many claims back a denial that names the claimant may reach.
const MAX_POINTER_CLAIMS: usize = 3;

/// How far (bytes: the comparison runs before offsets become UTF-16) a
/// denial that points back (`wies das zurück`)
/// may stand from the claim it answers: the next sentence, not the next
/// paragraph but one.
const MAX_POINTER_GAP: usize = 200;

/// Whether a denial's object points back at what it denies: a pointer
/// word right after the denying verb or right before its particle or the
/// sentence's end (`wies das zurück`, `bestreiten das.`, `denied that.`,
/// `bestritt diese Darstellung`), not an article opening the sentence
/// (`Das Ministerium bestritt jede Beteiligung`) nor a conjunction (`denied
/// that any troops were involved`).
fn points_back(text: &str) -> bool {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let pointer = |k: usize| k > 0 && lower.get(k).is_some_and(|w| predicates::DENIAL_POINTERS.contains(&w.as_str()));
    let denies =
        |w: &str| crate::lexicon::speech::is(w, crate::lexicon::speech::DENIES | crate::lexicon::speech::DENIAL_CUE);
    let last = lower.len().saturating_sub(1);
    (0..lower.len()).filter(|&k| denies(&lower[k])).any(|v| {
        // `bestritt das`, `bestritt diese Darstellung`; `wies das zurück`;
        // `bestreiten das.`
        (pointer(v + 1) && (v + 1 == last || lower.get(v + 2).is_some_and(|w| w == "zurück") || v + 2 == last))
            || (pointer(v + 2) && matches!(lower[v + 1].as_str(), "diese" | "die" | "den" | "the" | "these" | "those"))
            || (v + 2 <= last && pointer(last - 1) && lower[last] == "zurück")
    })
}

/// Whether two statements state some event with opposite polarity.
fn opposed(x: &Statement, y: &Statement) -> bool {
    x.events.iter().any(|(c, p)| y.polarity(c).is_some_and(|q| q != *p))
}

/// The verdict on a claim from its own modality, its relations and the
/// number of origin parties behind it and the claims that corroborate or
/// fit it (`independent_sources`, 0 when no party is known).
///
/// A corroboration counts as one (`corroborated`) only when it does not all
/// rest on one party: KCNA's report repeated by a second outlet, or an
/// unattributed `sollen` next to the KCNA report it relays, is `relayed`.
/// Two outlets that state it in their own voice, with no party named on
/// either side, corroborate.
fn verdict(claim: &Claim, relations: &[(usize, Relation)], parties: usize) -> Verdict {
    let has = |r: Relation| relations.iter().any(|&(_, x)| x == r);
    if claim.modality == crate::report::Modality::Denied || has(Relation::Disputes) {
        Verdict::Disputed
    } else if has(Relation::Conflicts) {
        Verdict::Discrepancy
    } else if has(Relation::Corroborates) && parties == 1 {
        Verdict::Relayed
    } else if has(Relation::Corroborates) {
        Verdict::Corroborated
    } else if has(Relation::Consistent) || has(Relation::Updates) {
        Verdict::Consistent
    } else {
        Verdict::SingleSource
    }
}

/// Whether the content of `small` is all stated by `large`: every event
/// and act of `small` is among `large`'s. A one-sided confirmation counts
/// as stated when `small` comes from the confirming party itself.
fn covers(large: &Statement, small: &Statement) -> bool {
    let events = small
        .event_names()
        .all(|c| large.has_event(c) || large.event_names().any(|d| predicates::entails(d, c) && small.has_event(d)));
    let same_party = large.party.is_some() && large.party == small.party;
    let one_sided = |a: &str, other: &Statement| other.acts.contains(&a) || (a == "confirm" && same_party);
    events && small.acts.iter().all(|a| one_sided(a, large)) && large.acts.iter().all(|a| one_sided(a, small))
}

/// The measures whose figures state the fact of an event.
fn measure_event(measure: &str) -> Option<&'static str> {
    Some(match measure {
        "troops" => "deploy",
        "deaths" | "casualties" => "die",
        m if m == "injured" || m.starts_with("injured:") => "injure",
        "evacuated" => "evacuate",
        "missing" => "missing",
        "rescued" => "rescue",
        m if m.starts_with("percent") => "vote_result",
        _ => return None,
    })
}

/// Whether a figure's value is too exact to be met by chance: three
/// significant digits or more (`23.707`, `50,89`, `82,5`, `241`), and no
/// year. `12.000`, `0,2` and `16` are figures many facts share.
pub(crate) fn distinctive(v: f64) -> bool {
    let year = v.fract() == 0.0 && (1900.0..=2100.0).contains(&v);
    !year && v > 0.0 && significant_digits(v) >= 3
}

/// The significant digits of a value as written, up to six places after
/// the point (`23707` → 5, `12000` → 2, `50.89` → 4, `0.2` → 1).
fn significant_digits(v: f64) -> usize {
    // (Beyond this a value's digits are past what an `f64` or a report
    // gives: no figure that large is told to three places.)
    if v.abs() >= 1e12 {
        return 0;
    }
    let mut n = (v.abs() * 1e6).round() as u64;
    if n == 0 {
        return 0;
    }
    while n.is_multiple_of(10) {
        n /= 10;
    }
    let mut digits = 0;
    while n > 0 {
        n /= 10;
        digits += 1;
    }
    digits
}

/// Whether two claims' figures of a measure given only as written
/// ([`statement::weak`]) are said of the same thing: some pair of them
/// shares a word of its clause, their values as written are too exact to
/// meet by chance, a German and an English claim write a name in common,
/// or the claims have their party or a person or organization in
/// common (`Innenministerin Sara Demirel sagte, 16 Gebäude seien
/// eingestürzt`, `Demirel zufolge stürzten 16 Gebäude ein`).
fn said_alike(sx: &Statement, sy: &Statement, m: &str) -> bool {
    if (sx.party.is_some() && sx.party == sy.party) || sx.actors.iter().any(|a| sy.actors.contains(a)) {
        return true;
    }
    // Between a German and an English report a capitalized word both
    // write is a name (`Volkswagen`, `Trzaskowski`), not a noun of the
    // story: a name in common says whose figure it is.
    if sx.lang != sy.lang && sx.names.iter().any(|n| sy.names.binary_search(n).is_ok()) {
        return true;
    }
    let fy: Vec<&statement::Figure> = sy.figures.iter().filter(|f| f.measure == m).collect();
    sx.figures.iter().filter(|f| f.measure == m).any(|a| {
        fy.iter().any(|b| (a.exact && b.exact) || a.context.iter().any(|w| b.context.binary_search(w).is_ok()))
    })
}

/// Whether two figures given only as written ([`statement::weak`]) agree:
/// `Some(true)` for the same figure, `Some(false)` for compatible ones,
/// `None` when they do not agree. An open bound agrees only with a value
/// near it (`mehr als 9.500 Hektar` and `23,707 acres` = 9.594 ha, not
/// `mehr als 54,91 Prozent` and `77,51 Prozent`): where a figure says
/// nothing of what it counts, a value far beyond the bound is another
/// figure, not a compatible one.
fn agree(a: &Quantity, b: &Quantity) -> Option<bool> {
    use Qualifier::*;
    let open = |q: &Quantity| matches!(q.qualifier, MoreThan | AtLeast | AtMost | LessThan);
    if a.qualifier == Vague || b.qualifier == Vague {
        return None;
    }
    if compare_figures(&[a], &[b]) == Overlap::Equal {
        return Some(true);
    }
    let ((a0, a1), (b0, b1)) = (interval(a)?, interval(b)?);
    if a1 < b0 || b1 < a0 {
        return None;
    }
    // Beyond the bound (`mehr als 250` is not `225 bis 250`), but near it.
    let near = |bound: &Quantity, (lo, hi): (f64, f64)| match bound.qualifier {
        MoreThan => bound.value_min.is_some_and(|l| hi > l && lo <= l * (1.0 + NEAR_BOUND)),
        AtLeast => bound.value_min.is_some_and(|l| hi >= l && lo <= l * (1.0 + NEAR_BOUND)),
        LessThan => bound.value_max.is_some_and(|u| lo < u && hi >= u * (1.0 - NEAR_BOUND)),
        _ => bound.value_max.is_some_and(|u| lo <= u && hi >= u * (1.0 - NEAR_BOUND)),
    };
    match (open(a), open(b)) {
        (false, false) => Some(false),
        (true, false) => near(a, (b0, b1)).then_some(false),
        (false, true) => near(b, (a0, a1)).then_some(false),
        (true, true) => None,
    }
}

/// How far beyond an open bound (`mehr als`, `bis zu`) a value given only
/// as written may lie and still be the figure the bound rounds.
const NEAR_BOUND: f64 = 0.1;

/// Share of content stems the two sentences have in common (same language).
fn wording(x: &Statement, y: &Statement) -> f64 {
    if x.lang != y.lang || x.stems.len() < 3 || y.stems.len() < 3 {
        return 0.0;
    }
    // Both are sorted: one merge.
    let mut shared = 0;
    crate::sort::for_each_common(&x.stems, &y.stems, |a, b| a.cmp(b), |_, _| shared += 1);
    shared as f64 / x.stems.len().max(y.stems.len()) as f64
}

/// How two candidate claims relate, or `None` when they do not state the
/// same fact (or it is not clear enough that they do).
pub fn relate(
    x: &Claim,
    y: &Claim,
    sx: &Statement,
    sy: &Statement,
    published_x: Option<crate::date::Date>,
    published_y: Option<crate::date::Date>,
) -> Option<Relation> {
    // 1. Time.
    let times = compare_times(&x.times, &y.times);
    // Different days are different events, except for a toll told again
    // on a later day (`killed at least 51, authorities said on Wednesday`,
    // `the death toll rose to 62 on Thursday`): that can only be an update.
    let later_toll = times == Overlap::Disjoint && tolls(x, y, sx, sy, published_x, published_y);
    if times == Overlap::Disjoint && !later_toll {
        return None;
    }
    // Reports months apart are about the same event only when both name
    // times that overlap.
    if let (Some(px), Some(py)) = (published_x, published_y) {
        if (px.days() - py.days()).abs() > MAX_UNTIMED_DAYS && !(sx.timed && sy.timed) {
            return None;
        }
    }
    if sx.negated != sy.negated {
        return None;
    }
    // Towns named on both sides and none in common: different places,
    // different facts, however alike the words (`In Offingen ist ein Damm
    // gebrochen`, `In Schrobenhausen ist ein Damm gebrochen`).
    if !sx.places.is_empty() && !sy.places.is_empty() && !sx.places.iter().any(|p| sy.places.contains(p)) {
        return None;
    }
    // 5. The same sentence twice: corroborates (or disputes, if only one
    // reports the denial).
    // (The cheap tests first: the wording compares every stem.)
    // (A forecast and a report of what happened can share most words:
    // `expects heavy rain`, `heavy rain fell`.)
    // (Nor are what is reported now and the same words told as background,
    // `hatten … unterzeichnet` against `haben am Dienstag … unterzeichnet`.)
    if sx.entities == sy.entities
        && sx.acts == sy.acts
        && sx.about.is_empty() == sy.about.is_empty()
        && same_measures(sx, sy)
        && figures_agree(sx, sy)
        && wording(sx, sy) >= SAME_WORDING
    {
        return Some(if sx.denied == sy.denied { Relation::Corroborates } else { Relation::Disputes });
    }
    // 2. Content.
    let shared_events = sx.event_names().filter(|c| sy.has_event(c)).count();
    let shared_acts = sx.acts.iter().filter(|a| sy.acts.contains(a)).count();
    // One party's acts are one statement only when one speaker makes them:
    // Putin's praise and his chief of staff's are two (both Russia's).
    let same_party = sx.party.is_some()
        && sx.party == sy.party
        && (sx.acts.is_empty() || sx.speaker.is_none() || sy.speaker.is_none() || sx.speaker == sy.speaker);
    let shared_measures: Vec<&str> = sx
        .figures
        .iter()
        .filter(|f| sy.figures.iter().any(|g| g.measure == f.measure))
        .map(|f| f.measure.as_str())
        .collect();
    if shared_events == 0 && !(shared_acts > 0 && same_party) && shared_measures.is_empty() {
        return same_about(sx, sy).then_some(Relation::Corroborates);
    }
    // The same figure given only as written, verified, is a fact in common
    // whatever else each claim says (`The ADV estimated that the strikes
    // have affected around 510,000 travelers, with Lufthansa warning of
    // delays`): its link says which figure both give.
    if !shared_measures.is_empty() && shared_measures.iter().all(|m| statement::weak(m)) && !opposed(sx, sy) {
        return weak_figures(sx, sy, &shared_measures);
    }
    // 3. Polarity: only what is denied is disputed; a denial that the
    // fighting is over disputes a claim that asserts a *complete* recapture,
    // not the retaking of some villages, nor praise for help "bei der
    // Rückeroberung". Who speaks, and in which act, does not matter here.
    let events_within = |a: &Statement, b: &Statement| a.event_names().all(|c| b.has_event(c));
    let asserts_whole = |s: &Statement, c: &str| s.complete && s.sole.contains(&c);
    let disputed = sx.events.iter().any(|(c, p)| {
        sy.polarity(c).is_some_and(|q| q != *p)
            && (!predicates::scalar(c) || if *p { asserts_whole(sx, c) } else { asserts_whole(sy, c) })
    });
    if disputed && (events_within(sx, sy) || events_within(sy, sx)) {
        return Some(Relation::Disputes);
    }
    if opposed(sx, sy) || !(covers(sx, sy) || covers(sy, sx)) {
        return None;
    }
    // Nothing named in common, no figure of one measure and no speaker in
    // common: a shared event alone is the same kind of happening, not the
    // same one (`Die Donau erreichte in Regensburg einen Pegel von 5,80
    // Metern` and `in Bad Wörishofen fielen laut DWD 129 Liter` share
    // only rain). A denial needs no names of its own (`Kiew bestreitet
    // das`): it was decided above.
    if !same_party
        && shared_measures.is_empty()
        && !sx.entities.iter().any(|e| sy.entities.contains(e))
        && !sx.places.iter().any(|p| sy.places.contains(p))
    {
        return None;
    }
    // Different people or organizations taking part: different facts.
    if actors_apart(sx, sy) {
        return None;
    }
    // Helping to do something is not doing it: `Nordkoreanische Soldaten
    // halfen bei der Rückeroberung` and `Russland hat Kursk zurückerobert`
    // name different actors.
    if sx.event_names().filter(|c| sy.has_event(c)).any(|c| sx.helped.contains(&c) != sy.helped.contains(&c)) {
        return None;
    }
    // A single event with no one named and no figure is too vague to be
    // the same fact as anything (`Es verpflichtet beide Länder, Hilfe zu
    // leisten`).
    // Who says it is no content: a single event, nothing named but the
    // speaker and no figure (`Die Einsätze seien abgeschlossen, meldete
    // KCNA`) is the same fact only as that speaker's word, repeated: it
    // links to the same party's claim, and to nothing when no party speaks.
    let thin = |c: &Claim, s: &Statement| {
        let speaker = |e: &String| c.attribution.as_ref().is_some_and(|a| a.entities.contains(e));
        s.events.len() + s.acts.len() == 1
            && s.entities.iter().all(speaker)
            && s.figures.is_empty()
            && s.places.is_empty()
    };
    let (thin_x, thin_y) = (thin(x, sx), thin(y, sy));
    // Nor when both name the happening only by a noun and say nothing else
    // alike (`hätten kein verbessertes Angebot vorgelegt, kritisierte X`;
    // `X said the new offer was a step`): what each says of it is not
    // known to be the same (`will eine Regierung bilden` and `angekündigt,
    // eine Regierung bilden zu wollen` share their verb).
    if (thin_x && sx.party.is_none())
        || (thin_y && sy.party.is_none())
        || ((thin_x || thin_y) && !same_party)
        || ((thin_x || thin_y) && sx.nominal && sy.nominal && wording(sx, sy) == 0.0)
    {
        return None;
    }
    // 4. Figures: one of a shared event on one side only is a different fact
    // (`Tausende` is no measurement and does not count).
    // A result list (`die SPD kam auf 7,3, die Grünen auf 5,1 Prozent`) has
    // figures of parties the other claim does not name: those are not
    // missing from it, they are about someone else.
    // Turnout is no party's: it is one more item of a list only beside a
    // share both claims give; alone it is a fact of its own (the turnout
    // and the Union's share from one returning officer are two facts).
    let of_other = |f: &statement::Figure, b: &Statement| {
        f.measure.starts_with("percent")
            && f.measure.split_once(':').is_some_and(|(_, id)| {
                (id != "turnout" || !shared_measures.is_empty()) && !b.entities.iter().any(|e| e == id)
            })
    };
    for (a, b) in [(sx, sy), (sy, sx)] {
        for f in a.figures.iter().filter(|f| f.quantity.qualifier != Qualifier::Vague) {
            let tied = measure_event(&f.measure).is_some_and(|e| a.has_event(e) && b.has_event(e));
            if tied && !of_other(f, b) && !b.figures.iter().any(|g| g.measure == f.measure) {
                return None;
            }
        }
    }
    if later_toll {
        return toll_update(sx, sy, published_x, published_y);
    }
    // A rate is some place's (`die Inflation in Österreich`, `German
    // inflation`): the rates of places with none in common are two facts.
    if shared_measures.iter().any(|m| m.starts_with("rate")) && !places_meet(x, y) {
        return None;
    }
    let mut more_specific = times == Overlap::Nested;
    let figures_only = shared_events == 0 && !(shared_acts > 0 && same_party);
    let mut compared = false;
    for m in shared_measures {
        // A part (`allein aus einem Gebäude mindestens 30 Tote`, `241 an
        // Bord`) and a whole, or two parts, are different figures: only
        // the figures of one part are compared, and a measure given of
        // different parts on the two sides is no fact in common.
        let part = common_part(sx, sy, m)?;
        let fx: Vec<&Quantity> =
            sx.figures.iter().filter(|f| f.measure == m && f.part == part).map(|f| &f.quantity).collect();
        let fy: Vec<&Quantity> =
            sy.figures.iter().filter(|f| f.measure == m && f.part == part).map(|f| &f.quantity).collect();
        // Shares and rates are compared as they stand (`16,4 Prozent, nach
        // 25,7` is a result and the one before, not a count and its part).
        // Figures given only as written agree when every figure of the
        // claim with fewer fits one of the other's and they are said of the
        // same thing; figures that differ may count different things, and
        // are no conflict we can claim.
        if statement::weak(m) {
            more_specific |= !weak_fit(sx, sy, m, &part)?;
            compared = true;
            continue;
        }
        let overlap = if m.starts_with("percent") || m.starts_with("rate") {
            compare_figures(&fx, &fy)
        } else {
            compare_counts(&fx, &fy, in_places(x, m, &fx), in_places(y, m, &fy))
        };
        match overlap {
            // Figures that differ count the same thing only when both claims
            // state the event they count (six soldiers in a photo are not
            // the troop total).
            // A rate given anew after a first estimate (`korrigiert: …
            // schrumpfte nur um 0,2 Prozent` after `0,3 Prozent` in the
            // flash estimate) is an update; two values of one rate
            // otherwise are no conflict we can claim (a national and a
            // harmonised index differ).
            Overlap::Disjoint if m.starts_with("rate") => {
                return (published_x != published_y && (revises(x) || revises(y))).then_some(Relation::Updates);
            }
            Overlap::Disjoint if !measure_event(m).is_some_and(|e| counts(sx, e) && counts(sy, e)) => return None,
            Overlap::Disjoint => {
                let relation = disjoint(m, &fx, &fy, published_x, published_y, revision(sx, sy));
                // `In Schrobenhausen … eine Frau tot gefunden` and `Zahl der
                // Toten auf mindestens vier`: a count in a place the other
                // claim does not name may be a part of its count, not a
                // second count of the same thing. A conflict needs one scope.
                if relation == Relation::Conflicts && !same_scope(x, y) {
                    return None;
                }
                return Some(relation);
            }
            // `mindestens zwei` and, a day later, `fünf`: compatible bounds,
            // but the count has risen.
            Overlap::Nested if revision(sx, sy) && rises(m, &fx, &fy, published_x, published_y) => {
                return Some(Relation::Updates)
            }
            Overlap::Nested => more_specific = true,
            // `mehr als 53.000 Tote` (the quake of 2023) and `17 Tote`: counts
            // of one measure orders of magnitude apart are of different
            // events, even when both claims name the event they count.
            Overlap::Unknown if far_apart(&fx, &fy) => return None,
            // `thousands of troops` beside `mehr als 10.000 Soldaten`: a
            // measured figure and a vague one of the same thing may differ,
            // so their claims are not the same statement.
            Overlap::Unknown if vague_beside_measured(&fx, &fy) => return None,
            Overlap::Equal | Overlap::Unknown => {}
        }
        compared |= overlap != Overlap::Unknown;
    }
    // Linked by a figure alone: only when the figures say something of
    // each other.
    if figures_only && !compared {
        return None;
    }
    Some(if more_specific { Relation::Consistent } else { Relation::Corroborates })
}

/// Whether two claims give a count that only grows and the later report
/// states it as a total (`Zahl der Toten`, `death toll`, `auf 17
/// gestiegen`, `insgesamt`), within [`MAX_TOLL_DAYS`] of the earlier: the
/// shape of a toll reported again. Whole words only (`Stollen` is no toll).
fn tolls(
    x: &Claim,
    y: &Claim,
    sx: &Statement,
    sy: &Statement,
    px: Option<crate::date::Date>,
    py: Option<crate::date::Date>,
) -> bool {
    let (Some(px), Some(py)) = (px, py) else { return false };
    if px == py || (px.days() - py.days()).abs() > MAX_TOLL_DAYS {
        return false;
    }
    let later = if px > py { x } else { y };
    let text = later.text.to_lowercase();
    let total = predicates::TOLL_TOTALS.iter().any(|w| {
        text.match_indices(w).any(|(at, _)| {
            let before = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = text[at + w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
    });
    let shared = sx
        .figures
        .iter()
        .any(|f| predicates::cumulative(&f.measure) && sy.figures.iter().any(|g| g.measure == f.measure));
    shared && total
}

/// A toll told on two days: an update when the later report's count is
/// higher, else no link (the same count on two days says nothing new, and a
/// lower one may count another day's dead).
fn toll_update(
    sx: &Statement,
    sy: &Statement,
    px: Option<crate::date::Date>,
    py: Option<crate::date::Date>,
) -> Option<Relation> {
    if !revision(sx, sy) {
        return None;
    }
    for f in sx.figures.iter().filter(|f| predicates::cumulative(&f.measure)) {
        let same = |g: &&statement::Figure| g.measure == f.measure && g.part == f.part;
        let fx: Vec<&Quantity> = sx.figures.iter().filter(same).map(|g| &g.quantity).collect();
        let fy: Vec<&Quantity> = sy.figures.iter().filter(same).map(|g| &g.quantity).collect();
        if fy.is_empty() || far_apart(&fx, &fy) {
            continue;
        }
        let overlap = compare_figures(&fx, &fy);
        let updated = match overlap {
            Overlap::Disjoint => disjoint(&f.measure, &fx, &fy, px, py, true) == Relation::Updates,
            Overlap::Nested => rises(&f.measure, &fx, &fy, px, py),
            Overlap::Equal | Overlap::Unknown => false,
        };
        if updated {
            return Some(Relation::Updates);
        }
    }
    None
}

/// Whether every pair of precise figures of two claims is more than
/// [`MAX_RATIO`] apart (and there is such a pair): then the figures do not
/// estimate one number.
fn far_apart(xs: &[&Quantity], ys: &[&Quantity]) -> bool {
    let precise = |q: &&&Quantity| q.qualifier != Qualifier::Vague;
    let mut pairs = xs
        .iter()
        .filter(precise)
        .filter_map(|x| point(x))
        .flat_map(|p| ys.iter().filter(precise).filter_map(|y| point(y)).map(move |q| (p, q)));
    let mut any = false;
    let all = pairs.all(|(p, q)| {
        any = true;
        p.max(q) / p.min(q) > MAX_RATIO
    });
    any && all
}

/// The one value a figure gives (its lower bound, else its upper), when it
/// is above zero: what the ratio of two figures is taken of.
fn point(q: &Quantity) -> Option<f64> {
    q.value_min.or(q.value_max).filter(|v| *v > 0.0)
}

/// Whether two statements have figures of the same measures.
fn same_measures(x: &Statement, y: &Statement) -> bool {
    fn measures(s: &Statement) -> Vec<&str> {
        let mut m: Vec<&str> = s.figures.iter().map(|f| f.measure.as_str()).collect();
        crate::sort::sort_dedup(&mut m);
        m
    }
    measures(x) == measures(y)
}

/// Whether the figures of two near-identical sentences agree (figures
/// given only as written as [`agree`] has it: `mehr als 50 Prozent der
/// Befragten` is not `77,5 Prozent der Befragten`).
fn figures_agree(x: &Statement, y: &Statement) -> bool {
    x.figures.iter().all(|f| {
        y.figures.iter().filter(|g| g.measure == f.measure).all(|g| {
            if statement::weak(&f.measure) {
                agree(&f.quantity, &g.quantity).is_some()
            } else {
                compare_figures(&[&f.quantity], &[&g.quantity]) != Overlap::Disjoint
            }
        })
    })
}

/// Disjoint figures of one measure: a later, higher count of something that
/// only grows is an update; anything else is a conflict.
fn disjoint(
    measure: &str,
    fx: &[&Quantity],
    fy: &[&Quantity],
    px: Option<crate::date::Date>,
    py: Option<crate::date::Date>,
    revision: bool,
) -> Relation {
    let (Some(px), Some(py)) = (px, py) else { return Relation::Conflicts };
    if px == py || !revision || !predicates::cumulative(measure) {
        return Relation::Conflicts;
    }
    let low = |qs: &[&Quantity]| qs.iter().filter_map(|q| interval(q)).map(|i| i.0).fold(f64::INFINITY, f64::min);
    let high = |qs: &[&Quantity]| qs.iter().filter_map(|q| interval(q)).map(|i| i.1).fold(0.0, f64::max);
    let (early, late) = if px < py { (fx, fy) } else { (fy, fx) };
    if low(late) > high(early) {
        Relation::Updates
    } else {
        Relation::Conflicts
    }
}

/// Whether a statement states, or its figure counts, event `e`.
fn counts(s: &Statement, e: &str) -> bool {
    s.has_event(e) || s.context.contains(&e)
}

/// Whether a later figure can revise an earlier one: not when two
/// different parties give them (then they are two estimates that differ,
/// as casualty figures of two intelligence services do).
fn revision(x: &Statement, y: &Statement) -> bool {
    !matches!((&x.party, &y.party), (Some(p), Some(q)) if p != q)
}

/// Whether a count that only grows is reported higher by the later of two
/// reports of different days (its lowest value above the earlier's).
fn rises(
    measure: &str,
    fx: &[&Quantity],
    fy: &[&Quantity],
    px: Option<crate::date::Date>,
    py: Option<crate::date::Date>,
) -> bool {
    let (Some(px), Some(py)) = (px, py) else { return false };
    if px == py || !predicates::cumulative(measure) {
        return false;
    }
    let lowest = |qs: &[&Quantity]| {
        qs.iter()
            .filter(|q| q.qualifier != Qualifier::Vague)
            .filter_map(|q| q.value_min.or(q.value_max))
            .fold(f64::INFINITY, f64::min)
    };
    let (early, late) = if px < py { (fx, fy) } else { (fy, fx) };
    let (e, l) = (lowest(early), lowest(late));
    e.is_finite() && l.is_finite() && l > e
}

/// How two sets of figures or times relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlap {
    /// Nothing comparable.
    Unknown,
    Equal,
    /// Overlapping but not equal (compatible, one more specific).
    Nested,
    Disjoint,
}

/// The interval a figure stands for, widened by what its wording says
/// (`etwa`/`rund` by a little, `mehr als` open upwards, `bis zu` down to 0)
/// and by the rounding it shows ([`rounded`]: `370.000` for 369.591).
pub fn interval(q: &Quantity) -> Option<(f64, f64)> {
    let (lo, hi) = (q.value_min, q.value_max);
    Some(match q.qualifier {
        // A figure with decimals stands for what rounds to it: `4,97
        // Prozent` is 4,972 told to two places (just under half a unit
        // either way, so that 16,4 and 16,5 stay apart).
        Qualifier::Exact => {
            let (lo, hi) = (lo.or(hi)?, hi.or(lo)?);
            let half = rounding(lo).min(rounding(hi)) * 0.499;
            (lo - half - rounded(lo), hi + half + rounded(hi))
        }
        Qualifier::Approx => (lo.or(hi)? * (1.0 - APPROX), hi.or(lo)? * (1.0 + APPROX)),
        Qualifier::MoreThan | Qualifier::AtLeast => (lo?, f64::INFINITY),
        Qualifier::AtMost | Qualifier::LessThan => (0.0, hi?),
        Qualifier::Range | Qualifier::Vague => (lo.unwrap_or(0.0), hi.unwrap_or(f64::INFINITY)),
    })
}

/// How far a round whole number may stand from what it rounds:
/// `370.000 Stimmen` is 369.591 told to the thousands (half the place of
/// its last digit but zero, from `x00` on), but no more than
/// [`ROUNDED_AT_MOST`] of it, so that `3.000` and `3.400` stay apart.
fn rounded(v: f64) -> f64 {
    // (In whole numbers: a float remainder costs the wasm a routine.)
    if v.fract() != 0.0 || !(100.0..1e15).contains(&v) {
        return 0.0;
    }
    let n = v as u64;
    let mut place = 1u64;
    while n.is_multiple_of(place * 10) {
        place *= 10;
    }
    if place < 100 {
        return 0.0;
    }
    (place as f64 / 2.0).min(ROUNDED_AT_MOST * v)
}

/// The most a round number is taken to stand from what it rounds, as a
/// share of it.
const ROUNDED_AT_MOST: f64 = 0.02;

/// The unit of the last decimal place `v` is given to (0 for a whole
/// number, 0.01 for 4.97), found without printing the float.
fn rounding(v: f64) -> f64 {
    let mut unit = 1.0;
    for _ in 0..4 {
        if ((v / unit).round() * unit - v).abs() < 1e-9 * unit.max(v.abs()) {
            return if unit == 1.0 { 0.0 } else { unit };
        }
        unit /= 10.0;
    }
    unit * 10.0
}

/// Compares figures of one measure. A vague figure (`Tausende`) is no
/// measurement: it is compared with nothing.
pub fn compare_figures(xs: &[&Quantity], ys: &[&Quantity]) -> Overlap {
    let mut result = Overlap::Unknown;
    for x in xs {
        for y in ys {
            // `Tausende Soldaten` is no measurement: it neither agrees with
            // `10.000 bis 12.000` nor contradicts it.
            if x.qualifier == Qualifier::Vague || y.qualifier == Qualifier::Vague {
                continue;
            }
            let (Some((a0, a1)), Some((b0, b1))) = (interval(x), interval(y)) else { continue };
            // Six soldiers and `bis zu 12.000` overlap as intervals but are
            // not estimates of one number: values orders of magnitude apart
            // say nothing about each other.
            if let (Some(p), Some(q)) = (point(x), point(y)) {
                if p.max(q) / p.min(q) > MAX_RATIO {
                    continue;
                }
            }
            let this = if a1 < b0 || b1 < a0 {
                Overlap::Disjoint
            } else if (a0, a1) == (b0, b1) && x.qualifier == y.qualifier {
                Overlap::Equal
            } else {
                Overlap::Nested
            };
            result = match (result, this) {
                (Overlap::Unknown, t) => t,
                (r, t) => worst(r, t),
            };
        }
    }
    result
}

/// Compares the figures of one measure of two claims where one may give it
/// in parts: `in Bayern mindestens zwei, in Baden-Württemberg zwei Tote`
/// against `vier Tote` is the whole against its parts, not a second count
/// of the same thing. The figures agree as far as the single figure
/// agrees with one part or with their sum; they differ only when it fits
/// neither. Two figures on each side are compared as they stand.
fn compare_counts(xs: &[&Quantity], ys: &[&Quantity], x_parts: bool, y_parts: bool) -> Overlap {
    let (one, parts) = match (xs, ys) {
        ([x], several) if several.len() >= 2 && y_parts => (*x, several),
        (several, [y]) if several.len() >= 2 && x_parts => (*y, several),
        // A claim with several counts of one thing and no places for them
        // (`rose to at least four after two bodies were found`, `stieg von
        // zwei auf vier`) gives the count and a part or an earlier count:
        // the claims agree when every figure of one fits some figure of the
        // other, seen from either side.
        _ if xs.len() >= 2 || ys.len() >= 2 => return better(fitting(xs, ys), fitting(ys, xs)),
        _ => return compare_figures(xs, ys),
    };
    let mut sum = (0.0, 0.0);
    for p in parts {
        let Some((lo, hi)) = interval(p) else { return compare_figures(xs, ys) };
        sum = (sum.0 + lo, sum.1 + hi);
    }
    let total = Quantity {
        value_min: Some(sum.0),
        value_max: sum.1.is_finite().then_some(sum.1),
        qualifier: if !sum.1.is_finite() {
            Qualifier::AtLeast
        } else if sum.0 == sum.1 {
            Qualifier::Exact
        } else {
            Qualifier::Range
        },
        ..Quantity::default()
    };
    let mut best = compare_figures(&[one], &[&total]);
    for p in parts {
        best = better(best, compare_figures(&[one], &[p]));
    }
    // Parts that add up to the whole are compatible with it, not the same
    // figure: the reader is told the figures agree, not that one is repeated.
    if best == Overlap::Equal {
        best = Overlap::Nested;
    }
    best
}

/// Whether a claim gives a count in parts, to be added up: several figures
/// of a count (not a share), no `von … auf` (a count that rose), and as many
/// places named as figures (`in Bayern …, in Baden-Württemberg …`).
fn in_places(c: &Claim, measure: &str, figures: &[&Quantity]) -> bool {
    let places = c.entities.iter().filter(|e| matches!(e.kind, EntityKind::Place | EntityKind::State));
    let mut ids: Vec<&str> = places.map(|e| e.id.as_str()).collect();
    crate::sort::sort_dedup(&mut ids);
    let rose = c.text.split_whitespace().any(|w| matches!(w, "von" | "from"))
        && c.text.split_whitespace().any(|w| matches!(w, "auf" | "to"));
    figures.len() >= 2 && !measure.starts_with("percent") && !rose && ids.len() >= figures.len()
}

/// The places a claim names after `in` (`In Schrobenhausen`, `in Bayern`,
/// `in Kursk`), as written, each once: the scope of its counts. Also names the
/// gazetteer does not know (a town), so it reads the words, not the
/// entities; a capitalized word after `in` that is not a name (`in Gefahr`)
/// only makes the scope stricter, which can only keep a conflict from being
/// claimed.
fn place_scope(c: &Claim) -> Vec<&str> {
    let mut words = c.text.split(|ch: char| !ch.is_alphanumeric() && ch != '-').filter(|w| !w.is_empty());
    let mut scope = Vec::new();
    while let Some(w) = words.next() {
        if !matches!(w, "in" | "In") {
            continue;
        }
        let Some(next) = words.clone().next() else { break };
        let determiner = matches!(
            next,
            "Der" | "Die" | "Das" | "Dem" | "Den" | "Des" | "Einem" | "Einer" | "Eines" | "The" | "This" | "These"
        );
        if next.chars().next().is_some_and(char::is_uppercase) && !determiner && !scope.contains(&next) {
            scope.push(next);
        }
    }
    scope
}

/// Whether two claims name places (states, regions, cities the gazetteer
/// knows) with one in common, or one of them names none.
fn places_meet(x: &Claim, y: &Claim) -> bool {
    let place = |e: &&crate::report::Entity| matches!(e.kind, EntityKind::Place | EntityKind::State);
    let mut xs = x.entities.iter().filter(place).peekable();
    let mut ys = y.entities.iter().filter(place).peekable();
    if xs.peek().is_none() || ys.peek().is_none() {
        return true;
    }
    xs.any(|e| y.entities.iter().filter(place).any(|f| f.id == e.id))
}

/// How two claims relate by figures given only as written
/// ([`statement::weak`]), each of one part of the whole: every figure of
/// the claim with fewer fits one of the other's ([`agree`]) and they are
/// said of the same thing ([`said_alike`]); anything else is no link.
fn weak_figures(sx: &Statement, sy: &Statement, measures: &[&str]) -> Option<Relation> {
    // Different people or organizations taking part: different facts,
    // however equal the figures (`X erhielt 30,5 Prozent`, `Y erhielt 30,5
    // Prozent`).
    if actors_apart(sx, sy) {
        return None;
    }
    let mut exact = true;
    for &m in measures {
        exact &= weak_fit(sx, sy, m, &common_part(sx, sy, m)?)?;
    }
    Some(if exact { Relation::Corroborates } else { Relation::Consistent })
}

/// How the figures of measure `m` (given only as written) and of one part
/// of two claims fit: `Some(true)` when each figure of the claim with fewer
/// is one of the other's, `Some(false)` when each is compatible with one,
/// `None` when one fits none ([`agree`], [`same_owner`]) or the figures are
/// not said of the same thing ([`said_alike`]).
fn weak_fit(sx: &Statement, sy: &Statement, m: &str, part: &Option<String>) -> Option<bool> {
    fn of<'s>(s: &'s Statement, m: &str, part: &Option<String>) -> Vec<&'s statement::Figure> {
        s.figures.iter().filter(|f| f.measure == m && &f.part == part).collect()
    }
    let (fx, fy) = (of(sx, m, part), of(sy, m, part));
    let (few, sf, many, sm) = if fx.len() <= fy.len() { (&fx, sx, &fy, sy) } else { (&fy, sy, &fx, sx) };
    let mut exact = true;
    for a in few {
        let fit = many.iter().filter(|b| same_owner(a, sf, b, sm)).filter_map(|b| agree(&a.quantity, &b.quantity));
        exact &= fit.max()?;
    }
    said_alike(sx, sy, m).then_some(exact)
}

/// Whether each claim names people or organizations taking part and none
/// of them in common: different facts.
fn actors_apart(x: &Statement, y: &Statement) -> bool {
    !x.actors.is_empty() && !y.actors.is_empty() && !x.actors.iter().any(|a| y.actors.contains(a))
}

/// Whether two shares given only as written may be one party's: not when
/// each names its own that the other claim does not name (`Lindqvist …
/// 30,5 Prozent`, `Sandberg … 30,5 Prozent`). (A German noun may stand
/// where the name is looked for: `Trzaskowski hatte vor zwei Wochen 31,36
/// Prozent` has the owner `wochen`, but names Trzaskowski.)
fn same_owner(a: &statement::Figure, sa: &Statement, b: &statement::Figure, sb: &Statement) -> bool {
    // An owner the other claim names but gives no share of its own: the
    // other's owner may be a noun standing in the name's place.
    let stands_in = |owner: &String, s: &Statement| {
        s.names.binary_search(owner).is_ok() && !s.figures.iter().any(|f| f.owner.as_ref() == Some(owner))
    };
    match (&a.owner, &b.owner) {
        (Some(p), Some(q)) => p == q || stands_in(p, sb) || stands_in(q, sa),
        _ => true,
    }
}

/// Whether two claims that assert no event of the lexicon say the same of
/// the same arguments: they name the same people and things, the events
/// named in the arguments of one are all among the other's, and their
/// predicates share a key (`Die Entsendung
/// erfolgte im Rahmen eines Abkommens`, `Kim habe die Entscheidung im
/// Rahmen eines Abkommens getroffen`: `Rahmen`); not `Die Beteiligung
/// Nordkoreas gilt als Verstoß`, which says something else of it.
fn same_about(x: &Statement, y: &Statement) -> bool {
    let bare = |s: &Statement| s.events.is_empty() && s.acts.is_empty() && s.figures.is_empty() && !s.about.is_empty();
    if !bare(x) || !bare(y) || x.negated != y.negated || x.denied != y.denied {
        return false;
    }
    // Of the same people and things: something named in common, and no
    // one taking part on one side only (`Nordkorea hat … geschickt`,
    // `Iran hat … geschickt`).
    let named = x.entities.iter().any(|e| y.entities.contains(e)) || x.places.iter().any(|p| y.places.contains(p));
    // (The parties of the claim naming fewer, the other names too: Kim and
    // Putin are North Korea's and Russia's.)
    let (few, many) = if x.parties.len() <= y.parties.len() { (x, y) } else { (y, x) };
    let entities_within = few.parties.iter().all(|e| many.parties.contains(e));
    let within = |a: &Statement, b: &Statement| a.about.iter().all(|e| b.about.contains(e));
    named
        && !actors_apart(x, y)
        && entities_within
        && (within(x, y) || within(y, x))
        && x.predicate_keys.iter().any(|k| y.predicate_keys.binary_search(k).is_ok())
}

/// Whether a claim tells a figure as a revision or a first estimate
/// (`korrigiert`, `revidiert`, `revised`, `erste Schätzung`, `flash
/// estimate`, `vorläufig`, `preliminary`).
fn revises(c: &Claim) -> bool {
    let text = c.text.to_lowercase();
    predicates::REVISION_WORDS.iter().any(|w| text.contains(w))
}

/// Whether one side gives only vague figures (`Tausende`) and the other a
/// measured one.
fn vague_beside_measured(xs: &[&Quantity], ys: &[&Quantity]) -> bool {
    let vague = |qs: &[&Quantity]| !qs.is_empty() && qs.iter().all(|q| q.qualifier == Qualifier::Vague);
    let measured = |qs: &[&Quantity]| qs.iter().any(|q| q.qualifier != Qualifier::Vague);
    (vague(xs) && measured(ys)) || (vague(ys) && measured(xs))
}

/// The part of the whole both claims give figures of measure `m` for
/// ([`statement::Figure::part`]): the whole (`None`) when both give it,
/// else a part both give; `None` when they have no part in common.
fn common_part(x: &Statement, y: &Statement, m: &str) -> Option<Option<String>> {
    let parts = |s: &'_ Statement| -> Vec<Option<String>> {
        let mut p: Vec<Option<String>> = s.figures.iter().filter(|f| f.measure == m).map(|f| f.part.clone()).collect();
        crate::sort::sort_dedup(&mut p);
        p
    };
    let py = parts(y);
    parts(x).into_iter().find(|p| py.contains(p))
}

/// Whether two claims count within the same places ([`place_scope`]), in
/// whatever order they name them.
fn same_scope(x: &Claim, y: &Claim) -> bool {
    let (a, b) = (place_scope(x), place_scope(y));
    a.len() == b.len() && a.iter().all(|p| b.contains(p))
}

/// Compares the figures of two claims, unit by unit (kept for callers that
/// have no statements).
pub fn compare_quantities(xs: &[Quantity], ys: &[Quantity]) -> Overlap {
    let mut result = Overlap::Unknown;
    for x in xs {
        let Some(unit) = &x.unit else { continue };
        let matching: Vec<&Quantity> = ys.iter().filter(|y| y.unit.as_ref() == Some(unit)).collect();
        if matching.is_empty() {
            continue;
        }
        result = match (result, compare_figures(&[x], &matching)) {
            (Overlap::Unknown, t) => t,
            (r, t) => worst(r, t),
        };
    }
    result
}

/// Compares the resolved times of two claims.
pub fn compare_times(xs: &[TimeExpr], ys: &[TimeExpr]) -> Overlap {
    // ISO dates compare as strings; borrowed, since this runs per pair.
    fn span(t: &TimeExpr) -> Option<(&str, &str)> {
        match (&t.from, &t.to) {
            (Some(f), Some(to)) => Some((f.as_str(), to.as_str())),
            (Some(f), None) => Some((f.as_str(), "9999-12-31")),
            _ => None,
        }
    }
    let xs: Vec<_> = xs.iter().filter_map(span).collect();
    let ys: Vec<_> = ys.iter().filter_map(span).collect();
    if xs.is_empty() || ys.is_empty() {
        return Overlap::Unknown;
    }
    // Claims often name several times; they are about the same event when
    // some pair of them overlaps.
    let mut best = Overlap::Disjoint;
    for (a0, a1) in &xs {
        for (b0, b1) in &ys {
            let o = if a1 < b0 || b1 < a0 {
                Overlap::Disjoint
            } else if (a0, a1) == (b0, b1) {
                Overlap::Equal
            } else {
                Overlap::Nested
            };
            best = better(best, o);
        }
    }
    best
}

/// How the figures `a` fit `b`: each one by the figure of `b` it fits best,
/// and the worst of those.
fn fitting(a: &[&Quantity], b: &[&Quantity]) -> Overlap {
    let mut result = Overlap::Unknown;
    for x in a {
        let fit = b.iter().fold(Overlap::Unknown, |best, y| better(best, compare_figures(&[x], &[y])));
        result = match (result, fit) {
            (Overlap::Unknown, f) | (f, Overlap::Unknown) => f,
            (r, f) => worst(r, f),
        };
    }
    result
}

/// The closer of two overlaps (equal, then nested, then disjoint; unknown
/// only when nothing is known).
fn better(a: Overlap, b: Overlap) -> Overlap {
    use Overlap::*;
    match (a, b) {
        (Equal, _) | (_, Equal) => Equal,
        (Nested, _) | (_, Nested) => Nested,
        (Disjoint, _) | (_, Disjoint) => Disjoint,
        _ => Unknown,
    }
}

fn worst(a: Overlap, b: Overlap) -> Overlap {
    use Overlap::*;
    match (a, b) {
        (Disjoint, _) | (_, Disjoint) => Disjoint,
        (Nested, _) | (_, Nested) => Nested,
        (Equal, _) | (_, Equal) => Equal,
        _ => Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(min: Option<f64>, max: Option<f64>, qualifier: Qualifier, unit: &str) -> Quantity {
        Quantity { value_min: min, value_max: max, qualifier, unit: Some(unit.into()), ..Quantity::default() }
    }

    #[test]
    fn troop_estimates_are_compatible() {
        let a = q(Some(10000.0), Some(12000.0), Qualifier::Approx, "soldiers");
        let b = q(Some(10000.0), None, Qualifier::MoreThan, "soldiers");
        assert_eq!(compare_quantities(&[a], &[b]), Overlap::Nested);
    }

    #[test]
    fn around_three_thousand_conflicts_with_more_than_ten_thousand() {
        let a = q(Some(3000.0), Some(3000.0), Qualifier::Approx, "soldiers");
        let b = q(Some(10000.0), None, Qualifier::MoreThan, "soldiers");
        assert_eq!(compare_quantities(&[a], &[b]), Overlap::Disjoint);
    }

    #[test]
    fn approximate_is_widened_only_a_little() {
        // 15 % above a range does not agree with it any more.
        let a = q(Some(10000.0), Some(12000.0), Qualifier::Approx, "soldiers");
        let b = q(Some(13800.0), Some(13800.0), Qualifier::Approx, "soldiers");
        assert_eq!(compare_quantities(&[a], &[b]), Overlap::Disjoint);
    }

    #[test]
    fn different_units_are_not_compared() {
        let a = q(Some(3000.0), Some(3000.0), Qualifier::Exact, "soldiers");
        let b = q(Some(10.0), Some(10.0), Qualifier::Exact, "km2");
        assert_eq!(compare_quantities(&[a], &[b]), Overlap::Unknown);
    }

    #[test]
    fn autumn_lies_inside_the_year() {
        let t = |f: &str, to: &str| TimeExpr { from: Some(f.into()), to: Some(to.into()), ..TimeExpr::default() };
        assert_eq!(compare_times(&[t("2024-09-01", "2024-11-30")], &[t("2024-01-01", "2024-12-31")]), Overlap::Nested);
        assert_eq!(
            compare_times(&[t("2025-04-28", "2025-04-28")], &[t("2025-04-26", "2025-04-26")]),
            Overlap::Disjoint
        );
    }

    #[test]
    fn a_later_higher_toll_updates_and_a_lower_one_conflicts() {
        let d = |s: &str| crate::date::Date::parse_iso(s);
        let (one, four) =
            (q(Some(1.0), Some(1.0), Qualifier::Exact, "dead"), q(Some(4.0), Some(4.0), Qualifier::Exact, "dead"));
        assert_eq!(disjoint("deaths", &[&one], &[&four], d("2024-06-02"), d("2024-06-03"), true), Relation::Updates);
        assert_eq!(disjoint("deaths", &[&four], &[&one], d("2024-06-02"), d("2024-06-03"), true), Relation::Conflicts);
        assert_eq!(disjoint("deaths", &[&one], &[&four], d("2024-06-02"), d("2024-06-02"), true), Relation::Conflicts);
        assert_eq!(
            disjoint("percent:spd", &[&one], &[&four], d("2024-06-02"), d("2024-06-03"), true),
            Relation::Conflicts
        );
        // Two parties' estimates differ; they do not revise each other.
        assert_eq!(
            disjoint("casualties", &[&one], &[&four], d("2024-06-02"), d("2024-06-03"), false),
            Relation::Conflicts
        );
    }

    fn one_article(text: &str) -> crate::Report {
        let a = crate::ArticleInput::text(text).published("2025-04-28");
        crate::analyze(&[a], &crate::Options::default()).unwrap()
    }

    /// `Die Armeeführung wies das zurück.` answers the claim before it; a
    /// subheading that denies (`Kiew weist Darstellung zurück`) is about
    /// the paragraph after it, and answers nothing before it.
    #[test]
    fn a_denial_that_points_back_disputes_the_claim_before_it() {
        let r = one_article(
            "Russland meldet Erfolg\n\nRusslands Generalstabschef Waleri Gerassimow hatte am Samstag erklärt, die Region Kursk sei vollständig zurückerobert. Die ukrainische Armeeführung wies das zurück.",
        );
        let [l] = &r.links[..] else { panic!("{:#?}", r.links) };
        assert_eq!(l.relation, Relation::Disputes);
        assert!(l.explanation.de.contains("Rückeroberung"), "{}", l.explanation.de);
        let r = one_article(
            "Russland meldet Erfolg\n\nNach Angaben des Geheimdienstes wurden rund 4.700 nordkoreanische Soldaten getötet oder verwundet.\n\nKiew weist Darstellung zurück\n\nDie Region Kursk sei vollständig zurückerobert, sagte Gerassimow.",
        );
        assert!(r.links.is_empty(), "{:#?}", r.links);
        // A denier the text does not name (`Beide Länder`): the card says
        // it is denied, not who denies it.
        let r = one_article(
            "Washington wirft Pjöngjang seit Langem vor, Russland mit Granaten und Raketen zu beliefern. Beide Länder bestreiten das.",
        );
        let [l] = &r.links[..] else { panic!("{:#?}", r.links) };
        assert_eq!(l.explanation.de, "Umstritten (Lieferungen, Vorwurf): Im selben Artikel bestritten.");
    }
}
