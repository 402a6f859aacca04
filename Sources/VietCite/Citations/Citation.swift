/// One mention of a document in a text: where it stands in the original bytes and what it says.
///
/// The fields follow the record contract of `vietcite extract` (`citation-records.md`).
///
/// ```swift
/// let citation = CitationExtractor().citations(in: "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")[0]
/// citation.type      // "Kết luận"
/// citation.symbol    // "114-KL/TW"
/// citation.date      // CitationDate(year: 2015, month: 7, day: 14)
/// citation.issuer    // "Ban Bí thư"
/// ```
public struct Citation: Sendable, Hashable {
    /// The mention's byte range in the original input: `bytes[span]` is the mention.
    public let span: Range<Int>
    /// The original text of the span (invalid bytes as U+FFFD).
    public var text: String { fields.string(textSlice) }
    /// The document type in full Vietnamese (`Nghị quyết`, `Thông tư`), nil when nothing states it.
    public let type: String?
    /// The number as written, leading zeros kept (`08`, `66.13`); nil for name-only mentions.
    public let number: String?
    /// The canonical symbol (`107/2021/NĐ-CP`); nil for short forms and names.
    public let symbol: String?
    /// The date written after the mention.
    public let date: CitationDate?
    /// The issuing body as stated after the mention (`Ban Bí thư`).
    public var issuer: String? { issuerSlice.map(fields.string) }
    /// True when the mention is the document's own identifier.
    public let isSelf: Bool
    /// The issuer's code from the symbol (`TTg`, `UBND`, `TW`).
    public let issuerCode: String?
    /// A term: Party khóa (`XI`) or National Assembly (`QH15`).
    public let term: String?
    /// `party`, `state`, `normative`, `consolidated`, `name` or `short`.
    public let family: String
    /// Repairs and checks: `repaired-symbol`, `repaired-date`, `two-digit-year`, `invalid-date`, `year-mismatch`,
    /// `term-mismatch`, `date-after-citing-document`, `ambiguous-reference`.
    public let warnings: [String]
    /// The name of a document cited by name (`Luật Đất đai`, `Nghị quyết Trung ương 4 (khóa XII)`).
    public var name: String? { nameSlice.map(fields.string) }
    /// A year written with a name (`Luật Đất đai năm 2013` → 2013).
    public let year: Int?
    /// The provision cited inside the document (`Điều 14`, `điểm a khoản 2 Điều 5`), written before the mention.
    public let pinpoint: Pinpoint?
    /// How the text cites the document; ``Relation/reference`` when nothing says more.
    public let relation: Relation
    /// The words that state the relation, as written (`Căn cứ`, `thay thế`), nil for a plain reference.
    public var relationTrigger: String? { triggerSlice.map(fields.string) }
    /// The canonical symbol a short form, name or alias refers to, when the text or the built-in list says it.
    public let refersTo: String?
    /// The symbols an ambiguous short form or name could refer to (it is left unresolved).
    public let candidates: [String]

    /// The bytes of the text fields of every citation of the document, shared: one buffer per document, not a
    /// string per field (``CitationFields``).
    @usableFromInline let fields: CitationFields
    @usableFromInline let textSlice: Range<Int>
    @usableFromInline let issuerSlice: Range<Int>?
    @usableFromInline let nameSlice: Range<Int>?
    @usableFromInline let triggerSlice: Range<Int>?

    init(span: Range<Int>, fields: CitationFields, text: Range<Int>, type: String?, number: String?,
         symbol: String?, date: CitationDate?, issuer: Range<Int>?, isSelf: Bool, issuerCode: String?,
         term: String?, family: String, warnings: [String], name: Range<Int>?, year: Int?, pinpoint: Pinpoint?,
         relation: Relation, relationTrigger: Range<Int>?, refersTo: String?, candidates: [String]) {
        self.span = span
        self.fields = fields
        self.textSlice = text
        self.type = type
        self.number = number
        self.symbol = symbol
        self.date = date
        self.issuerSlice = issuer
        self.isSelf = isSelf
        self.issuerCode = issuerCode
        self.term = term
        self.family = family
        self.warnings = warnings
        self.nameSlice = name
        self.year = year
        self.pinpoint = pinpoint
        self.relation = relation
        self.triggerSlice = relationTrigger
        self.refersTo = refersTo
        self.candidates = candidates
    }

