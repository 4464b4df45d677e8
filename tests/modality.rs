mod speech_support;
use speech_support::*;

#[test]
#[ignore]
fn dump_all() {
    for s in ["000", "001"] {
        let t = seed(s);
        dump(&analyze(&t, faktenlage::language::Lang::De));
    }
    if let Some(dir) = corpus_dir() {
        for f in ["01_dpa_wnoz_nk_bestaetigt.txt","03_euronews_de_jetzt_offiziell.txt","05_berliner_zeitung_russland_bestaetigt.txt","12_dpa_afx_vertrag_juni_2024.txt","14_reuters_cna_nk_confirms.txt","19_dpa_afx_bundestagswahl_2025.txt","20_dpa_afx_hochwasser_2024-06.txt","22_mopo_hochwasser_vier_tote.txt"] {
            println!("======== {f}");
            let (t, l) = corpus_article(&dir, f);
            dump(&analyze(&t, l));
        }
    }
}
