//! Alignment: which claims of different articles might state the same fact.
//!
//! Candidates come from an inverted index over what the claims *state*
//! ([`crate::compare::statement`]): their events and acts, the measures of their
//! figures, and (for the same sentence copied by two outlets) their content
//! stems. Only claims of different articles that share such a key are ever
//! compared, and a key carried by more than [`MAX_ARTICLES_PER_KEY`] articles
//! is too common to block on. That keeps the cost near-linear in the amount
//! of text instead of quadratic in the number of claims. Whether a candidate
//! is linked, and how, is [`crate::compare`]'s decision.
//!
//! The two *articles* must be about the same story: they must name enough
//! of the same things — entities (a state at half weight), towns, economic
//! rates, the capitalized names they write out (`Nawrocki`, `Ahmedabad`,
//! which the gazetteer need not know) and distinctive figures (`23.707`,
//! `50,89`) — or, in one language, share a quarter of their content words,
//! so a flood report and a war report that share `Montag` and some figures
//! never link. The gate is decided on the pair alone, with fixed weights:
//! whether two reports meet must not depend on what else is analysed with
//! them (an IDF over the run made a story's links change with the other
//! stories on the page). Stories are then the groups of articles joined by
//! the gate. Each candidate's score is the cosine of the claims' weighted
//! features (entities, concepts, stems, figures), for ordering and display.

use crate::compare::statement::Statement;
use crate::compare::stem::Key;
use crate::hash::IdMap;
use crate::report::{ArticleReport, Claim};

/// A feature carried by more articles than this is not used for blocking.
pub const MAX_ARTICLES_PER_KEY: usize = 24;
/// Nor is a key carried by more claims than this: on untrusted text (one
/// name in thousands of sentences) its candidates would grow with the square
/// of the input, and a key that common says little about a pair anyway.
pub const MAX_CLAIMS_PER_KEY: usize = 1024;
/// Least weight of the names two articles in different languages have in
/// common for them to be on one story (a name 1, a state ½).
pub const MIN_STORY_NAMES: f64 = 2.0;
/// The same for two articles in one language, whose capitalized words
/// include German nouns (`Menschen`, `Angaben`) that any two reports share.
pub const MIN_STORY_NAMES_SAME_LANGUAGE: f64 = 3.0;
/// Or at least this share of the names of the article naming fewer.
pub const MIN_STORY_NAME_SHARE: f64 = 0.4;
/// Or, in one language, at least this share of the content words of the
/// shorter article …
pub const MIN_STORY_STEM_SHARE: f64 = 0.25;
/// … and at least this many of them.
pub const MIN_STORY_STEMS: usize = 2;

/// What a feature is; kinds weigh differently and gate differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Entity,
    Concept,
    Stem,
    Number,
}

impl Kind {
    fn weight(self) -> f64 {
        match self {
            Kind::Entity => 1.0,
            Kind::Concept => 0.9,
            Kind::Stem => 1.0,
            Kind::Number => 0.6,
        }
    }
}

/// A candidate pair of claims (indices into the claim list, `a < b`).
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    /// 0..1 similarity of the claims' weighted features.
    pub score: f64,
}

