@_spi(Stages) import VietCite

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
        // Read as the extractor reads it (UTF-16 and legacy encodings decoded, NFC), markup kept as it was written.
        let head = SourceText(bytes: Array(document.source.bytes.prefix(Self.headerLimit)))
        let top = Normalizer(options: .init(markup: .text)).normalize(head).string
        let lines = Self.lines(of: top)
        for (index, line) in lines.enumerated() {
            // Folding runs the normalizer, and Character-level tests are slow: only the lines short enough to be a
            // date line or a title, or among the first three, are looked at further.
            let length = line.utf8.count
            let mayBeDate = date == nil && length <= 120 && Self.containsNgay(line)
            guard mayBeDate || length <= 60 || issuer == nil && index < 3 else { continue }
            let upperCase = Self.isUpperCase(line)
            let mayBeTitle = length <= 60 && upperCase
            let mayBeIssuer = issuer == nil && index < 3 && upperCase
            guard mayBeDate || mayBeTitle || mayBeIssuer else { continue }
            let folded = VietnameseKey.folded(String(line))
            if mayBeDate, let found = Self.placeAndDate(folded) { date = found }
            if title == nil, mayBeTitle, let typeName = Self.typeTitles[folded] {
                if type == nil { type = typeName }
                if index + 1 < lines.count { title = String(lines[index + 1]) }
            }
            if mayBeIssuer && !Self.mottos.contains(where: folded.hasPrefix)
                && Self.typeTitles[folded] == nil && !folded.hasPrefix("so") {
                issuer = String(line)
            }
        }
    }

    /// The non-blank lines of `text`, trimmed of whitespace. Lines are cut at the bytes of `\n` and `\r`, which
    /// are grapheme boundaries (a control character never joins a following mark), so this is the split by
    /// `Character` done on bytes.
    static func lines(of text: String) -> [Substring] {
        // The breaks are found on the bytes, then each line is cut by its offsets (constant time on native text).
        var text = text
        var ranges: [Range<Int>] = []
        text.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                if start < index { ranges.append(start..<index) }
                start = index + 1
            }
        }
        let utf8 = text.utf8
        return ranges.compactMap { range in
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let line = trimmed(text[lower..<utf8.index(lower, offsetBy: range.count)])
            return line.isEmpty ? nil : line
        }
    }

    /// `line` without the whitespace at its ends (by scalar: the first scalar of a whitespace `Character`).
    static func trimmed(_ line: Substring) -> Substring {
        // Most lines open and end with a printable ASCII byte: nothing to trim, no scalar property read.
        if let first = line.utf8.first, let last = line.utf8.last,
           first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F {
            return line
        }
        var scalars = line.unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return Substring(scalars)
    }

    /// True when the line holds `ngày` or `Ngày`, composed or decomposed (`a` + U+0300).
    static func containsNgay(_ line: Substring) -> Bool {
        let utf8 = line.utf8
        var cursor = utf8.startIndex
        while let g = utf8[cursor...].firstIndex(of: 0x67) {
            cursor = utf8.index(after: g)
            guard g > utf8.startIndex else { continue }
            let n = utf8[utf8.index(before: g)]
            guard n == 0x6E || n == 0x4E else { continue }
            let rest = utf8[cursor...]
            if rest.starts(with: [0xC3, 0xA0, 0x79]) || rest.starts(with: [0x61, 0xCC, 0x80, 0x79]) { return true }
        }
        return false
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

    static func isUpperCase(_ line: Substring) -> Bool {
        // A lower-case ASCII letter settles it (most lines have one) without the Unicode case mapping.
        if line.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
        return line.contains { $0.isLetter } && line == line.uppercased()[...]
    }

    /// Title lines (folded) → the type they announce.
    static let typeTitles: [String: String] = [
        "nghi dinh": "Nghị định", "nghi quyet": "Nghị quyết", "quyet dinh": "Quyết định", "quy dinh": "Quy định",
        "thong tu": "Thông tư", "thong tu lien tich": "Thông tư liên tịch", "chi thi": "Chỉ thị",
        "thong tu lien bo": "Thông tư liên bộ",
        "ket luan": "Kết luận", "ke hoach": "Kế hoạch", "huong dan": "Hướng dẫn", "thong bao": "Thông báo",
        "bao cao": "Báo cáo", "to trinh": "Tờ trình", "chuong trinh": "Chương trình", "de an": "Đề án",
        "luat": "Luật", "bo luat": "Bộ luật", "phap lenh": "Pháp lệnh", "cong van": "Công văn",
        "cong dien": "Công điện", "quy che": "Quy chế", "lenh": "Lệnh", "van ban hop nhat": "Văn bản hợp nhất",
    ]

    static let mottos = ["cong hoa xa hoi chu nghia viet nam", "dang cong san viet nam", "doc lap - tu do",
                         "doc lap – tu do"]
}
