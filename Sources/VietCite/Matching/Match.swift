/// What the matcher found: ranges in the normalized text and the fields read there.
@_spi(Stages) public struct Match: Sendable {
    /// The mention's span in the normalized bytes (type word or `số` through the symbol, number or name).
    public var range: Range<Int>
    /// The document type, in full (`Nghị quyết`), or nil when nothing says it.
    public var type: String?
    /// The number as written (`08`, `66.13`); nil for name-only mentions.
    public var number: String?
    /// The canonical symbol, nil for short forms and names.
    public var symbol: String?
    /// `party`, `state`, `normative`, `consolidated`, `short` or `name`.
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
    /// Where the date or year read right after the mention ends, else the mention's end: the scan goes on there.
    var dateEnd: Int
    /// Repairs and checks (`repaired-symbol`, `invalid-date`, …).
    public var warnings: [String]
    /// A year written with a name (`Luật Đất đai năm 2013`).
    public var year: Int?
    /// The name of a document cited by name (`Luật Đất đai`), in the normalized bytes. A name that ends before the
    /// mention is the head its number completes: a plenum listed after another (the `5` of `Nghị quyết Trung ương 4, 5
    /// khóa XIII` is named `Nghị quyết Trung ương` and `5`).
    public var nameRange: Range<Int>?
    /// The pinpoint before the mention (`điểm a khoản 2 Điều 5`), in the normalized bytes.
    public var pinpointRange: Range<Int>?
    /// The relation the mention's sentence states and the words that state it (`Căn cứ`).
    public var relation: (relation: Relation, trigger: Range<Int>)?
    /// The canonical symbol a short form, name or alias resolves to.
    public var refersTo: String?
    /// The symbols a short form could refer to when more than one fits.
    public var candidates: [String] = []
    /// True when a mention with a symbol opens its line as a document header does (`Số: 15/QĐ-BNV`).
    public var startsHeaderLine = false
    /// Where its type word ends (0 when none was read), for ``Matcher/lostMarks(_:type:)``.
    var typeWordEnd = 0
    /// True when the date is the one written once after the list the mention stands in (``Coordination``).
    var dateShared = false
    /// Where the first date after the mention ends when more follow, one for each member of its list in turn
    /// (`126-KL/TW, 127-KL/TW ngày 14/02/2025, 28/02/2025`); 0 when none do.
    var respectiveDatesStart = 0

    init(range: Range<Int>, type: String?, number: String?, symbol: String?, family: String, issuerCode: String?,
         symbolYear: Int?, hasTypeWord: Bool, warnings: [String] = []) {
        self.init(range: range, type: type, number: number, symbol: symbol, family: family, issuerCode: issuerCode,
                  symbolYear: symbolYear, hasTypeWord: hasTypeWord, warnings: warnings,
                  fields: Matcher.Fields(date: nil, year: nil, issuerRange: nil, term: nil, end: range.upperBound))
    }

    /// A mention made whole at once, with the fields read after it (no copy of a half-made ``Match``).
    init(range: Range<Int>, type: String?, number: String?, symbol: String?, family: String, issuerCode: String?,
         symbolYear: Int?, hasTypeWord: Bool, warnings: [String], fields: Matcher.Fields) {
        self.range = range
        self.type = type
        self.number = number
        self.symbol = symbol
        self.family = family
        self.issuerCode = issuerCode
        self.symbolYear = symbolYear
        self.hasTypeWord = hasTypeWord
        self.warnings = warnings
        self.date = fields.date
        self.year = fields.year
        self.issuerRange = fields.issuerRange
        self.term = fields.term
        self.fieldsEnd = fields.end
        self.dateEnd = fields.dateEnd ?? range.upperBound
        self.respectiveDatesStart = fields.respectiveDatesStart
    }
}
