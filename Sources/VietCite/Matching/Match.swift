/// What the matcher found: ranges in the normalized text and the fields read there.
@_spi(Stages) public struct Match: Sendable {
    /// The mention's span in the normalized bytes (type word or `số` through the symbol or number).
    public var range: Range<Int>
    /// The document type, in full (`Nghị quyết`), or nil when nothing says it.
    public var type: String?
    /// The number as written (`08`, `66.13`).
    public var number: String
    /// The canonical symbol, nil for short forms.
    public var symbol: String?
    /// `party`, `state`, `normative`, `consolidated` or `short`.
    public var family: String
    /// The issuer's code from the symbol (`TTg`, `TW`).
    public var issuerCode: String?
    /// The year inside a normative symbol.
    public var symbolYear: Int?
    /// The date after the mention, as written (year, month, day).
    public var date: (year: Int, month: Int, day: Int)?
    /// The issuer phrase after the mention (`Ban Bí thư`), in the normalized bytes.
    public var issuerRange: Range<Int>?
    /// A term written after the mention or its issuer (`XI`).
    public var term: String?
    /// True when the span begins at a type word rather than at `số` or the number.
    public var hasTypeWord: Bool
    /// Where the fields after the mention end (date, issuer, term).
    public var fieldsEnd: Int
    /// Repairs and checks (`repaired-symbol`, `invalid-date`, …).
    public var warnings: [String]
    /// A bare following year (`năm 2013`).
    public var year: Int?
}
