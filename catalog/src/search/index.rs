//! The in-memory side of search: per-document filter facts and a spatial
//! tree, rebuilt from `search_doc` whenever the catalog changes. FTS5 finds
//! text; this decides filters, distance and open-now without touching SQL.

use std::collections::HashMap;

use rstar::RTree;
use rstar::primitives::GeomWithData;
use rusqlite::Connection;

use super::vocabulary::Vocabulary;
use crate::gazetteer::Gazetteer;
use crate::geo_math::{distance_km, unit_vector};
use crate::hours::Hours;
use crate::record::RecordKind;
use crate::taxonomy::Taxonomy;

pub(crate) type SpatialPoint = GeomWithData<[f64; 3], u32>;

/// Filter facts of one document.
#[derive(Debug, Clone)]
pub(crate) struct DocMeta {
    pub rowid: i64,
    pub kind: RecordKind,
    pub entity_id: Box<str>,
    pub point: Option<(f64, f64)>,
    /// Index into the bundled gazetteer.
    pub comune: Option<u32>,
    /// ISTAT region code as a number (0: none), for facet counting.
    pub region: u8,
    pub area: Option<u8>,
    pub target_groups: u16,
    /// Interned language ids.
    pub languages: Box<[u16]>,
    pub free: bool,
    pub no_documents: bool,
    /// Index into [`SearchIndex::hours`].
    pub hours: Option<u32>,
    /// Topic bits (`doc::topic_bit`): cultural section, second-generation
    /// theme and flag, protection project.
    pub topics: u16,
    /// Documents of the same place share a group (`doc::same_place_key`);
    /// `None` for a place no other document shares.
    pub same_place: Option<u32>,
}

#[derive(Debug, Default)]
pub struct SearchIndex {
    pub(crate) docs: Vec<DocMeta>,
    /// Position of each document by FTS rowid (`u32::MAX`: none).
    by_rowid: Vec<u32>,
    pub(crate) tree: RTree<SpatialPoint>,
    pub(crate) hours: Vec<Hours>,
    pub(crate) languages: Vec<String>,
    /// Every indexed word, for typo tolerance and parts of names.
    pub(crate) vocabulary: Vocabulary,
    /// Each document's `long_text` row (`u32::MAX`: none), by position:
    /// a match in `search_texts` stands for the documents that carry it.
    long_text_of: Vec<u32>,
    /// The other way: the positions of the documents of each `long_text`
    /// row, by row (`text_docs[text_starts[t]..text_starts[t + 1]]`).
    text_starts: Vec<u32>,
    text_docs: Vec<u32>,
    /// Rowid span of each province's documents (by province code).
    pub(crate) province_rowids: HashMap<String, (i64, i64)>,
    /// How many documents carry each filter token (`zz…`): the planner
    /// leaves common ones out of the FTS query.
    pub(crate) filter_frequency: HashMap<String, u64>,
    /// The farthest any document lies from its comune's point: how much a
    /// radius must grow before comuni can stand in for documents.
    pub(crate) max_comune_offset_km: f64,
}

