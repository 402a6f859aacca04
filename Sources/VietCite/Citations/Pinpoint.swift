/// The provision a citation points at inside the cited document: part (*phần*), chapter (*chương*), section
/// (*mục*), subsection (*tiểu mục*), article (*điều*), clause (*khoản*), point (*điểm*), subpoint (*tiết*), or an
/// annex (*phụ lục*).
///
/// Each level holds every value written for it, so lists keep their members:
/// ```swift
/// let citation = CitationExtractor().citations(in: "điểm a và điểm b khoản 2 Điều 54 Luật số 64/2025/QH15")[0]
/// citation.pinpoint?.text      // "điểm a và điểm b khoản 2 Điều 54"
/// citation.pinpoint?.points    // ["a", "b"]
/// citation.pinpoint?.clauses   // ["2"]
/// citation.pinpoint?.articles  // ["54"]
/// ```
public struct Pinpoint: Sendable, Hashable {
    /// The pinpoint as written, whitespace collapsed.
    public let text: String
    /// Parts (*phần*), as written (`I`, `thứ hai`).
    public internal(set) var parts: [String] = []
    /// Chapters (*chương*), Roman numerals as written.
    public internal(set) var chapters: [String] = []
    /// Sections (*mục*).
    public internal(set) var sections: [String] = []
    /// Subsections (*tiểu mục*).
    public internal(set) var subsections: [String] = []
    /// Articles (*điều*), with inserted articles kept (`5a`).
    public internal(set) var articles: [String] = []
    /// Clauses (*khoản*), with inserted clauses kept (`2a`).
    public internal(set) var clauses: [String] = []
    /// Points (*điểm*), letters as written (`a`, `đ`, `a1`).
    public internal(set) var points: [String] = []
    /// Subpoints (*tiết*), the level under a point in circulars and Party guidance (`tiết a điểm 1 mục II`).
    public internal(set) var subpoints: [String] = []
    /// Annexes (*phụ lục*), as written (`I`, `02`): `Phụ lục I ban hành kèm theo Thông tư số 01/2021/TT-BTC`.
    public internal(set) var annexes: [String] = []

    init(text: String) {
        self.text = text
    }
}