/// The weighted dot product of two sorted feature lists.
fn dot(a: &[u32], b: &[u32], weight: &[f64]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += weight[a[i] as usize].powi(2);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// A feature's name: text borrowed from the claims and their statements (an
/// entity id, a concept, a stem), or a figure's value (its bits, so that no
/// number is printed to compare it; `-0` counts as `0`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Name<'a> {
    Text(&'a str),
    Figure(u64),
}

/// Feature ids, numbered in order of first appearance.
struct Vocabulary<'a> {
    ids: IdMap<(Kind, Name<'a>)>,
    kinds: Vec<Kind>,
}

impl<'a> Vocabulary<'a> {
    fn id(&mut self, kind: Kind, name: Name<'a>) -> u32 {
        let (id, new) = self.ids.insert((kind, name));
        if new {
            self.kinds.push(kind);
        }
        id
    }
}

/// The features of every claim, as sorted, deduplicated feature ids: its
/// entities and towns, figures, and the keys of its words outside entity names (read
/// once per claim by [`crate::compare::statement`]).
fn features<'a>(claims: &'a [Claim], statements: &'a [Statement], vocab: &mut Vocabulary<'a>) -> Vec<Vec<u32>> {
    // Stems first, so that compounds can find their heads among the run's words.
    let mut raw: Vec<Vec<(Kind, Name<'a>)>> = Vec::with_capacity(claims.len());
    let mut stems: Vec<&'a str> = Vec::new();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (claim, statement) in claims.iter().zip(statements) {
        let mut f = Vec::with_capacity(claim.entities.len() + statement.word_keys.len());
        for e in &claim.entities {
            f.push((Kind::Entity, Name::Text(e.id.as_str())));
        }
        // Towns the gazetteer does not know are named as entities are: the
        // story gate across languages rests on them.
        for p in &statement.places {
            f.push((Kind::Entity, Name::Text(p.as_str())));
        }
        // So are the economic rates it gives a value of: two reports of one
        // release name the same rate (`rate:inflation`), in any language.
        for m in statement.figures.iter().map(|f| f.measure.as_str()).filter(|m| m.starts_with("rate")) {
            f.push((Kind::Entity, Name::Text(m)));
        }
        for q in &claim.quantities {
            for v in [q.value_min, q.value_max].into_iter().flatten() {
                f.push((Kind::Number, Name::Figure((v + 0.0).to_bits())));
            }
        }
        // The entities' spans merged into disjoint runs, so that each word
        // is checked by a binary search (a long claim can hold thousands of
        // entities; a scan per word made it quadratic).
        let mut spans: Vec<(usize, usize)> = claim.entities.iter().map(|e| (e.start, e.end)).collect();
        crate::sort::sort_by(&mut spans, |a, b| a.cmp(b));
        runs.clear();
        for (a, b) in spans {
            match runs.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => runs.push((a, b)),
            }
        }
        let covered = |start: usize, end: usize| {
            let i = runs.partition_point(|r| r.0 < end);
            i > 0 && start < runs[i - 1].1
        };
        for (start, end, key) in &statement.word_keys {
            if covered(*start, *end) {
                continue;
            }
            match key {
                Key::Concept(c) => f.push((Kind::Concept, Name::Text(c))),
                Key::Stem(s) => {
                    stems.push(&**s);
                    f.push((Kind::Stem, Name::Text(s)));
                }
            }
        }
        raw.push(f);
    }
    crate::sort::dedup_sort(&mut stems);
    raw.into_iter()
        .map(|f| {
            let mut ids = Vec::with_capacity(f.len() + 2);
            for (kind, name) in f {
                if let (Kind::Stem, Name::Text(stem)) = (kind, name) {
                    if let Some(head) = compound_head(stem, &stems) {
                        ids.push(vocab.id(Kind::Stem, Name::Text(head)));
                    }
                }
                ids.push(vocab.id(kind, name));
            }
            crate::sort::sort_dedup(&mut ids);
            ids
        })
        .collect()
}

/// The longest proper suffix of a German compound stem that is a word of its
/// own in this run (`verteidigungsabkomm` → `abkomm`), if any. `stems` are
/// the run's stems, sorted.
fn compound_head<'s>(stem: &'s str, stems: &[&str]) -> Option<&'s str> {
    // Too short to be a compound, or too long to split in linear time.
    if stem.len() < 9 || stem.len() > crate::compare::statement::MAX_COMPOUND_BYTES {
        return None;
    }
    crate::compare::statement::compound_parts(stem).find(|suffix| stems.binary_search(suffix).is_ok())
}

/// The keys a statement is found by: events (`e`), acts (`a`), measures
/// (`m`), stems (`w`), borrowed from the statement.
fn keys(s: &Statement) -> Vec<(u8, &str)> {
    let mut k: Vec<(u8, &str)> = s.event_names().map(|c| (b'e', c)).collect();
    k.extend(s.acts.iter().map(|a| (b'a', *a)));
    k.extend(s.figures.iter().map(|f| (b'm', f.measure.as_str())));
    k.extend(s.stems.iter().filter(|w| !w.starts_with('#')).map(|w| (b'w', &**w)));
    crate::sort::sort_dedup(&mut k);
    k
}

