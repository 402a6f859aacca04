/// How a text cites a document (`documents.md` §7.4): the basis it stands on, what it amends, replaces or
/// repeals, what it guides or details. The raw value is the Vietnamese term.
///
/// ```swift
/// let citation = CitationExtractor().citations(in: "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;")[0]
/// citation.relation          // .basis
/// citation.relationTrigger   // "Căn cứ"
/// ```
public enum Relation: String, Sendable, Hashable, CaseIterable {
    /// *căn cứ*: the legal basis of the citing document.
    case basis = "căn cứ"
    /// *thực hiện*: the citing document carries out the cited one.
    case implements = "thực hiện"
    /// *sửa đổi, bổ sung*: amends or supplements.
    case amends = "sửa đổi, bổ sung"
    /// *thay thế*: replaces.
    case replaces = "thay thế"
    /// *bãi bỏ*: repeals.
    case repeals = "bãi bỏ"
    /// *hướng dẫn*: guides the application of.
    case guides = "hướng dẫn"
    /// *quy định chi tiết*: details.
    case details = "quy định chi tiết"
    /// *hợp nhất*: consolidates.
    case consolidates = "hợp nhất"
    /// *ban hành kèm theo*: issued as an annex of.
    case annexOf = "ban hành kèm theo"
    /// *đình chỉ*: suspends the execution of.
    case suspends = "đình chỉ"
    /// *tạm ngưng hiệu lực*: suspends the effect of.
    case suspendsEffect = "tạm ngưng hiệu lực"
    /// *công bố*: promulgates (the President's order, `Nay công bố: Luật …`; not `công bố thông tin theo …`).
    case promulgates = "công bố"
    /// *hết hiệu lực*: ends the effect of.
    case ends = "hết hiệu lực"
    /// *đính chính*: corrects.
    case corrects = "đính chính"
    /// *giải thích*: interprets.
    case interprets = "giải thích"
    /// *theo đề nghị*: the proposal the citing document answers.
    case proposal = "theo đề nghị"
    /// *xét*: a submission the citing document reviewed.
    case review = "xét"
    /// *dẫn chiếu*: a plain reference (the default).
    case reference = "dẫn chiếu"
}

extension Relation {
    /// Hashes the case, not its raw value: the default for a `String`-backed enum hashes the Vietnamese term,
    /// which Swift's `String` hashing normalizes scalar by scalar, and relations key the graph's edges.
    public func hash(into hasher: inout Hasher) {
        // A case-only enum is stored as its case's index.
        withUnsafeBytes(of: self) { hasher.combine($0[0]) }
    }
}