    /// Citations are equal when everything they say is: the shared buffer behind their text is not compared.
    public static func == (lhs: Citation, rhs: Citation) -> Bool {
        lhs.span == rhs.span && lhs.type == rhs.type && lhs.number == rhs.number && lhs.symbol == rhs.symbol
            && lhs.date == rhs.date && lhs.isSelf == rhs.isSelf && lhs.issuerCode == rhs.issuerCode
            && lhs.term == rhs.term && lhs.family == rhs.family && lhs.warnings == rhs.warnings
            && lhs.year == rhs.year && lhs.pinpoint == rhs.pinpoint && lhs.relation == rhs.relation
            && lhs.refersTo == rhs.refersTo && lhs.candidates == rhs.candidates
            && lhs.textBytes == rhs.textBytes && lhs.issuerBytes == rhs.issuerBytes
            && lhs.nameBytes == rhs.nameBytes && lhs.relationTriggerBytes == rhs.relationTriggerBytes
    }

    /// Hashes the span, the symbol and the text's bytes: equal citations hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(span)
        hasher.combine(symbol)
        hasher.combine(textBytes)
    }
}

extension Citation {
    /// The UTF-8 bytes of ``text`` as they stand in the source (possibly ill-formed; ``text`` repairs them), for
    /// writers that copy them without a `String`. These four are inlinable: a writer that reads a citation in place,
    /// through a pointer, reads them without a copy of the whole citation.
    @_spi(Records) @inlinable public var textBytes: ArraySlice<UInt8> { fields.bytes(textSlice) }
    /// The UTF-8 bytes of ``issuer`` (well-formed).
    @_spi(Records) @inlinable public var issuerBytes: ArraySlice<UInt8>? { issuerSlice.map(fields.bytes) }
    /// The UTF-8 bytes of ``name`` (well-formed).
    @_spi(Records) @inlinable public var nameBytes: ArraySlice<UInt8>? { nameSlice.map(fields.bytes) }
    /// The UTF-8 bytes of ``relationTrigger`` as they stand in the source, spaces collapsed.
    @_spi(Records) @inlinable public var relationTriggerBytes: ArraySlice<UInt8>? { triggerSlice.map(fields.bytes) }
}

/// A calendar date as written in a citation; not validated (an impossible date is kept and flagged).
public struct CitationDate: Sendable, Hashable, CustomStringConvertible {
    /// The year, as written.
    public let year: Int
    /// The month, as written.
    public let month: Int
    /// The day, as written.
    public let day: Int

    /// The Party Central Committee term (*khóa*) in force on this date, as a Roman numeral (`XI`), or nil outside
    /// the known terms (VIII–XIV). A Party symbol is identified by its term: `25-NQ/TW` of 2013 is not `25-NQ/TW`
    /// of 2003.
    ///
    /// ```swift
    /// CitationDate(year: 2013, month: 6, day: 3).partyTerm   // "XI"
    /// ```
    public var partyTerm: String? {
        Terms.partyTerm(containing: (year, month, day)).map(Terms.roman)
    }

    /// Creates a date; it is not validated.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Every record writes one: ten digits and dashes into one small string, not three padded ones joined.
        if (0...9999).contains(year) && (0...99).contains(month) && (0...99).contains(day) {
            return String(unsafeUninitializedCapacity: 10) { text in
                DecimalDigits.write(year, width: 4, into: text, at: 0)
                text[4] = 0x2D
                DecimalDigits.write(month, width: 2, into: text, at: 5)
                text[7] = 0x2D
                DecimalDigits.write(day, width: 2, into: text, at: 8)
                return 10
            }
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