/// Candidate pairs of claims from different articles on the same story.
/// `article_of` is each claim's article, as an index into `articles`.
pub fn align(
    articles: &[ArticleReport],
    claims: &[Claim],
    statements: &[Statement],
    article_of: &[usize],
) -> Vec<Pair> {
    let mut vocab = Vocabulary { ids: IdMap::default(), kinds: Vec::new() };
    let feats = features(claims, statements, &mut vocab);
    let nfeat = vocab.kinds.len();
    // Document frequencies by claim (for weights) and by article (for profiles).
    let mut claim_df = vec![0u32; nfeat];
    let mut article_df = vec![0u32; nfeat];
    let mut last_article = vec![usize::MAX; nfeat];
    for (ci, f) in feats.iter().enumerate() {
        for &id in f {
            let id = id as usize;
            claim_df[id] += 1;
            if last_article[id] != article_of[ci] {
                last_article[id] = article_of[ci];
                article_df[id] += 1;
            }
        }
    }
    let n = claims.len().max(1) as f64;
    let weight: Vec<f64> =
        (0..nfeat).map(|id| vocab.kinds[id].weight() * (1.0 + n / claim_df[id] as f64).ln()).collect();
    let norm: Vec<f64> =
        feats.iter().map(|f| f.iter().map(|&id| weight[id as usize].powi(2)).sum::<f64>().sqrt()).collect();

    // The story gate: two articles are on one story when they name enough
    // of the same people, organizations, places and written names. Counted
    // on the pair alone, with fixed weights, so that whether two reports
    // meet never depends on what else is analysed with them.
    let names = story_names(articles.len(), claims, statements, article_of);
    // And, in one language, the words they use.
    let mut stems: Vec<Vec<&str>> = vec![Vec::new(); articles.len()];
    for (s, &a) in statements.iter().zip(article_of) {
        stems[a].extend(s.stems.iter().map(|w| &**w));
    }
    stems.iter_mut().for_each(crate::sort::sort_dedup);
    let total: Vec<f64> = names.iter().map(|n| n.iter().map(|(_, w)| w).sum()).collect();
    let language: Vec<&str> = articles.iter().map(|a| a.language.as_str()).collect();
    // (article pair) → whether they are on one story, by the pair's id.
    let (mut story_pairs, mut story_cache) = (IdMap::<(usize, usize)>::default(), Vec::<bool>::new());
    let mut same_story = |x: usize, y: usize| -> bool {
        let key = (x.min(y), x.max(y));
        let (id, new) = story_pairs.insert(key);
        if new {
            let least = if language[x] == language[y] { MIN_STORY_NAMES_SAME_LANGUAGE } else { MIN_STORY_NAMES };
            let shared = shared_weight(&names[key.0], &names[key.1]);
            // Short reports (a headline and a sentence) name few things:
            // most of them in common is as good as many.
            let fewer = total[key.0].min(total[key.1]);
            let alike = language[x] == language[y] && alike_words(&stems[key.0], &stems[key.1]);
            story_cache.push(shared >= least || (shared >= 0.5 && shared >= MIN_STORY_NAME_SHARE * fewer) || alike);
        }
        story_cache[id as usize]
    };

    // The blocking index over statement keys.
    // Key ids are the indices of their posting lists.
    let mut key_ids: IdMap<(u8, &str)> = IdMap::with_capacity(statements.len() * 8);
    let mut postings: Vec<Vec<u32>> = Vec::new();
    let mut key_articles: Vec<(usize, u32)> = Vec::new();
    let claim_keys: Vec<Vec<usize>> = statements
        .iter()
        .enumerate()
        .map(|(ci, s)| {
            keys(s)
                .into_iter()
                .map(|k| {
                    let (id, new) = key_ids.insert(k);
                    let id = id as usize;
                    if new {
                        postings.push(Vec::new());
                        key_articles.push((usize::MAX, 0));
                    }
                    postings[id].push(ci as u32);
                    if key_articles[id].0 != article_of[ci] {
                        key_articles[id] = (article_of[ci], key_articles[id].1 + 1);
                    }
                    id
                })
                .collect()
        })
        .collect();

    let mut pairs = Vec::new();
    let mut story = Stories::new(articles.len());
    // Claims come grouped by article (as `analyze` builds them), so the
    // partners of a claim in a posting list (sorted by claim) start after
    // the last claim of its own article: one binary search instead of a
    // walk past its own article's claims, which made one long article
    // quadratic. Other callers get the plain filter.
    let grouped = article_of.windows(2).all(|w| w[0] <= w[1]);
    let article_end: Vec<u32> = (0..claims.len())
        .map(|ci| if grouped { article_of.partition_point(|&a| a <= article_of[ci]) as u32 } else { 0 })
        .collect();
    let mut candidates: Vec<u32> = Vec::new();
    for (ci, ks) in claim_keys.iter().enumerate() {
        candidates.clear();
        for &k in ks {
            if key_articles[k].1 as usize > MAX_ARTICLES_PER_KEY || postings[k].len() > MAX_CLAIMS_PER_KEY {
                continue;
            }
            let list = &postings[k];
            let from = list.partition_point(|&cj| cj < article_end[ci]);
            candidates.extend(
                list[from..]
                    .iter()
                    .copied()
                    .filter(|&cj| cj as usize > ci && article_of[cj as usize] != article_of[ci]),
            );
        }
        crate::sort::sort_dedup(&mut candidates);
        for &cj in &candidates {
            let cj = cj as usize;
            if same_story(article_of[ci], article_of[cj]) {
                story.join(article_of[ci], article_of[cj]);
            }
            pairs.push(Pair { a: ci, b: cj, score: 0.0 });
        }
    }
    // Stories are the groups of articles joined by alike profiles: a German
    // and an English report whose entity profiles overlap only a little are
    // still one story when both are close to a third report.
    pairs.retain(|p| story.same(article_of[p.a], article_of[p.b]));
    for p in &mut pairs {
        let denom = norm[p.a] * norm[p.b];
        p.score = if denom > 0.0 { dot(&feats[p.a], &feats[p.b], &weight) / denom } else { 0.0 };
    }
    pairs
}