impl SearchIndex {
    pub(crate) fn load(conn: &Connection) -> crate::Result<SearchIndex> {
        let gazetteer = Gazetteer::bundled();
        let comune_pos: HashMap<&str, u32> = gazetteer
            .all()
            .iter()
            .enumerate()
            .map(|(i, c)| (c.istat.as_str(), i as u32))
            .collect();
        let tax = Taxonomy::bundled();
        let mut index = SearchIndex::default();
        let mut language_ids: HashMap<String, u16> = HashMap::new();
        let mut hours_ids: HashMap<String, u32> = HashMap::new();
        let mut stmt = conn.prepare(
            "SELECT rowid, kind, entity_id, latitude, longitude, comune_istat, area, target_groups,
                    languages, free, no_documents, opening_hours, topics, same_place, long_texts
             FROM search_doc ORDER BY rowid",
        )?;
        let mut rows = stmt.query([])?;
        let mut points = Vec::new();
        let mut place_keys: Vec<Option<i64>> = Vec::new();
        while let Some(r) = rows.next()? {
            place_keys.push(r.get(13)?);
            let kind = RecordKind::from_search_number(r.get(1)?).unwrap_or(RecordKind::Service);
            let lat: Option<f64> = r.get(3)?;
            let lon: Option<f64> = r.get(4)?;
            let point = lat.zip(lon);
            let comune_code: Option<String> = r.get(5)?;
            let comune = comune_code
                .as_deref()
                .and_then(|c| comune_pos.get(c).copied());
            let area: Option<String> = r.get(6)?;
            let targets: String = r.get(7)?;
            let langs: String = r.get(8)?;
            let opening_hours: Option<String> = r.get(11)?;
            let topic_list: String = r.get(12)?;
            let topics = topic_list
                .split(',')
                .filter_map(super::doc::topic_bit)
                .fold(0u16, |acc, bit| acc | bit);
            let hours = match opening_hours {
                Some(oh) => match hours_ids.get(&oh) {
                    Some(&id) => Some(id),
                    None => match Hours::parse(&oh) {
                        Ok(h) => {
                            let id = index.hours.len() as u32;
                            index.hours.push(h);
                            hours_ids.insert(oh, id);
                            Some(id)
                        }
                        Err(_) => None,
                    },
                },
                None => None,
            };
            let mut target_groups = 0u16;
            for t in targets.split(',').filter(|t| !t.is_empty()) {
                if let Some(p) = tax.position("target_group", t) {
                    target_groups |= 1 << p;
                }
            }
            let languages = langs
                .split(',')
                .filter(|l| !l.is_empty())
                .map(|l| {
                    let next = language_ids.len() as u16;
                    *language_ids.entry(l.to_string()).or_insert(next)
                })
                .collect();
            let pos = index.docs.len() as u32;
            // Rowids past u32 never occur in a catalog file; such a text
            // would only not be found.
            index.long_text_of.push(
                r.get::<_, Option<i64>>(14)?
                    .and_then(|t| u32::try_from(t).ok())
                    .unwrap_or(u32::MAX),
            );
            if let Some((lat, lon)) = point {
                points.push(SpatialPoint::new(unit_vector(lat, lon), pos));
                if let Some(c) = comune.map(|c| &gazetteer.all()[c as usize]) {
                    let offset = distance_km(lat, lon, c.latitude, c.longitude);
                    index.max_comune_offset_km = index.max_comune_offset_km.max(offset);
                } else {
                    index.max_comune_offset_km = f64::INFINITY;
                }
            }
            let rowid: i64 = r.get(0)?;
            if let Some(c) = comune.map(|c| &gazetteer.all()[c as usize]) {
                let span = index
                    .province_rowids
                    .entry(c.province_code.clone())
                    .or_insert((rowid, rowid));
                span.0 = span.0.min(rowid);
                span.1 = span.1.max(rowid);
            }
            if let Ok(slot) = usize::try_from(rowid) {
                if index.by_rowid.len() <= slot {
                    index.by_rowid.resize(slot + 1, u32::MAX);
                }
                index.by_rowid[slot] = pos;
            }
            index.docs.push(DocMeta {
                rowid,
                kind,
                entity_id: r.get::<_, String>(2)?.into_boxed_str(),
                point,
                comune,
                region: comune
                    .and_then(|c| gazetteer.all()[c as usize].region_code.parse().ok())
                    .unwrap_or(0),
                area: area
                    .as_deref()
                    .and_then(|a| tax.position("area", a))
                    .map(|p| p as u8),
                target_groups,
                languages,
                free: r.get(9)?,
                no_documents: r.get(10)?,
                hours,
                topics,
                same_place: None,
            });
        }
        index.group_same_places(&place_keys);
        index.invert_long_texts();
        index.tree = RTree::bulk_load(points);
        let mut languages: Vec<(String, u16)> = language_ids.into_iter().collect();
        languages.sort_by_key(|(_, id)| *id);
        index.languages = languages.into_iter().map(|(l, _)| l).collect();
        index.load_vocabulary(conn)?;
        Ok(index)
    }

    /// Numbers the keys more than one document shares; the others stay
    /// `None`, so a search checks only documents that have a twin.
    fn group_same_places(&mut self, keys: &[Option<i64>]) {
        let mut seen: HashMap<i64, (usize, Option<u32>)> = HashMap::new();
        let mut groups = 0u32;
        for (pos, key) in keys.iter().enumerate() {
            let Some(key) = key else { continue };
            match seen.get_mut(key) {
                None => {
                    seen.insert(*key, (pos, None));
                }
                Some((first, group)) => {
                    let g = *group.get_or_insert_with(|| {
                        groups += 1;
                        groups - 1
                    });
                    self.docs[*first].same_place = Some(g);
                    self.docs[pos].same_place = Some(g);
                }
            }
        }
    }

