//! News agencies: the names outlets credit (`dpa`, `AFP`, `Reuters`, …).
//!
//! An agency relays what others say; it is never an original source of a
//! claim by itself (see the comparison's source count). One list, used by the
//! block classifier (credit and source lines), the metadata reader and the
//! attribution reader.

/// Lowercased agency name → how it is written.
pub const AGENCIES: &[(&str, &str)] = &[
    ("dpa", "dpa"),
    ("dpa-afx", "dpa-AFX"),
    ("afp", "AFP"),
    ("ap", "AP"),
    ("reuters", "Reuters"),
    ("kna", "KNA"),
    ("epd", "epd"),
    ("sid", "SID"),
    ("apa", "APA"),
    ("sda", "SDA"),
    ("keystone-sda", "Keystone-SDA"),
    ("ddp", "ddp"),
    ("dts", "dts"),
    ("efe", "EFE"),
    ("ansa", "ANSA"),
    ("upi", "UPI"),
    ("kcna", "KCNA"),
    ("tass", "TASS"),
    ("interfax", "Interfax"),
    ("xinhua", "Xinhua"),
    ("yonhap", "Yonhap"),
    ("kyodo", "Kyodo"),
    ("bloomberg", "Bloomberg"),
    ("afx", "AFX"),
];

/// Agencies' spelled-out names (lowercase) → how they are abbreviated.
pub const LONG_NAMES: &[(&str, &str)] =
    &[("agence france-presse", "AFP"), ("associated press", "AP"), ("deutsche presse-agentur", "dpa")];

/// The normalized name of an agency from its lowercased name.
pub fn agency(lower: &str) -> Option<&'static str> {
    AGENCIES.iter().find(|(k, _)| *k == lower).map(|&(_, v)| v)
}
