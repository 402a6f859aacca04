/// The best single regular expression we could write for the numbered forms VietCite reads (the three symbol
/// families of `documents.md` §8), in the common syntax of Python `re`, PCRE2, ripgrep and ICU
/// (`NSRegularExpression`). It finds symbols only: no type word, date, issuer, name or normalization.
public enum PeerPattern {
    /// The pattern, one line, no flags: a number, an optional year and the codes after it.
    public static let numbered =
        #"\d{1,5}(?:\.\d{1,3})?\s?[-/]\s?(?:(?:19|20)\d{2}\s?/\s?)?[A-ZĐ][A-Za-zĐđ]{0,7}\d{0,2}"#
        + #"(?:\s?[-/]\s?[A-ZĐ][A-Za-zĐđ]{0,10}\d{0,2})*"#
}