    fn load_vocabulary(&mut self, conn: &Connection) -> crate::Result<()> {
        conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_fts, row);
             CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_texts_vocab
                 USING fts5vocab(main, search_texts, row);",
        )?;
        let mut words = Vec::new();
        let mut stmt = conn.prepare("SELECT term, doc FROM temp.search_vocab")?;
        let terms = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in terms {
            let (term, docs) = row?;
            if term.starts_with("zz") {
                self.filter_frequency.insert(term, docs as u64);
            } else {
                words.push(term);
            }
        }
        let mut stmt = conn.prepare("SELECT term FROM temp.search_texts_vocab")?;
        for term in stmt.query_map([], |r| r.get::<_, String>(0))? {
            words.push(term?);
        }
        self.vocabulary = Vocabulary::new(words);
        Ok(())
    }

    /// Builds the positions of each long text's documents.
    fn invert_long_texts(&mut self) {
        let rows = self
            .long_text_of
            .iter()
            .filter(|&&t| t != u32::MAX)
            .max()
            .map_or(0, |&t| t as usize + 1);
        let mut starts = vec![0u32; rows + 1];
        for &t in self.long_text_of.iter().filter(|&&t| t != u32::MAX) {
            starts[t as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut docs = vec![0u32; starts[rows] as usize];
        for (pos, &t) in self.long_text_of.iter().enumerate() {
            if t != u32::MAX {
                docs[next[t as usize] as usize] = pos as u32;
                next[t as usize] += 1;
            }
        }
        self.text_starts = starts;
        self.text_docs = docs;
    }

    /// The positions of the documents whose long texts are the row `text`.
    pub(crate) fn documents_with_text(&self, text: u32) -> &[u32] {
        let t = text as usize;
        match (self.text_starts.get(t), self.text_starts.get(t + 1)) {
            (Some(&a), Some(&b)) => &self.text_docs[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The `long_text` row of the document at `pos`, if it has one.
    pub(crate) fn long_text_of(&self, pos: u32) -> Option<u32> {
        self.long_text_of
            .get(pos as usize)
            .copied()
            .filter(|&t| t != u32::MAX)
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// What the index holds on the heap, estimated from its containers'
    /// capacities and string lengths (allocator overhead not counted; a
    /// hash map's control bytes and slack counted as 1.2 × its entries).
    pub(crate) fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let string = |s: &str| s.len();
        let docs = self.docs.capacity() * size_of::<DocMeta>()
            + self
                .docs
                .iter()
                .map(|d| d.entity_id.len() + d.languages.len() * size_of::<u16>())
                .sum::<usize>();
        let by_rowid = self.by_rowid.capacity() * size_of::<u32>()
            + (self.long_text_of.capacity()
                + self.text_starts.capacity()
                + self.text_docs.capacity())
                * size_of::<u32>();
        // rstar keeps the points in leaves plus inner nodes (about one per
        // six points at its default fan-out).
        let tree = self.tree.size() * size_of::<SpatialPoint>() * 7 / 6;
        let hours = self.hours.capacity() * size_of::<Hours>();
        let languages = self
            .languages
            .iter()
            .map(|l| size_of::<String>() + string(l))
            .sum::<usize>();
        let vocabulary = self.vocabulary.heap_bytes();
        let maps = (self.province_rowids.len() + self.filter_frequency.len())
            * (size_of::<String>() + 16)
            * 12
            / 10;
        docs + by_rowid + tree + hours + languages + vocabulary + maps
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    pub(crate) fn position(&self, rowid: i64) -> Option<u32> {
        let slot = usize::try_from(rowid).ok()?;
        self.by_rowid.get(slot).copied().filter(|&p| p != u32::MAX)
    }

    pub(crate) fn language_id(&self, code: &str) -> Option<u16> {
        self.languages
            .iter()
            .position(|l| l == code)
            .map(|p| p as u16)
    }
}
