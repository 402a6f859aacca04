import VietCite

/// Who a source document is, read from its own text: the `Số: …` header (its self mention), the type and title
/// lines (`NGHỊ ĐỊNH` / `Quy định …`), the place-and-date line (`Hà Nội, ngày 05 tháng 3 năm 2020`) and the
/// issuer block at the top.
struct SourceIdentity: Sendable, Hashable {
    var symbol: String?
    var type: String?
    var number: String?
    var family: String?
    var date: CitationDate?
    var issuer: String?
    var issuerCode: String?
    var title: String?

    /// The header is looked for in the first 6 KB.
    static let headerLimit = 6 * 1024

    init(_ document: ExtractedDocument) {
        if let header = document.citations.first(where: { $0.isSelf && $0.symbol != nil }) {
            symbol = header.symbol
            type = header.type
            number = header.number
            family = header.family
            issuerCode = header.issuerCode
        }
        let top = document.source.text(in: 0..<min(document.source.bytes.count, Self.headerLimit))
        let lines = top.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingCharacters() }
            .filter { !$0.isEmpty }
        for (index, line) in lines.enumerated() {
            // Folding runs the normalizer: only for the lines that can be a date line or a title.
            let mayBeDate = date == nil && line.utf8.count <= 120 && (line.contains("ngày") || line.contains("Ngày"))
            let upperCase = Self.isUpperCase(line)
            let mayBeTitle = line.utf8.count <= 60 && upperCase
            let mayBeIssuer = issuer == nil && index < 3 && upperCase
            guard mayBeDate || mayBeTitle || mayBeIssuer else { continue }
            let folded = VietnameseKey.folded(line)
            if mayBeDate, let found = Self.placeAndDate(folded) { date = found }
            if title == nil, mayBeTitle, let typeName = Self.typeTitles[folded] {
                if type == nil { type = typeName }
                if index + 1 < lines.count { title = lines[index + 1] }
            }
            if mayBeIssuer && !Self.mottos.contains(where: folded.hasPrefix)
                && Self.typeTitles[folded] == nil && !folded.hasPrefix("so") {
                issuer = line
            }
        }
    }

    /// `Hà Nội, ngày 05 tháng 3 năm 2020` (folded): the date after the place.
    static func placeAndDate(_ folded: String) -> CitationDate? {
        guard let comma = folded.firstIndex(of: ",") else { return nil }
        let words = folded[comma...].split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count >= 6, words[0] == "ngay", words[2] == "thang", words[4] == "nam",
              let day = Int(words[1]), let month = Int(words[3]), let year = Int(words[5].prefix(4)),
              (1...31).contains(day), (1...12).contains(month), (1945...2099).contains(year) else { return nil }
        return CitationDate(year: year, month: month, day: day)
    }

    static func isUpperCase(_ line: String) -> Bool {
        line.contains { $0.isLetter } && line == line.uppercased()
    }

    /// Title lines (folded) → the type they announce.
    static let typeTitles: [String: String] = [
        "nghi dinh": "Nghị định", "nghi quyet": "Nghị quyết", "quyet dinh": "Quyết định", "quy dinh": "Quy định",
        "thong tu": "Thông tư", "thong tu lien tich": "Thông tư liên tịch", "chi thi": "Chỉ thị",
        "ket luan": "Kết luận", "ke hoach": "Kế hoạch", "huong dan": "Hướng dẫn", "thong bao": "Thông báo",
        "bao cao": "Báo cáo", "to trinh": "Tờ trình", "chuong trinh": "Chương trình", "de an": "Đề án",
        "luat": "Luật", "bo luat": "Bộ luật", "phap lenh": "Pháp lệnh", "cong van": "Công văn",
        "cong dien": "Công điện", "quy che": "Quy chế", "lenh": "Lệnh", "van ban hop nhat": "Văn bản hợp nhất",
    ]

    static let mottos = ["cong hoa xa hoi chu nghia viet nam", "dang cong san viet nam", "doc lap - tu do",
                         "doc lap – tu do"]
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        var view = self
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
