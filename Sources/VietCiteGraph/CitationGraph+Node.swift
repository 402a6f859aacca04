import VietCite

extension CitationGraph {
    /// A document: a source of the batch, a document it cites, or both.
    ///
    /// Identity (`documents.md` §8): a normative symbol identifies its document (`doc:107/2021/NĐ-CP`); a state
    /// symbol needs its year (`doc:16/CT-TTg@2020`); a Party symbol its term (`doc:25-NQ/TW#XI`); a document
    /// cited by name only is its name and year (`name:luat dat dai@2013`) unless the batch states its number.
    /// An open year or term is written `?` and such a node lists the nodes it may be as ``candidates``.
    public struct Node: Sendable, Hashable {
        /// The identifier, stable across runs.
        public let id: String
        /// A readable label: the symbol, else the name, else the short form.
        public internal(set) var label: String
        /// The document type (`Nghị định`).
        public internal(set) var type: String?
        /// The number as written.
        public internal(set) var number: String?
        /// The canonical symbol.
        public internal(set) var symbol: String?
        /// The issuer as stated (`Ban Bí thư`).
        public internal(set) var issuer: String?
        /// The issuer's code from the symbol (`TTg`).
        public internal(set) var issuerCode: String?
        /// The document's date (`YYYY-MM-DD`), the one most often stated.
        public internal(set) var date: String?
        /// The term: Party khóa or National Assembly (`QH15`).
        public internal(set) var term: String?
        /// The year, from the symbol, the date or the name.
        public internal(set) var year: Int?
        /// The title, for source documents whose title line was read.
        public internal(set) var title: String?
        /// The name of a document cited by name.
        public internal(set) var name: String?
        /// How many documents of the batch cite it.
        public internal(set) var citedBy: Int = 0
        /// The file or JSON Lines id, when the document is a source of the batch.
        public internal(set) var file: String?
        /// How a source document's identity was found: `header` (its own `Số:` line) or `file name`.
        public internal(set) var identity: String?
        /// False for short forms that nothing resolved (`Nghị định 168` with no full mention).
        public internal(set) var isResolved: Bool = true
        /// Nodes that may be this same document (same symbol, a year or term left open).
        public internal(set) var candidates: [String] = []
    }
}