/// Union-find over articles: which belong to one story.
struct Stories {
    parent: Vec<usize>,
}

impl Stories {
    fn new(n: usize) -> Stories {
        Stories { parent: (0..n).collect() }
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn join(&mut self, x: usize, y: usize) {
        let (a, b) = (self.root(x), self.root(y));
        self.parent[a.max(b)] = a.min(b);
    }

    fn same(&mut self, x: usize, y: usize) -> bool {
        self.root(x) == self.root(y)
    }
}

/// Each article's names for the story gate, sorted, each once with its
/// weight: the entities its claims name (a state's at half weight: most
/// reports of a country name it), the towns, the written names of
/// [`Statement::names`], and its distinctive figures
/// ([`crate::compare::distinctive`]), which are written alike in both
/// languages too.
fn story_names<'a>(
    n: usize,
    claims: &'a [Claim],
    statements: &'a [Statement],
    article_of: &[usize],
) -> Vec<Vec<(Name<'a>, f64)>> {
    let mut names: Vec<Vec<(Name<'a>, f64)>> = vec![Vec::new(); n];
    for ((claim, s), &a) in claims.iter().zip(statements).zip(article_of) {
        for e in &claim.entities {
            let w = if e.kind == crate::report::EntityKind::State { 0.5 } else { 1.0 };
            names[a].push((Name::Text(e.id.as_str()), w));
        }
        names[a].extend(s.places.iter().chain(&s.names).map(|p| (Name::Text(p.as_str()), 1.0)));
        // An economic rate is named in any language (`rate:inflation`).
        let rates = s.figures.iter().map(|f| f.measure.as_str()).filter(|m| m.starts_with("rate"));
        names[a].extend(rates.map(|m| (Name::Text(m), 1.0)));
        for v in claim.quantities.iter().flat_map(|q| [q.value_min, q.value_max]).flatten() {
            if crate::compare::distinctive(v) {
                names[a].push((Name::Figure((v + 0.0).to_bits()), 1.0));
            }
        }
    }
    for list in &mut names {
        crate::sort::sort_by(list, |a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        list.dedup_by(|a, b| a.0 == b.0);
    }
    names
}

/// The weight of the names two sorted name lists have in common.
fn shared_weight(x: &[(Name, f64)], y: &[(Name, f64)]) -> f64 {
    let mut sum = 0.0;
    crate::sort::for_each_common(x, y, |a, b| a.0.cmp(&b.0), |a, _| sum += a.1);
    sum
}

/// Whether two articles in one language use the same words: at least
/// [`MIN_STORY_STEMS`] stems in common that are [`MIN_STORY_STEM_SHARE`]
/// of the stems of the article with fewer (`stems` sorted, each once).
fn alike_words(x: &[&str], y: &[&str]) -> bool {
    let mut shared = 0usize;
    crate::sort::for_each_common(x, y, |a, b| a.cmp(b), |_, _| shared += 1);
    shared >= MIN_STORY_STEMS && shared as f64 >= MIN_STORY_STEM_SHARE * x.len().min(y.len()) as f64
}
